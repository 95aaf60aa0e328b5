/**
 * The one database access class of the hand-written JDBC code ({@code Database}: it owns the connection and the
 * dialect, and turns SQL errors into the business-exception family by {@code SqlErrors}), and the helpers the stores
 * share: binding plain values and mapping rows ({@code Jdbc},
 * {@code SqlValues}), bulk writes into one table by PostgreSQL's COPY or a JDBC batch ({@code TableWriter}), and
 * the statements that differ between H2 and PostgreSQL ({@code SqlDialect}). The helpers work on the connection
 * {@code Database} hands them, in the caller's transaction, and know no component.
 */
package org.credence.platform.jdbc;
