/**
 * The supervising agency as a JPA entity ({@code Agency}), to which every record, model and inspection plan
 * belongs, and the kinds of agency that supervise online trade together ({@code AgencyKind}).
 */
package org.credence.agency.entity;
