package org.credence.inspection.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.credence.credit.entity.Grade;

/**
 * An inspection plan as stored; {@code agencies} are codes in code order, the lead among them.
 * {@code purpose}: ROUTINE, or INFORMATION_CHECK (企业公示信息抽查, at least 3 % of enterprises a year).
 */
public record Plan(
        long id,
        String name,
        long leadAgencyId,
        String leadAgencyCode,
        String status,
        Long modelId,
        DrawMode mode,
        Map<Grade, Integer> ratios,
        Integer quotaTotal,
        Map<Grade, Integer> weights,
        Map<Grade, Integer> teamSizes,
        boolean gradeAOncePerYear,
        int repeatMonths,
        Scope scope,
        LocalDate scheduleDate,
        String scheduleCron,
        boolean workingDaysOnly,
        List<String> agencies,
        List<Long> agencyIds,
        List<Item> items,
        String cancelReason,
        LocalDateTime createdAt,
        String createdBy,
        LocalDateTime publishedAt,
        long version,
        String purpose)
        implements Serializable {

    public static final String ROUTINE = "ROUTINE";
    public static final String INFORMATION_CHECK = "INFORMATION_CHECK";

    public Plan {
        purpose = purpose == null ? ROUTINE : purpose;
    }

    /** A routine plan (the form before plans had a purpose). */
    public Plan(
            long id,
            String name,
            long leadAgencyId,
            String leadAgencyCode,
            String status,
            Long modelId,
            DrawMode mode,
            Map<Grade, Integer> ratios,
            Integer quotaTotal,
            Map<Grade, Integer> weights,
            Map<Grade, Integer> teamSizes,
            boolean gradeAOncePerYear,
            int repeatMonths,
            Scope scope,
            LocalDate scheduleDate,
            String scheduleCron,
            boolean workingDaysOnly,
            List<String> agencies,
            List<Long> agencyIds,
            List<Item> items,
            String cancelReason,
            LocalDateTime createdAt,
            String createdBy,
            LocalDateTime publishedAt,
            long version) {
        this(
                id,
                name,
                leadAgencyId,
                leadAgencyCode,
                status,
                modelId,
                mode,
                ratios,
                quotaTotal,
                weights,
                teamSizes,
                gradeAOncePerYear,
                repeatMonths,
                scope,
                scheduleDate,
                scheduleCron,
                workingDaysOnly,
                agencies,
                agencyIds,
                items,
                cancelReason,
                createdAt,
                createdBy,
                publishedAt,
                version,
                ROUTINE);
    }

    public boolean informationCheck() {
        return INFORMATION_CHECK.equals(purpose);
    }

    public boolean joint() {
        return agencies.size() > 1;
    }
}
