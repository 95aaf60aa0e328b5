package org.credence.business.entity;

/** The kind of market entity, as position 2 of the USCC distinguishes for entities registered by market regulation. */
public enum EntityType {
    ENTERPRISE,
    INDIVIDUAL_BUSINESS,
    FARMERS_COOPERATIVE,
    OTHER
}
