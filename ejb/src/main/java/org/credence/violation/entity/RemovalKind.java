package org.credence.violation.entity;

/** How an entry left its list. */
public enum RemovalKind {
    /** A person took it off: the cause cured (abnormal list), or the serious list's period over. */
    REMOVED,
    /** Off the serious list before its end: after at least a year, the penalty fulfilled, no heavier one since. */
    EARLY,
    /** The serious list's period ended by itself, without a renewal. */
    EXPIRED
}
