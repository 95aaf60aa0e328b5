package org.credence.validation.boundary;

import java.time.LocalDate;
import java.util.List;
import org.credence.validation.control.ValidationReport;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The observations behind a report, with the NEGATIVE indicators' codes in the order of their loads. */
public record ObservationsView(
        ValidationView.ModelRef model,
        @Schema(enumeration = ValidationReport.METHOD) String method,
        LocalDate from,
        LocalDate to,
        List<String> indicators,
        List<ObservationView> observations) {}
