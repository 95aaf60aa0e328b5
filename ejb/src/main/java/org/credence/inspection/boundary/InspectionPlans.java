package org.credence.inspection.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credence.audit.control.WriteLog;
import org.credence.credit.control.ModelStore;
import org.credence.credit.control.ModelStore.StoredModel;
import org.credence.credit.entity.Grade;
import org.credence.inspection.control.Directory;
import org.credence.inspection.control.DrawStore;
import org.credence.inspection.control.GradeCoverage;
import org.credence.inspection.control.PlanConsents;
import org.credence.inspection.control.PlanEntries;
import org.credence.inspection.control.PlanFilter;
import org.credence.inspection.control.PlanSchedule;
import org.credence.inspection.control.PoolFreeze;
import org.credence.inspection.entity.Draw;
import org.credence.inspection.entity.DrawMode;
import org.credence.inspection.entity.Item;
import org.credence.inspection.entity.Plan;
import org.credence.inspection.entity.Scope;
import org.credence.platform.ChinaTime;
import org.credence.platform.ConflictException;
import org.credence.platform.Message;
import org.credence.platform.NotFoundException;
import org.credence.platform.NotPermittedException;
import org.credence.platform.jdbc.Database;
import org.credence.security.control.CallerIdentity;
import org.credence.security.control.Callers;
import org.credence.violation.boundary.RecordCatalogue;

/**
 * Inspection plans: drafted and edited by an administrator of the lead agency, published (which
 * schedules the first draw and makes its seed commitment public), and cancelled with a reason.
 */
@Stateless
public class InspectionPlans {

    public static final Map<Grade, Integer> DEFAULT_RATIOS =
            Map.of(Grade.A, 100, Grade.B, 200, Grade.C, 1000, Grade.D, 3000);
    public static final Map<Grade, Integer> DEFAULT_TEAMS = Map.of(Grade.A, 2, Grade.B, 2, Grade.C, 2, Grade.D, 3);
    static final int DEFAULT_REPEAT_MONTHS = 12;
    static final int MAX_TEAM = 10;

    @Inject
    Database database;

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    RecordCatalogue catalogue;

    @Inject
    Event<DrawScheduled> drawScheduled;

    Clock clock = Clock.systemUTC();

    public Plan create(PlanRequest request) {
        CallerIdentity caller = callers.current();
        return database.call(c -> {
            Plan plan = check(c, request, caller);
            long id = plans().insert(plan, caller.name(), now());
            WriteLog.record(caller.name(), "plan.create", "plan " + id);
            return plans().find(id);
        });
    }

    public Plan update(long id, PlanRequest request) {
        CallerIdentity caller = callers.current();
        return database.call(c -> {
            Plan existing = lockOwn(id, caller);
            if (!"DRAFT".equals(existing.status())) {
                throw new ConflictException(
                        "plan-not-draft",
                        Message.of(
                                "plan-is-only-a-draft-plan", id, new Message.Value("PlanStatus", existing.status())));
            }
            Plan plan = check(c, request, caller);
            plans().update(withId(plan, id));
            // the agencies confirmed the plan as it was: they confirm the changed one again
            PlanConsents.clear(c, id);
            WriteLog.record(caller.name(), "plan.update", "plan " + id);
            return plans().find(id);
        });
    }

    /** What publication scheduled: the plan and its first draw, for the scheduler to fire at its time. */
    public record Published(Plan plan, Draw draw) {}

