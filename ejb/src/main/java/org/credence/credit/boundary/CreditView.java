package org.credence.credit.boundary;

import java.time.LocalDate;
import java.util.List;
import org.credence.credit.control.ScoreMethod;
import org.credence.credit.control.Snapshots.Snapshot;
import org.credence.credit.control.Veto;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A business's credit under one model: score and grade as of a date. {@code asOf} is the latest date
 * the score was confirmed (computed, or found unchanged by a full run); {@code since} the date it was
 * first computed.
 */
public record CreditView(
        String uscc,
        String name,
        int score,
        @Schema(enumeration = {"A", "B", "C", "D"}) String grade,

        @Schema(
                enumeration = {"A", "B", "C", "D"},
                description = "The grade by the thresholds alone," + " before any veto")
        String thresholdGrade,

        @Schema(type = SchemaType.ARRAY, implementation = Veto.class)
        List<String> vetoes,

        ModelRef model,
        LocalDate asOf,
        LocalDate since,
        @Schema(enumeration = ScoreMethod.VERSION) String method) {

    /** The lookup's answer from the stored result. */
    public static CreditView of(Snapshot s) {
        return new CreditView(
                s.uscc(),
                s.name(),
                s.score(),
                s.grade(),
                s.thresholdGrade(),
                s.vetoes(),
                ModelRef.of(s),
                s.confirmed(),
                s.asOf(),
                ScoreMethod.VERSION);
    }

    /** Which model, of which agency, in which version. */
    public record ModelRef(long id, String agency, String name, int version) {

        /** The model a stored result is under. */
        public static ModelRef of(Snapshot s) {
            return new ModelRef(s.modelId(), s.modelAgency(), s.modelName(), s.modelVersion());
        }
    }
}
