package org.credence.api.record;

import java.util.List;
import org.credence.violation.entity.Polarity;
import org.credence.violation.entity.RecordCategory;
import org.credence.violation.entity.Severity;

/** A record category or positive record type, with the agencies that may report it. */
public record CategoryView(
        String code,
        String name,
        Polarity polarity,
        Severity defaultSeverity,
        boolean specialSector,
        List<String> reportedBy) {

    public static CategoryView of(RecordCategory c) {
        return new CategoryView(
                c.code(),
                c.name(),
                c.polarity(),
                c.defaultSeverity(),
                c.isSpecialSector(),
                c.reporterCodes().stream().sorted().toList());
    }
}
