package org.credence.credit.boundary;

import java.time.LocalDate;
import java.util.List;
import org.credence.credit.control.Veto;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One snapshot of a business's credit: the score and grade from {@code asOf} until the next snapshot under that model. */
public record HistoryEntry(
        long id,
        CreditView.ModelRef model,
        LocalDate asOf,
        int score,
        @Schema(enumeration = {"A", "B", "C", "D"}) String grade,

        @Schema(type = SchemaType.ARRAY, implementation = Veto.class)
        List<String> vetoes,

        long run) {}