    public Published publish(long id) {
        CallerIdentity caller = callers.current();
        return database.call(c -> {
            Plan plan = lockOwn(id, caller);
            if (!"DRAFT".equals(plan.status())) {
                throw new ConflictException(
                        "plan-not-draft",
                        Message.of("plan-is-already", id, new Message.Value("PlanStatus", plan.status())));
            }
            LocalDateTime now = now();
            if (plan.joint()) {
                // an administrator of a participating agency who publishes confirms for their own agency
                if (caller.agencyAdmin()
                        && caller.agency() != null
                        && plan.agencyIds().contains(caller.agency().id())
                        && PlanConsents.give(c, id, caller.agency().id(), caller.name(), now)) {
                    WriteLog.record(
                            caller.name(),
                            "plan.consent",
                            "plan " + id + " for " + caller.agency().code());
                }
                List<String> missing = PlanConsents.missing(plan, PlanConsents.of(c, plan));
                if (!missing.isEmpty()) {
                    throw new ConflictException(
                            "plan-consent-missing", Message.of("plan.consent-missing", id, String.join(", ", missing)));
                }
            }
            LocalDateTime nowInChina = ChinaTime.now(clock);
            LocalDateTime due = PlanSchedule.of(plan).nextDue(nowInChina, Directory.calendar(c));
            if (due == null) {
                throw new ConflictException("schedule-exhausted", Message.of("the-plan-s-cron-expression-has"));
            }
            plans().publish(id, caller.name(), now);
            Draw draw = DrawStore.schedule(c, plan, due, now);
            WriteLog.record(
                    caller.name(),
                    "plan.publish",
                    "plan " + id + ", first draw " + draw.key() + " due "
                            + due.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))
                            + " China time");
            drawScheduled.fire(new DrawScheduled(draw));
            return new Published(plans().find(id), draw);
        });
    }

    /** A joint plan's participating agencies and their confirmations. */
    public record ConsentState(long plan, boolean complete, List<PlanConsents.Consent> agencies)
            implements java.io.Serializable {}

    /** The confirmations of the plan's agencies (a plan of one agency needs none: it is complete). */
    public ConsentState consents(long id) {
        return database.call(c -> {
            Plan plan = found(plans().find(id), id);
            List<PlanConsents.Consent> consents = PlanConsents.of(c, plan);
            return new ConsentState(id, PlanConsents.missing(plan, consents).isEmpty(), consents);
        });
    }

    /**
     * An administrator of a participating agency confirms the draft plan for their agency (its items and
     * inspectors may be used); confirming again changes nothing.
     */
    public ConsentState consent(long id) {
        CallerIdentity caller = callers.current();
        return database.call(c -> {
            Plan plan = found(plans().lock(database.dialect(), id), id);
            if (!caller.agencyAdmin()
                    || caller.agency() == null
                    || !plan.agencyIds().contains(caller.agency().id())) {
                throw new NotPermittedException(
                        Message.of("plan.consent-not-participant", id, String.join(", ", plan.agencies())));
            }
            if (!"DRAFT".equals(plan.status())) {
                throw new ConflictException(
                        "plan-not-draft",
                        Message.of("plan-is-already", id, new Message.Value("PlanStatus", plan.status())));
            }
            if (PlanConsents.give(c, id, caller.agency().id(), caller.name(), now())) {
                WriteLog.record(
                        caller.name(),
                        "plan.consent",
                        "plan " + id + " for " + caller.agency().code());
            }
            List<PlanConsents.Consent> consents = PlanConsents.of(c, plan);
            return new ConsentState(id, PlanConsents.missing(plan, consents).isEmpty(), consents);
        });
    }

    /** Cancels a plan and its scheduled draws (their triggers then find nothing to draw). */
    public Plan cancel(long id, Reason reason) {
        CallerIdentity caller = callers.current();
        Validation v = new Validation();
        v.check(
                reason != null
                        && !Validation.blank(reason.reason())
                        && reason.reason().length() <= 500,
                "reason",
                Message.of("a-reason-is-required-at-most"));
        v.throwIfAny();
        return database.call(c -> {
            Plan plan = lockOwn(id, caller);
            if (List.of("CANCELLED", "COMPLETED").contains(plan.status())) {
                throw new ConflictException(
                        "plan-closed",
                        Message.of("plan-is-already", id, new Message.Value("PlanStatus", plan.status())));
            }
            for (Draw scheduled = DrawStore.scheduled(c, id);
                    scheduled != null;
                    scheduled = DrawStore.scheduled(c, id)) {
                DrawStore.cancel(
                        c, scheduled, "plan cancelled: " + reason.reason().strip(), null, caller.name(), now());
            }
            plans().cancel(id, reason.reason().strip());
            WriteLog.record(caller.name(), "plan.cancel", "plan " + id);
            return plans().find(id);
        });
    }

    public Plan find(long id) {
        return database.entities(() -> found(plans().find(id), id));
    }

    public List<Plan> list(List<String> statuses, int limit) {
        return database.entities(() -> plans().list(statuses, limit));
    }

    /** Plans that match the filter, newest first, from {@code offset} on. */
    public List<Plan> search(PlanFilter filter, int offset, int limit) {
        return database.entities(() ->
                plans().search(filter == null ? PlanFilter.NONE : filter, Math.max(0, offset), Math.min(limit, 500)));
    }

    public long count(PlanFilter filter) {
        return database.entities(() -> plans().count(filter == null ? PlanFilter.NONE : filter));
    }

    public List<Draw> draws(long planId) {
        return database.call(c -> {
            found(plans().find(planId), planId);
            return DrawStore.ofPlan(c, planId);
        });
    }

    /**
     * Whether the plan draws every grade that has members under its model (for the plan page's warning:
     * a grade never drawn can never be checked by validation).
     */
    public GradeCoverage.Coverage gradeCoverage(long id) {
        return database.call(c -> {
            Plan plan = found(plans().find(id), id);
            StoredModel model;
            try {
                model = PoolFreeze.model(c, plan, ChinaTime.today(clock));
            } catch (IllegalStateException e) {
                model = null;
            }
            if (model == null) {
                throw new ConflictException("no-model-in-force", Message.of("validation.plan-without-model", id));
            }
            return GradeCoverage.of(c, model, plan.mode(), plan.ratios(), plan.quotaTotal(), plan.weights());
        });
    }

    /**
     * The same for a plan being drafted, from what its request holds so far; null when that is not
     * enough to tell (no lead agency, an unknown model or mode).
     */
    public GradeCoverage.Coverage gradeCoverage(PlanRequest r) {
        if (r == null
                || r.agencies() == null
                || r.agencies().isEmpty()
                || r.agencies().get(0) == null) {
            return null;
        }
        var lead = catalogue.agencies().get(r.agencies().get(0).strip());
        DrawMode mode;
        try {
            mode = r.mode() == null ? DrawMode.RATIO : DrawMode.valueOf(Validation.upper(r.mode()));
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (lead == null) {
            return null;
        }
        return database.call(c -> {
            if (r.model() != null && ModelStore.find(c, r.model()) == null) {
                return null;
            }
            StoredModel model;
            try {
                model = PoolFreeze.model(c, r.model(), lead.id(), ChinaTime.today(clock));
            } catch (IllegalStateException e) {
                // no model in force for the lead agency nor market regulation: nothing to compare with
                return null;
            }
            if (model == null) {
                return null;
            }
            return GradeCoverage.of(c, model, mode, byGrade(r.ratios()), r.quotaTotal(), byGrade(r.weights()));
        });
    }

    private static Map<Grade, Integer> byGrade(Map<String, Integer> values) {
        if (values == null) {
            return null;
        }
        Map<Grade, Integer> byGrade = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            byGrade.put(g, values.get(g.name()));
        }
        return byGrade;
    }

    static Plan found(Plan plan, long id) {
        if (plan == null) {
            throw new NotFoundException("plan-not-found", Message.of("there-is-no-inspection-plan", id));
        }
        return plan;
    }

    /** Locks a plan the caller administers: a SYSTEM_ADMIN, or an administrator of its lead agency. */
    private Plan lockOwn(long id, CallerIdentity caller) {
        Plan plan = plans().lockExisting(database.dialect(), id);
        Validation.mayChange(caller, plan.leadAgencyCode());
        return plan;
    }

    private Plan check(Connection c, PlanRequest r, CallerIdentity caller) throws SQLException {
        Validation v = new Validation();
        if (r == null) {
            v.fail("body", Message.of("a-plan-is-required"));
            v.throwIfAny();
        }
        v.check(!Validation.blank(r.name()) && r.name().length() <= 200, "name", Message.of("required-at-most-200"));
        List<String> agencies = r.agencies() == null ? List.of() : r.agencies();
        v.check(!agencies.isEmpty(), "agencies", Message.of("at-least-one-agency-is-required"));
        v.check(new HashSet<>(agencies).size() == agencies.size(), "agencies", Message.of("an-agency-is-listed-twice"));
        if (!agencies.isEmpty() && agencies.get(0) != null) {
            // who may draft for the lead agency is settled before anything about the content is said
            Validation.mayChange(caller, agencies.get(0).strip());
        }
        List<Long> agencyIds = new ArrayList<>();
        Map<String, Long> known = catalogue.agencyIds();
        for (String code : agencies) {
            Long agencyId = code == null ? null : known.get(code);
            if (agencyId == null) {
                v.fail("agencies", Message.of("unknown-agency", code));
            } else {
                agencyIds.add(agencyId);
            }
        }
        List<String> itemCodes = r.items() == null ? List.of() : r.items();
        v.check(!itemCodes.isEmpty(), "items", Message.of("at-least-one-item-of-the"));
        v.check(new HashSet<>(itemCodes).size() == itemCodes.size(), "items", Message.of("an-item-is-listed-twice"));
        List<Item> items = new ArrayList<>();
        for (String code : itemCodes) {
            Item item = code == null ? null : Directory.item(c, code);
            if (item == null) {
                v.fail("items", Message.of("item-unknown", code));
            } else {
                items.add(item);
                v.check(
                        agencies.contains(item.agencyCode()),
                        "items",
                        Message.of("item-belongs-to-which-is-not", code, item.agencyCode()));
            }
        }
        for (String code : new LinkedHashSet<>(agencies)) {
            v.check(
                    items.isEmpty()
                            || items.stream().anyMatch(i -> i.agencyCode().equals(code)),
                    "agencies",
                    Message.of("agency-has-no-item-in-the", code));
        }
        if (r.model() != null) {
            var model = ModelStore.find(c, r.model());
            v.check(model != null, "model", Message.of("there-is-no-credit-model", r.model()));
        }
        DrawMode mode;
        try {
            mode = r.mode() == null ? DrawMode.RATIO : DrawMode.valueOf(Validation.upper(r.mode()));
        } catch (IllegalArgumentException e) {
            v.fail("mode", Message.of("must-be-one-of", Message.values("DrawMode", "RATIO", "QUOTA")));
            mode = DrawMode.RATIO;
        }
        Map<Grade, Integer> ratios = null;
        Map<Grade, Integer> weights = null;
        Integer quota = null;
        if (mode == DrawMode.RATIO) {
            ratios = grades(v, "ratios", r.ratios(), DEFAULT_RATIOS, 0, 10000, Message.of("rule.ratio"));
            for (Item item : items) {
                if (item.general() && item.maxRatioBp() != null) {
                    for (Grade g : Grade.values()) {
                        v.check(
                                ratios.get(g) <= item.maxRatioBp(),
                                "ratios." + g,
                                Message.of(
                                        "ratio-exceeds-item",
                                        new Message.Percent(ratios.get(g)),
                                        item.code(),
                                        new Message.Percent(item.maxRatioBp())));
                    }
                }
            }
            v.check(
                    r.quotaTotal() == null && r.weights() == null,
                    "mode",
                    Message.of("quotatotal-and-weights-belong-to-quota"));
        } else {
            v.check(
                    r.quotaTotal() != null && r.quotaTotal() >= 1 && r.quotaTotal() <= 10_000_000,
                    "quotaTotal",
                    Message.of("quota-mode-needs-a-total-from"));
            quota = r.quotaTotal();
            v.check(r.weights() != null, "weights", Message.of("quota-mode-needs-an-integer-weight"));
            weights = grades(
                    v,
                    "weights",
                    r.weights(),
                    Map.of(Grade.A, 0, Grade.B, 0, Grade.C, 0, Grade.D, 0),
                    0,
                    10000,
                    Message.of("rule.weight"));
            v.check(
                    weights.values().stream().anyMatch(w -> w > 0),
                    "weights",
                    Message.of("at-least-one-weight-must-be"));
            v.check(r.ratios() == null, "mode", Message.of("ratios-belong-to-ratio-mode"));
        }
        Map<Grade, Integer> teams = grades(
                v, "teamSizes", r.teamSizes(), DEFAULT_TEAMS, 2, MAX_TEAM, Message.of("rule.team-size", MAX_TEAM));
        int repeat = r.repeatMonths() == null ? DEFAULT_REPEAT_MONTHS : r.repeatMonths();
        v.check(repeat >= 0 && repeat <= 60, "repeatMonths", Message.of("must-be-from-to-months"));
        Scope scope = r.scope() == null
                ? Scope.ANY
                : new Scope(
                        r.scope().entityTypes(),
                        r.scope().industries(),
                        r.scope().platforms(),
                        r.scope().regionPrefixes());
        Validation.checkScope(v, scope, "scope.");
        v.check((r.date() == null) != (r.cron() == null), "schedule", Message.of("give-either-a-date-or-a"));
        if (r.cron() != null) {
            String problem = PlanSchedule.cronProblem(r.cron());
            v.check(problem == null, "cron", Message.of("not-a-quartz-cron-expression", problem));
        }
        if (r.date() != null) {
            v.check(!r.date().isBefore(ChinaTime.today(clock)), "date", Message.of("is-in-the-past"));
        }
        String purpose = r.purpose() == null ? Plan.ROUTINE : Validation.upper(r.purpose());
        v.check(
                Plan.ROUTINE.equals(purpose) || Plan.INFORMATION_CHECK.equals(purpose),
                "purpose",
                Message.of("must-be-one-of", Message.values("PlanPurpose", "ROUTINE", "INFORMATION_CHECK")));
        v.throwIfAny();
        String lead = agencies.get(0);
        Validation.mayChange(caller, lead);
        return new Plan(
                0,
                r.name().strip(),
                agencyIds.get(0),
                lead,
                "DRAFT",
                r.model(),
                mode,
                ratios,
                quota,
                weights,
                teams,
                r.gradeAOncePerYear() == null || r.gradeAOncePerYear(),
                repeat,
                scope,
                r.date(),
                r.cron(),
                Boolean.TRUE.equals(r.workingDaysOnly()),
                agencies,
                agencyIds,
                items,
                null,
                null,
                null,
                null,
                0,
                purpose);
    }

    private static Map<Grade, Integer> grades(
            Validation v,
            String field,
            Map<String, Integer> given,
            Map<Grade, Integer> defaults,
            int min,
            int max,
            Message rule) {
        Map<Grade, Integer> values = new EnumMap<>(defaults);
        if (given == null) {
            return values;
        }
        Set<String> known = Set.of("A", "B", "C", "D");
        for (Map.Entry<String, Integer> e : given.entrySet()) {
            if (!known.contains(e.getKey())) {
                v.fail(field, Message.of("unknown-grade-grades-are-a-b", e.getKey()));
            } else if (e.getValue() == null || e.getValue() < min || e.getValue() > max) {
                v.fail(
                        field + "." + e.getKey(),
                        Message.of(
                                "is-not",
                                "ratios".equals(field) && e.getValue() != null
                                        ? new Message.Percent(e.getValue())
                                        : e.getValue(),
                                rule));
            } else {
                values.put(Grade.valueOf(e.getKey()), e.getValue());
            }
        }
        return values;
    }

    private static Plan withId(Plan p, long id) {
        return new Plan(
                id,
                p.name(),
                p.leadAgencyId(),
                p.leadAgencyCode(),
                p.status(),
                p.modelId(),
                p.mode(),
                p.ratios(),
                p.quotaTotal(),
                p.weights(),
                p.teamSizes(),
                p.gradeAOncePerYear(),
                p.repeatMonths(),
                p.scope(),
                p.scheduleDate(),
                p.scheduleCron(),
                p.workingDaysOnly(),
                p.agencies(),
                p.agencyIds(),
                p.items(),
                null,
                null,
                null,
                null,
                0,
                p.purpose());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private PlanEntries plans() {
        return new PlanEntries(em);
    }
}
