/**
 * The JDBC helpers the hand-written stores share: binding plain values and mapping rows ({@code Jdbc},
 * {@code SqlValues}), bulk writes into one table by PostgreSQL's COPY or a JDBC batch ({@code TableWriter}), and
 * the statements that differ between H2 and PostgreSQL ({@code SqlDialect}). They work on the caller's connection
 * and transaction and know no component.
 */
package org.credence.platform.jdbc;
