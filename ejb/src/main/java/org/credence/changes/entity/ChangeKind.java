package org.credence.changes.entity;

/** What happened to a business's records, list entries or credit grade. */
public enum ChangeKind {
    RECORD_ADDED,
    RECORD_REVOKED,
    RECORD_REPAIRED,
    LIST_ENTERED,
    LIST_REMOVED,
    /** The grade under a model changed; the subject is the model. */
    GRADE_CHANGED
}
