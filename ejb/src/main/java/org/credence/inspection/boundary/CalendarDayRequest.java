package org.credence.inspection.boundary;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A special day of the working-day calendar: HOLIDAY on a weekday, or WORKDAY (调休) on a weekend, with
 * the notice it comes from (e.g. 国办发明电〔2025〕7号), which may be left out.
 */
public record CalendarDayRequest(
        LocalDate day,
        @Schema(enumeration = {"HOLIDAY", "WORKDAY"}) String kind,
        String name,
        String notice) {}
