package org.credence.inspection.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.credence.agency.entity.Agency;
import org.credence.credit.entity.Grade;
import org.credence.inspection.entity.DrawMode;
import org.credence.inspection.entity.InspectionItem;
import org.credence.inspection.entity.InspectionPlan;
import org.credence.inspection.entity.Item;
import org.credence.inspection.entity.Plan;
import org.credence.inspection.entity.Scope;
import org.credence.platform.Message;
import org.credence.platform.NotFoundException;
import org.credence.platform.jdbc.SqlDialect;

/**
 * Inspection plans as entities, in the caller's persistence context and transaction: drafted, changed, read, listed,
 * found by a filter, locked, published, moved on by the draw and the assignments, and cancelled. Callers get them as
 * {@link Plan}s. Every change is flushed and read back before the method returns, so that the draw's JDBC work in the
 * same transaction (which joins plans to their items and agencies) sees it, and a refusal of the database arrives at the
 * caller, not at commit. The rules and the rights stay with the boundaries.
 */
public final class PlanEntries {

    private final EntityManager em;

    public PlanEntries(EntityManager em) {
        this.em = em;
    }

    /** Stores a new DRAFT plan and returns its id; {@code plan.id()}, status and audit fields are ignored. */
    public long insert(Plan plan, String by, LocalDateTime now) {
        InspectionPlan stored = new InspectionPlan(now, by);
        define(stored, plan);
        em.persist(stored);
        written(stored);
        return stored.id();
    }

