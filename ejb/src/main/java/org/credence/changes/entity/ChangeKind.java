package org.credence.changes.entity;

/** What happened to a business: registration, its records, list entries or credit grade. */
public enum ChangeKind {
    BUSINESS_REGISTERED,
    RECORD_ADDED,
    RECORD_REVOKED,
    RECORD_REPAIRED,
    LIST_ENTERED,
    LIST_REMOVED,
    /** The grade under a model changed; the subject is the model. */
    GRADE_CHANGED
}
