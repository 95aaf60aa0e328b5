/**
 * The rules and the bulk path of records: a submitted record's checks ({@code RecordValidator}); reading CSV and
 * xlsx a row at a time with a bound on each record; the streamed intake, written by COPY or batch
 * ({@code IntakeRun}, {@code IntakeReport}); the lists' rules and expiry; publicity periods and their review;
 * and repair rules.
 */
package org.credence.violation.control;
