/**
 * What the audit component offers: the group-committed entries of lookups for callers outside a transaction
 * ({@code AuditWriter}), and the trail that the sealer chains and auditors page through and verify
 * ({@code AuditTrail}).
 */
package org.credence.audit.boundary;
