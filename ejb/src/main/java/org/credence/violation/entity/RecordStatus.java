package org.credence.violation.entity;

/** Life of a record: active, revoked by the deciding agency, or ended early by credit repair. */
public enum RecordStatus {
    ACTIVE,
    REVOKED,
    REPAIRED
}
