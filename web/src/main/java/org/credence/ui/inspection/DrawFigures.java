package org.credence.ui.inspection;

import jakarta.json.JsonObject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.credence.inspection.entity.Draw;

/** A drawn draw's published figures: pool and selected targets per grade, exclusions, staffing. */
public record DrawFigures(List<GradeRow> allocation, List<Exclusion> exclusions, int staffed, int unstaffed)
        implements Serializable {

    /** Pool and selected targets of one grade. */
    public record GradeRow(String grade, int pool, int selected) implements Serializable {}

    /** Businesses kept out of the pool for one reason. */
    public record Exclusion(String reason, int count) implements Serializable {}

    public static final DrawFigures NONE = new DrawFigures(List.of(), List.of(), 0, 0);

    public static DrawFigures of(Draw draw) {
        JsonObject summary = draw == null ? null : draw.summaryJson();
        if (summary == null) {
            return NONE;
        }
        List<GradeRow> rows = new ArrayList<>();
        JsonObject pool = summary.getJsonObject("poolByGrade");
        JsonObject selected = summary.getJsonObject("selectedByGrade");
        for (String grade : List.of("A", "B", "C", "D")) {
            rows.add(new GradeRow(
                    grade, pool == null ? 0 : pool.getInt(grade, 0), selected == null ? 0 : selected.getInt(grade, 0)));
        }
        List<Exclusion> exclusions = new ArrayList<>();
        JsonObject reasons = summary.getJsonObject("exclusionsByReason");
        if (reasons != null) {
            reasons.forEach((reason, count) ->
                    exclusions.add(new Exclusion(reason, ((jakarta.json.JsonNumber) count).intValue())));
        }
        return new DrawFigures(rows, exclusions, summary.getInt("staffed", 0), summary.getInt("unstaffed", 0));
    }

    public int targets() {
        return staffed + unstaffed;
    }
}
