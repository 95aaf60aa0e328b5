package org.credence.inspection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.credence.inspection.entity.DrawMode;
import org.credence.inspection.entity.Plan;
import org.junit.jupiter.api.Test;

class PlanConsentsTest {

    private static Plan plan(List<String> agencies, List<Long> ids) {
        return new Plan(
                7,
                "joint",
                ids.get(0),
                agencies.get(0),
                "DRAFT",
                null,
                DrawMode.RATIO,
                Map.of(),
                null,
                Map.of(),
                Map.of(),
                true,
                12,
                null,
                null,
                null,
                false,
                agencies,
                ids,
                List.of(),
                null,
                null,
                null,
                null,
                0);
    }

    @Test
    void aJointPlanWaitsForEveryParticipatingAgency() {
        Plan joint = plan(List.of("CAC", "SAMR"), List.of(2L, 1L));
        PlanConsents.Consent cac = new PlanConsents.Consent(null, "cac-admin", LocalDateTime.of(2026, 12, 4, 8, 0));
        List<PlanConsents.Consent> onlyTheLead = PlanConsents.merge(joint, Map.of(2L, cac));
        assertEquals(List.of("SAMR"), PlanConsents.missing(joint, onlyTheLead));
        assertEquals("cac-admin", onlyTheLead.get(0).by());
        PlanConsents.Consent samr = new PlanConsents.Consent(null, "samr-admin", LocalDateTime.of(2026, 12, 4, 9, 0));
        assertEquals(List.of(), PlanConsents.missing(joint, PlanConsents.merge(joint, Map.of(2L, cac, 1L, samr))));
    }

    @Test
    void aPlanOfOneAgencyNeedsNoConfirmation() {
        Plan single = plan(List.of("SAMR"), List.of(1L));
        assertEquals(List.of(), PlanConsents.missing(single, PlanConsents.merge(single, Map.of())));
    }
}
