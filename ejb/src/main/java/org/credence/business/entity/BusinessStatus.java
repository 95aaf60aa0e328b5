package org.credence.business.entity;

/** Registration status of a business; only an operating business is normally drawn for inspection. */
public enum BusinessStatus {
    OPERATING,
    SUSPENDED,
    DEREGISTERED,
    REVOKED
}
