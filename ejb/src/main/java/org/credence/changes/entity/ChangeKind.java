package org.credence.changes.entity;

/** What happened to a business: registration, its records, list entries, credit grade or published inspection results. */
public enum ChangeKind {
    BUSINESS_REGISTERED,
    RECORD_ADDED,
    RECORD_REVOKED,
    RECORD_REPAIRED,
    LIST_ENTERED,
    LIST_REMOVED,
    /** The grade under a model changed; the subject is the model. */
    GRADE_CHANGED,
    /** An inspection result became public; the subject is the assignment (draw target). */
    INSPECTION_RESULT_PUBLISHED
}
