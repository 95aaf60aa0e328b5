package org.credence.inspection.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.credence.inspection.control.Assignment;
import org.credence.inspection.control.AssignmentStore;
import org.credence.inspection.control.DrawStore;
import org.credence.inspection.control.DrawStore.Draw;
import org.credence.inspection.control.DrawStore.StoredTarget;
import org.credence.inspection.control.Plan;
import org.credence.inspection.control.PlanRepository;
import org.credence.inspection.control.ResultFilter;
import org.credence.platform.Message;
import org.credence.platform.NotFoundException;

/** What the public may read: plans once published, their draws, and published results. */
@Stateless
@PermitAll
public class PublicInspections {

    static final List<String> PUBLIC_STATUSES = List.of("PUBLISHED", "DRAWN", "IN_PROGRESS", "COMPLETED", "CANCELLED");

    @Resource(lookup = "jdbc/credence")
    DataSource dataSource;

    public List<Plan> plans(int limit) {
        try (Connection c = dataSource.getConnection()) {
            return PlanRepository.list(c, PUBLIC_STATUSES, true, limit);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Plan plan(long id) {
        try (Connection c = dataSource.getConnection()) {
            Plan plan = PlanRepository.find(c, id);
            if (plan == null || plan.publishedAt() == null) {
                throw new NotFoundException("plan-not-found", Message.of("there-is-no-published-inspection-plan", id));
            }
            return plan;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<Draw> draws(long planId) {
        try (Connection c = dataSource.getConnection()) {
            return DrawStore.ofPlan(c, planId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Draw draw(String key) {
        try (Connection c = dataSource.getConnection()) {
            Draw draw = DrawStore.find(c, key);
            Plan plan = draw == null ? null : PlanRepository.find(c, draw.planId());
            if (plan == null || plan.publishedAt() == null) {
                throw new NotFoundException("draw-not-found", Message.of("there-is-no-published-draw", key));
            }
            return draw;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<StoredTarget> targets(String key, int offset, int limit) {
        Draw draw = draw(key);
        if (draw.drawnAt() == null) {
            return List.of();
        }
        try (Connection c = dataSource.getConnection()) {
            return DrawStore.targets(c, draw.id(), offset, limit);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<Assignment> results(String uscc, Long planId, int limit) {
        try (Connection c = dataSource.getConnection()) {
            return AssignmentStore.published(c, uscc, planId, limit);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Published results that match the filter, newest first, from {@code offset} on. */
    public List<Assignment> results(ResultFilter filter, int offset, int limit) {
        try (Connection c = dataSource.getConnection()) {
            return AssignmentStore.published(
                    c, filter == null ? ResultFilter.NONE : filter, Math.max(0, offset), Math.min(limit, 500));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long countResults(ResultFilter filter) {
        try (Connection c = dataSource.getConnection()) {
            return AssignmentStore.countPublished(c, filter == null ? ResultFilter.NONE : filter);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