    /** Replaces a plan's definition and members; its version grows by one, whatever changed. */
    public void update(Plan plan) {
        InspectionPlan stored = em.find(InspectionPlan.class, plan.id());
        if (stored == null) {
            return;
        }
        em.lock(stored, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        define(stored, plan);
        written(stored);
    }

    /** The plan, or null. */
    public Plan find(long id) {
        InspectionPlan plan = em.find(InspectionPlan.class, id);
        return plan == null ? null : view(plan);
    }

    /**
     * Locks the plan's row until the transaction ends and reads it as it is now, or null: draws, publication and
     * cancellation take turns. On H2 the wait for a lock is made as patient as PostgreSQL's.
     */
    public Plan lock(SqlDialect dialect, long id) {
        InspectionPlan plan = em.find(InspectionPlan.class, id);
        if (plan == null) {
            return null;
        }
        if (dialect == SqlDialect.H2) {
            em.createNativeQuery("set lock_timeout 300000").executeUpdate();
        }
        em.refresh(plan, LockModeType.PESSIMISTIC_WRITE);
        return view(plan);
    }

    /** As {@link #lock}, or a 404 refusal when there is no such plan. */
    public Plan lockExisting(SqlDialect dialect, long id) {
        Plan plan = lock(dialect, id);
        if (plan == null) {
            throw new NotFoundException("plan-not-found", Message.of("there-is-no-inspection-plan", id));
        }
        return plan;
    }

    /** Plans of these statuses (all when null or empty), newest first (by creation). */
    public List<Plan> list(List<String> statuses, int limit) {
        return list(statuses, false, limit);
    }

    /** Plans of these statuses (all when null or empty), newest first; {@code published}: only those ever published. */
    public List<Plan> list(List<String> statuses, boolean published, int limit) {
        if (limit <= 0) {
            return List.of(); // JPA reads a maximum of 0 as none at all
        }
        TypedQuery<InspectionPlan> query;
        if (statuses == null || statuses.isEmpty()) {
            query = published
                    ? em.createQuery(
                            "select p from InspectionPlan p where p.publishedAt is not null"
                                    + " order by p.createdAt desc, p.id desc",
                            InspectionPlan.class)
                    : em.createNamedQuery(InspectionPlan.ALL, InspectionPlan.class);
        } else {
            query = em.createNamedQuery(
                            published ? InspectionPlan.PUBLISHED_IN_STATUS : InspectionPlan.IN_STATUS,
                            InspectionPlan.class)
                    .setParameter("statuses", statuses);
        }
        return views(query.setMaxResults(limit).getResultList());
    }

    /** Plans that match the filter, newest first, a page at a time. */
    public List<Plan> search(PlanFilter filter, int offset, int limit) {
        if (limit <= 0) {
            return List.of(); // JPA reads a maximum of 0 as none at all
        }
        Map<String, Object> params = new LinkedHashMap<>();
        TypedQuery<InspectionPlan> query = em.createQuery(
                "select p from InspectionPlan p" + where(filter, params) + " order by p.createdAt desc, p.id desc",
                InspectionPlan.class);
        params.forEach(query::setParameter);
        return views(
                query.setFirstResult(Math.max(0, offset)).setMaxResults(limit).getResultList());
    }

    /** How many plans match the filter. */
    public long count(PlanFilter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        TypedQuery<Long> query =
                em.createQuery("select count(p) from InspectionPlan p" + where(filter, params), Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static String where(PlanFilter filter, Map<String, Object> params) {
        String condition = filter.jpql(params);
        return condition.isEmpty() ? "" : " where " + condition;
    }

    /** Moves the plan to another state. */
    public void setStatus(long id, String status) {
        InspectionPlan plan = em.find(InspectionPlan.class, id);
        if (plan != null) {
            plan.status(status);
            written(plan);
        }
    }

    public void publish(long id, String by, LocalDateTime now) {
        InspectionPlan plan = em.find(InspectionPlan.class, id);
        if (plan != null) {
            plan.publish(now, by);
            written(plan);
        }
    }

    public void cancel(long id, String reason) {
        InspectionPlan plan = em.find(InspectionPlan.class, id);
        if (plan != null) {
            plan.cancel(reason);
            written(plan);
        }
    }

    /** Writes the plan and reads it back as stored (a time to the database's precision, the version as it grew). */
    private void written(InspectionPlan plan) {
        em.flush();
        em.refresh(plan);
    }

    private void define(InspectionPlan stored, Plan p) {
        stored.define(
                p.name(),
                em.getReference(Agency.class, p.leadAgencyId()),
                p.modelId(),
                p.mode().name(),
                byGrade(p.ratios()),
                p.quotaTotal(),
                byGrade(p.weights()),
                byGrade(p.teamSizes()),
                p.gradeAOncePerYear(),
                p.repeatMonths(),
                new String[] {
                    Scope.join(p.scope().entityTypes()),
                    Scope.join(p.scope().industries()),
                    Scope.join(p.scope().platforms()),
                    Scope.join(p.scope().regionPrefixes())
                },
                p.scheduleDate(),
                p.scheduleCron(),
                p.workingDaysOnly(),
                p.purpose());
        stored.agencies().clear();
        for (long agency : p.agencyIds()) {
            stored.agencies().add(em.getReference(Agency.class, agency));
        }
        stored.items().clear();
        for (Item item : p.items()) {
            stored.items().add(em.getReference(InspectionItem.class, item.id()));
        }
    }

    private static int[] byGrade(Map<Grade, Integer> values) {
        if (values == null) {
            return null;
        }
        int[] array = new int[4];
        for (Grade g : Grade.values()) {
            Integer v = values.get(g);
            array[g.ordinal()] = v == null ? 0 : v;
        }
        return array;
    }

    private static Map<Grade, Integer> grades(int[] values) {
        Map<Grade, Integer> map = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            map.put(g, values[g.ordinal()]);
        }
        return map;
    }

    private static List<Plan> views(List<InspectionPlan> plans) {
        return plans.stream().map(PlanEntries::view).toList();
    }

    /** The plan as callers read it: its agencies (codes and ids) and its items in code order. */
    static Plan view(InspectionPlan p) {
        DrawMode mode = DrawMode.valueOf(p.mode());
        // in code order, as the database sorts them (the mappings' @OrderBy)
        List<Agency> agencies = List.copyOf(p.agencies());
        List<Item> items = p.items().stream().map(DirectoryEntries::view).toList();
        return new Plan(
                p.id(),
                p.name(),
                p.leadAgency().id(),
                p.leadAgency().code(),
                p.status(),
                p.modelId(),
                mode,
                mode == DrawMode.RATIO ? grades(p.ratios()) : null,
                p.quotaTotal(),
                mode == DrawMode.QUOTA ? grades(p.weights()) : null,
                grades(p.teams()),
                p.gradeAOncePerYear(),
                p.repeatMonths(),
                new Scope(
                        Scope.split(p.entityTypes()),
                        Scope.split(p.industries()),
                        Scope.split(p.platforms()),
                        Scope.split(p.regionPrefixes())),
                p.scheduleDate(),
                p.scheduleCron(),
                p.workingDaysOnly(),
                agencies.stream().map(Agency::code).toList(),
                agencies.stream().map(Agency::id).toList(),
                items,
                p.cancelReason(),
                p.createdAt(),
                p.createdBy(),
                p.publishedAt(),
                p.version(),
                p.purpose());
    }
}
