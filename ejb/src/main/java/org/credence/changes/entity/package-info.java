/**
 * What the change log holds: the kinds of change ({@code ChangeKind}) and one numbered entry as a JPA entity
 * ({@code ChangeLogEntry}).
 */
package org.credence.changes.entity;
