package org.credence.inspection.control;

import java.time.LocalDate;
import java.time.Month;

/**
 * When the overview warns that next year's calendar is missing: from 1 November, when the State Council's
 * notice for the next year is usually out and deadlines start to reach into that year.
 */
public final class CalendarWarning {

    /** The first day of the year the warning shows. */
    public static final Month FROM_MONTH = Month.NOVEMBER;

    private CalendarWarning() {}

    /** The year to warn of on {@code today} if it has no calendar, or null before 1 November. */
    public static Integer yearToWarnOf(LocalDate today) {
        return today.getMonthValue() >= FROM_MONTH.getValue() ? today.getYear() + 1 : null;
    }
}
