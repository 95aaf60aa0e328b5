package org.credence.inspection.entity;

import java.time.LocalDateTime;

/** A year of the calendar: where its days come from and, for an administrator's year, who kept it last. */
public record CalendarYear(int year, CalendarSource source, String keptBy, LocalDateTime keptAt) {

    /** Whether deadlines in this year are provisional. */
    public boolean provisional() {
        return source == CalendarSource.NONE;
    }
}
