package org.credence.inspection.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.credence.inspection.control.AssignmentStore;
import org.credence.inspection.control.DrawStore;
import org.credence.inspection.control.PlanEntries;
import org.credence.inspection.control.ResultFilter;
import org.credence.inspection.entity.Assignment;
import org.credence.inspection.entity.Draw;
import org.credence.inspection.entity.Plan;
import org.credence.inspection.entity.StoredTarget;
import org.credence.platform.Message;
import org.credence.platform.NotFoundException;
import org.credence.platform.jdbc.Database;

/** What the public may read: plans once published, their draws, and published results. */
@Stateless
@PermitAll
public class PublicInspections {

    static final List<String> PUBLIC_STATUSES = List.of("PUBLISHED", "DRAWN", "IN_PROGRESS", "COMPLETED", "CANCELLED");

    @Inject
    Database database;

    @PersistenceContext
    EntityManager em;

    public List<Plan> plans(int limit) {
        return database.entities(() -> plans().list(PUBLIC_STATUSES, true, limit));
    }

    public Plan plan(long id) {
        return database.call(c -> {
            Plan plan = plans().find(id);
            if (plan == null || plan.publishedAt() == null) {
                throw new NotFoundException("plan-not-found", Message.of("there-is-no-published-inspection-plan", id));
            }
            return plan;
        });
    }

    public List<Draw> draws(long planId) {
        return database.call(c -> DrawStore.ofPlan(c, planId));
    }

    public Draw draw(String key) {
        return database.call(c -> {
            Draw draw = DrawStore.find(c, key);
            Plan plan = draw == null ? null : plans().find(draw.planId());
            if (plan == null || plan.publishedAt() == null) {
                throw new NotFoundException("draw-not-found", Message.of("there-is-no-published-draw", key));
            }
            return draw;
        });
    }

    public List<StoredTarget> targets(String key, int offset, int limit) {
        Draw draw = draw(key);
        if (draw.drawnAt() == null) {
            return List.of();
        }
        return database.call(c -> DrawStore.targets(c, draw.id(), offset, limit));
    }

    public List<Assignment> results(String uscc, Long planId, int limit) {
        return database.call(c -> AssignmentStore.published(c, uscc, planId, limit));
    }

    /** Published results that match the filter, newest first, from {@code offset} on. */
    public List<Assignment> results(ResultFilter filter, int offset, int limit) {
        return database.call(c -> {
            return AssignmentStore.published(
                    c, filter == null ? ResultFilter.NONE : filter, Math.max(0, offset), Math.min(limit, 500));
        });
    }

    public long countResults(ResultFilter filter) {
        return database.call(c -> AssignmentStore.countPublished(c, filter == null ? ResultFilter.NONE : filter));
    }

    private PlanEntries plans() {
        return new PlanEntries(em);
    }
}
