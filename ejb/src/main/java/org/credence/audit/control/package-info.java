/**
 * The audit log itself, in JDBC on the caller's transaction: appending, sealing and verifying the hash chain
 * ({@code AuditLog}) with its keys and checkpoints ({@code AuditKeys}), the auditors' filter ({@code AuditFilter}),
 * the refusal of an oversized entry ({@code AuditEntryTooLargeException}), and the write log ({@code WriteLog}):
 * one log line after commit and one audit entry in the transaction, per write.
 */
package org.credence.audit.control;
