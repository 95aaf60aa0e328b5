package org.credence.inspection.control;

/** Why a business in scope was kept out of a draw's pool; published as counts per reason. */
public enum Exclusion {
    /** A grade-A business is drawn at most once per calendar year. */
    GRADE_A_DRAWN_THIS_YEAR,
    /** Inspected for one of the plan's items within the plan's repeat window. */
    SAME_ITEM_RECENTLY,
    /** Reached an item's annual cap of inspections per business. */
    ITEM_ANNUAL_CAP,
    /** Reached the cap an agency of the plan published per enterprise and year, over all of its items. */
    AGENCY_ANNUAL_CAP
}
