package org.credence.inspection.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.credence.credit.control.Grade;
import org.credence.inspection.control.DrawMethod.Mode;

/** An inspection plan as stored; {@code agencies} are codes in code order, the lead among them. */
public record Plan(long id, String name, long leadAgencyId, String leadAgencyCode, String status, Long modelId, Mode mode,
                   Map<Grade, Integer> ratios, Integer quotaTotal, Map<Grade, Integer> weights,
                   Map<Grade, Integer> teamSizes, boolean gradeAOncePerYear, int repeatMonths, Scope scope,
                   LocalDate scheduleDate, String scheduleCron, boolean workingDaysOnly, List<String> agencies,
                   List<Long> agencyIds, List<Item> items, String cancelReason, LocalDateTime createdAt, String createdBy,
                   LocalDateTime publishedAt, long version) implements Serializable {

    public PlanSchedule schedule() {
        return new PlanSchedule(scheduleDate, scheduleCron, workingDaysOnly);
    }

    public DrawMethod.Rules rules() {
        return new DrawMethod.Rules(mode, ratios, quotaTotal == null ? 0 : quotaTotal, weights, teamSizes, agencies);
    }

    public boolean joint() {
        return agencies.size() > 1;
    }
}
