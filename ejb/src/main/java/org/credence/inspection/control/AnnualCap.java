package org.credence.inspection.control;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;
import org.credence.credit.entity.Grade;

/**
 * An authority's published cap on inspections per enterprise and calendar year (国办发〔2024〕54号),
 * counted over all of that authority's items together: {@code perYear} for every grade, unless the
 * grade has its own in {@code byGrade} (grade A at most once, say). An item's own cap stays a further
 * limit. {@code basis} names the notice that published it.
 */
public record AnnualCap(
        String agencyCode,
        int perYear,
        Map<Grade, Integer> byGrade,
        String basis,
        LocalDateTime updatedAt,
        String updatedBy)
        implements Serializable {

    public AnnualCap {
        byGrade = byGrade == null || byGrade.isEmpty() ? Map.of() : new EnumMap<>(byGrade);
    }

    /** The most inspections a business of this grade may have from the authority in one year. */
    public int limitFor(Grade grade) {
        return byGrade.getOrDefault(grade, perYear);
    }

    /** Whether a business of this grade, inspected {@code inspectedThisYear} times by the authority, may not be drawn again. */
    public boolean reached(Grade grade, int inspectedThisYear) {
        return inspectedThisYear >= limitFor(grade);
    }
}
