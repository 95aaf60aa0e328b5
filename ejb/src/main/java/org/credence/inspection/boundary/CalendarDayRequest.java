package org.credence.inspection.boundary;

import java.time.LocalDate;

/** A special day of the working-day calendar: HOLIDAY on a weekday, or WORKDAY (调休) on a weekend. */
public record CalendarDayRequest(LocalDate day, String kind, String name) {
}
