package org.credence.inspection.boundary;

import java.time.LocalDate;

/**
 * A special day of the working-day calendar: HOLIDAY on a weekday, or WORKDAY (调休) on a weekend, with
 * the notice it comes from (e.g. 国办发明电〔2025〕7号), which may be left out.
 */
public record CalendarDayRequest(LocalDate day, String kind, String name, String notice) {
}
