package org.credence.changes.entity;

/** What happened to a business's records or list entries. */
public enum ChangeKind {
    RECORD_ADDED,
    RECORD_REVOKED,
    RECORD_REPAIRED,
    LIST_ENTERED,
    LIST_REMOVED
}
