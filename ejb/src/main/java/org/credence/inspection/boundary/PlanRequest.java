package org.credence.inspection.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An inspection plan as an administrator drafts it. {@code agencies} lists the agencies (the first
 * leads; several make a joint inspection), {@code items} the item codes. Grades map to basis points
 * ({@code ratios}, RATIO mode), integer weights ({@code weights}, QUOTA mode with {@code quotaTotal}),
 * and team sizes. The schedule is a {@code date} or a Quartz {@code cron} (China time); with
 * {@code workingDaysOnly} a time on a rest day moves to the next working day. {@code purpose}: ROUTINE
 * (default) or INFORMATION_CHECK, the yearly check of enterprises' published information (企业公示信息抽查).
 * One constructor only: JSON-B reads a record through its canonical constructor and refuses a second.
 */
public record PlanRequest(
        String name,
        List<String> agencies,
        List<String> items,
        Long model,

        @Schema(
                enumeration = {"RATIO", "QUOTA"},
                defaultValue = "RATIO")
        String mode,

        Map<String, Integer> ratios,
        Integer quotaTotal,
        Map<String, Integer> weights,
        Map<String, Integer> teamSizes,
        Boolean gradeAOncePerYear,
        Integer repeatMonths,
        ScopeRequest scope,
        LocalDate date,
        String cron,
        Boolean workingDaysOnly,

        @Schema(
                enumeration = {"ROUTINE", "INFORMATION_CHECK"},
                defaultValue = "ROUTINE")
        String purpose) {

    public record ScopeRequest(
            List<String> entityTypes, List<String> industries, List<String> platforms, List<String> regionPrefixes) {}
}
