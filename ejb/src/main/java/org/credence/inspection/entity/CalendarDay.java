package org.credence.inspection.entity;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A holiday or make-up working day, with the notice it comes from (null when none was given). */
public record CalendarDay(
        LocalDate day,
        @Schema(enumeration = {"HOLIDAY", "WORKDAY"}) String kind,
        String name,
        String notice) {}
