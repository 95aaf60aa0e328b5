package org.credence.api.inspection;

import java.time.LocalDate;
import java.util.List;
import org.credence.inspection.entity.Draw;
import org.credence.inspection.entity.Item;
import org.credence.inspection.entity.Plan;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A published plan for the public: its agencies, items with legal basis, schedule and draws (keys and commitments). */
public record PublicPlanView(
        long id,
        String name,
        List<String> agencies,
        List<PublicItem> items,

        @Schema(enumeration = {"PUBLISHED", "DRAWN", "IN_PROGRESS", "COMPLETED", "CANCELLED"})
        String status,

        @Schema(enumeration = {"RATIO", "QUOTA"}) String mode,
        LocalDate date,
        String cron,
        boolean workingDaysOnly,
        List<String> draws) {

    public record PublicItem(
            String code,
            String name,
            String legalBasis,
            @Schema(enumeration = {"KEY", "GENERAL"}) String kind,

            @Schema(enumeration = {"ON_SITE", "DOCUMENTARY", "ONLINE_MONITORING"})
            String method) {}

    static PublicPlanView of(Plan p, List<Draw> draws) {
        return new PublicPlanView(
                p.id(),
                p.name(),
                p.agencies(),
                p.items().stream().map(PublicPlanView::item).toList(),
                p.status(),
                p.mode().name(),
                p.scheduleDate(),
                p.scheduleCron(),
                p.workingDaysOnly(),
                draws.stream().map(Draw::key).toList());
    }

    private static PublicItem item(Item i) {
        return new PublicItem(i.code(), i.name(), i.legalBasis(), i.kind(), i.method());
    }
}
