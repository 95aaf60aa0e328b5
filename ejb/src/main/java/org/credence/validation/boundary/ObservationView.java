package org.credence.validation.boundary;

import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One published observation of validation-v1: enough to recompute every figure of the report.
 *
 * @param score     the score the draw used
 * @param loads     the load of each NEGATIVE indicator in the snapshot the draw used, in model order
 * @param selected  {@code n_g}, the targets of this grade its draw selected
 * @param pool      {@code N_g}, the pool members of this grade in that draw
 * @param inclusion {@code pi = n_g / N_g}
 * @param weight    {@code w = 1 / pi}
 */
public record ObservationView(
        String drawKey,
        String uscc,
        @Schema(enumeration = {"A", "B", "C", "D"}) String grade,
        double score,
        Map<String, Double> loads,
        int selected,
        int pool,
        double inclusion,
        double weight,

        @Schema(enumeration = {"NO_PROBLEM", "CORRECTED_ON_SITE", "VIOLATIONS_FOUND", "NOT_REACHABLE", "REFUSED"})
        String outcome,

        LocalDate completedOn) {}
