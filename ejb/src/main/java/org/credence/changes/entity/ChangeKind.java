package org.credence.changes.entity;

/**
 * What happened to a business: registration, its records, list entries, credit grade, published
 * inspection results, or a joint measure falling due or being lifted.
 */
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
    INSPECTION_RESULT_PUBLISHED,
    /** A joint measure fell due; the subject is the measure case, the agency the one that applies the measure. */
    MEASURE_TRIGGERED,
    /** A joint measure's trigger ended; the subject is the measure case, the agency the one that applies the measure. */
    MEASURE_LIFTED
}
