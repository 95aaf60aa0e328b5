package org.credence.inspection.entity;

/** Where a year's days come from: an administrator (ADMIN), the published notices (OFFICIAL), or nowhere yet (NONE). */
public enum CalendarSource {
    ADMIN,
    OFFICIAL,
    NONE
}
