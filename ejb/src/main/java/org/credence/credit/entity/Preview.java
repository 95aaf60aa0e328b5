package org.credence.credit.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a draft would do if it were in force today: its grade distribution next to that of the
 * agency's model in force, else market regulation's ({@code comparedWith}; null when neither is), how
 * many businesses would change grade, and the first of them.
 */
public record Preview(
        long model,
        Long comparedWith,
        LocalDate asOf,
        long businesses,
        Map<String, Long> draft,
        Map<String, Long> current,
        long changed,
        List<GradeChange> changes)
        implements Serializable {

    public record GradeChange(
            String uscc,
            int currentScore,
            @Schema(enumeration = {"A", "B", "C", "D"}) String currentGrade,
            int draftScore,
            @Schema(enumeration = {"A", "B", "C", "D"}) String draftGrade)
            implements Serializable {}
}
