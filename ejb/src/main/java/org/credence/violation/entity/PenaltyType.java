package org.credence.violation.entity;

/** The kind of administrative penalty a record carries, if any. */
public enum PenaltyType {
    WARNING,
    NOTICE_OF_CRITICISM,
    FINE,
    CONFISCATION,
    SUSPENSION,
    LICENCE_REVOCATION,
    OTHER
}
