package org.credence.api.inspection;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.credence.credit.entity.Grade;
import org.credence.inspection.entity.Item;
import org.credence.inspection.entity.Plan;
import org.credence.inspection.entity.Scope;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An inspection plan with its agencies, items, allocation, team sizes, exclusions and schedule;
 * {@code purpose} is ROUTINE or INFORMATION_CHECK (企业公示信息抽查).
 */
public record PlanView(
        long id,
        String name,
        String leadAgency,
        List<String> agencies,
        List<String> items,

        @Schema(enumeration = {"DRAFT", "PUBLISHED", "DRAWN", "IN_PROGRESS", "COMPLETED", "CANCELLED"})
        String status,

        Long model,
        @Schema(enumeration = {"RATIO", "QUOTA"}) String mode,
        Map<String, Integer> ratios,
        Integer quotaTotal,
        Map<String, Integer> weights,
        Map<String, Integer> teamSizes,
        boolean gradeAOncePerYear,
        int repeatMonths,
        Scope scope,
        LocalDate date,
        String cron,
        boolean workingDaysOnly,
        String cancelReason,
        LocalDateTime createdAt,
        String createdBy,
        LocalDateTime publishedAt,

        @Schema(enumeration = {"ROUTINE", "INFORMATION_CHECK"})
        String purpose) {

    static PlanView of(Plan p) {
        return new PlanView(
                p.id(),
                p.name(),
                p.leadAgencyCode(),
                p.agencies(),
                p.items().stream().map(Item::code).toList(),
                p.status(),
                p.modelId(),
                p.mode().name(),
                byName(p.ratios()),
                p.quotaTotal(),
                byName(p.weights()),
                byName(p.teamSizes()),
                p.gradeAOncePerYear(),
                p.repeatMonths(),
                p.scope(),
                p.scheduleDate(),
                p.scheduleCron(),
                p.workingDaysOnly(),
                p.cancelReason(),
                p.createdAt(),
                p.createdBy(),
                p.publishedAt(),
                p.purpose());
    }

    private static Map<String, Integer> byName(Map<Grade, Integer> values) {
        if (values == null) {
            return null;
        }
        Map<String, Integer> named = new TreeMap<>();
        values.forEach((g, v) -> named.put(g.name(), v));
        return named;
    }
}
