package org.credence.violation.entity;

/** The two credit lists a business can be put on. */
public enum ListType {
    /** 经营异常名录: missing annual report, unreachable address, undisclosed information. */
    ABNORMAL_OPERATIONS,
    /** 严重违法失信名单: after a heavier penalty for a grave violation. */
    SERIOUS_ILLEGAL
}
