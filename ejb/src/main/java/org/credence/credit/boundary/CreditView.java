package org.credence.credit.boundary;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A business's credit under one model: score and grade as of a date. {@code asOf} is the latest date
 * the score was confirmed (computed, or found unchanged by a full run); {@code since} the date it was
 * first computed.
 */
public record CreditView(String uscc, String name, int score, @Schema(enumeration = {"A", "B", "C", "D"}) String grade,
                         String thresholdGrade, List<String> vetoes,
                         ModelRef model, LocalDate asOf, LocalDate since, String method) {

    /** Which model, of which agency, in which version. */
    public record ModelRef(long id, String agency, String name, int version) {
    }
}
