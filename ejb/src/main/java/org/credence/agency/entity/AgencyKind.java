package org.credence.agency.entity;

/** The kinds of agency that supervise online trade together and share credit results. */
public enum AgencyKind {
    MARKET_REGULATION,
    CYBERSPACE,
    PUBLIC_SECURITY,
    COMMUNICATIONS,
    POSTAL,
    TAX,
    CUSTOMS,
    DRUG,
    FORESTRY_FISHERIES
}
