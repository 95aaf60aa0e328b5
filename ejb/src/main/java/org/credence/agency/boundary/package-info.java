/**
 * The agency directory ({@code AgencyDirectory}): the agencies that take part in credit supervision, as the other
 * components and the API read them.
 */
package org.credence.agency.boundary;
