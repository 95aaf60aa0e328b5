package org.credence.inspection.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Logger;
import org.credence.audit.control.WriteLog;
import org.credence.inspection.control.Directory;
import org.credence.inspection.control.DrawMethod;
import org.credence.inspection.control.DrawRules;
import org.credence.inspection.control.DrawStore;
import org.credence.inspection.control.DrawVerification;
import org.credence.inspection.control.PlanEntries;
import org.credence.inspection.control.PlanSchedule;
import org.credence.inspection.control.PoolFreeze;
import org.credence.inspection.control.PoolFreeze.Frozen;
import org.credence.inspection.entity.Draw;
import org.credence.inspection.entity.Plan;
import org.credence.inspection.entity.StoredTarget;
import org.credence.platform.ChinaTime;
import org.credence.platform.ConflictException;
import org.credence.platform.InvalidRequestException;
import org.credence.platform.Message;
import org.credence.platform.NotFoundException;
import org.credence.platform.NotPermittedException;
import org.credence.platform.RuleViolationException;
import org.credence.platform.jdbc.Database;
import org.credence.progress.boundary.JobProgress;
import org.credence.progress.control.JobFailures;
import org.credence.security.control.CallerIdentity;
import org.credence.security.control.Callers;

/**
 * Draws: each plan period is drawn exactly once. The plan's row lock serialises every trigger (the
 * scheduler on any node, an administrator's request), and a trigger that finds its period drawn gets
 * that draw back. There is no redraw: a SYSTEM_ADMIN may cancel a draw with a reason, and its
 * replacement gets a new key and a new seed.
 */
@Stateless
public class Draws {

    private static final Logger LOG = Logger.getLogger(Draws.class.getName());

    @Inject
    Database database;

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    JobProgress progress;

    @Inject
    Event<DrawScheduled> scheduled;

    Clock clock = Clock.systemUTC();

    /** A draw and whether this call made it; {@code next} is the plan's next scheduled draw, if any. */
    public record Drawn(Draw draw, boolean created, Draw next) {}

    /** Tells the scheduler (after commit) of the plan's next draw, so that its trigger is armed. */
    private Drawn announced(Drawn drawn) {
        if (drawn != null && drawn.next() != null) {
            scheduled.fire(new DrawScheduled(drawn.next()));
        }
        return drawn;
    }

    /** An administrator's trigger: draws the plan's period now, or returns its draw if it is drawn. */
    public Drawn drawByRequest(long planId, String publicEntropy) {
        CallerIdentity caller = callers.current();
        if (publicEntropy != null && (publicEntropy.isBlank() || publicEntropy.length() > 200)) {
            throw new InvalidRequestException("publicEntropy", Message.of("must-be-to-characters-when-given"));
        }
        return database.call(c -> {
            // a plan the caller administers: a SYSTEM_ADMIN, or an administrator of its lead agency
            Plan plan = plans().lockExisting(database.dialect(), planId);
            Validation.mayChange(caller, plan.leadAgencyCode());
            Draw scheduled = DrawStore.scheduled(c, planId);
            Draw latest = latestDrawn(c, planId);
            if ("DRAFT".equals(plan.status())) {
                throw new ConflictException("plan-not-published", Message.of("plan-is-not-published-its-seed", planId));
            }
            if (List.of("CANCELLED", "COMPLETED").contains(plan.status())) {
                throw new ConflictException(
                        "plan-closed",
                        Message.of(
                                "plan-is-nothing-more-is-drawn",
                                planId,
                                new Message.Value("PlanStatus", plan.status())));
            }
            if (scheduled != null && (latest == null || !scheduled.dueAt().isAfter(ChinaTime.now(clock)))) {
                return announced(perform(c, plan, scheduled, publicEntropy, caller.name()));
            }
            if (latest != null) {
                return announced(new Drawn(latest, false, scheduled));
            }
            throw new ConflictException(
                    "plan-closed",
                    Message.of("plan-is-and-has-nothing-to", planId, new Message.Value("PlanStatus", plan.status())));
        });
    }

    /**
     * The scheduler's trigger for one draw: draws it if it is still SCHEDULED and its plan is open;
     * returns null when there is nothing to do (drawn already, cancelled).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Drawn drawScheduled(String key) {
        return database.call(c -> {
            Draw draw = DrawStore.find(c, key);
            if (draw == null) {
                return null;
            }
            Plan plan = plans().lock(database.dialect(), draw.planId());
            draw = DrawStore.find(c, key);
            if (!"SCHEDULED".equals(draw.status())
                    || List.of("DRAFT", "CANCELLED", "COMPLETED").contains(plan.status())) {
                return null;
            }
            return announced(perform(c, plan, draw, null, "scheduler"));
        });
    }

    /** Records why a scheduled draw could not be made, for administrators to see in their language. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFailure(String key, Message failure) {
        database.run(c -> {
            Draw draw = DrawStore.find(c, key);
            if (draw != null) {
                DrawStore.recordFailure(c, draw.id(), failure);
            }
        });
    }

    /** Draws with its progress (pool frozen, drawn and staffed, written) for the overview of every node. */
    private Drawn perform(Connection c, Plan plan, Draw draw, String entropy, String by) throws SQLException {
        DrawStore.lockDraws(c);
        long job = progress.start("DRAW", draw.key() + " · " + plan.name(), by, 3L);
        try {
            Drawn drawn = perform(c, plan, draw, entropy, by, job);
            progress.finish(job, true, Message.of("job.pool", drawn.draw().poolSize()));
            return drawn;
        } catch (Exception e) { // recorded as failed, then rethrown as it is
            progress.finish(job, false, JobFailures.of(e));
            throw e;
        }
    }

    private Drawn perform(Connection c, Plan plan, Draw draw, String entropy, String by, long job) throws SQLException {
        LocalDate today = ChinaTime.today(clock);
        LocalDateTime now = LocalDateTime.now(clock);
        long frozenAt = System.nanoTime();
        Frozen frozen = PoolFreeze.freeze(c, plan, today);
        long freezeMillis = (System.nanoTime() - frozenAt) / 1_000_000;
        progress.advance(job, 1, Message.of("job.draw.frozen", frozen.members().size()));
        Message problem = DrawRules.quotaProblem(plan, frozen.members());
        if (problem != null) {
            throw new RuleViolationException(
                    "quota-exceeds-pool", Message.of("plan-cannot-be-drawn", plan.id(), problem));
        }
        Message rounding = DrawRules.ratioProblem(
                DrawMethod.Rules.of(plan), plan.items(), DrawRules.poolByGrade(frozen.members()));
        if (rounding != null) {
            throw new RuleViolationException(
                    "ratio-exceeds-item", Message.of("plan-cannot-be-drawn", plan.id(), rounding));
        }
        long started = System.nanoTime();
        DrawStore.Result result = DrawStore.perform(c, plan, draw, entropy, today, by, now, frozen);
        progress.advance(
                job, 2, Message.of("job.draw.drawn", result.outcome().targets().size()));
        if ("PUBLISHED".equals(plan.status())) {
            plans().setStatus(plan.id(), "DRAWN");
        }
        Draw next = null;
        // a replacement draw takes over its period; the period after it is scheduled already
        if (PlanSchedule.of(plan).recurring() && DrawStore.scheduled(c, plan.id()) == null) {
            LocalDateTime after = ChinaTime.now(clock).isAfter(draw.dueAt()) ? ChinaTime.now(clock) : draw.dueAt();
            LocalDateTime due = PlanSchedule.of(plan).nextDue(after, Directory.calendar(c));
            if (due != null) {
                next = DrawStore.schedule(c, plan, due, now);
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> "drew " + draw.key() + ": pool " + frozen.members().size() + " frozen in " + freezeMillis
                + " ms, " + result.outcome().targets().size() + " targets in " + millis + " ms");
        WriteLog.record(
                by, "draw", draw.key() + ": " + result.outcome().targets().size() + " targets");
        return new Drawn(result.draw(), true, next);
    }

    private static Draw latestDrawn(Connection c, long planId) throws SQLException {
        Draw latest = null;
        for (Draw d : DrawStore.ofPlan(c, planId)) {
            if (d.drawn()) {
                latest = d;
            }
        }
        return latest;
    }

    public Draw find(String key) {
        return database.call(c -> found(DrawStore.find(c, key), key));
    }

    public List<StoredTarget> targets(String key, int offset, int limit) {
        return database.call(c -> {
            Draw draw = found(DrawStore.find(c, key), key);
            return draw.drawn() || "CANCELLED".equals(draw.status())
                    ? DrawStore.targets(c, draw.id(), offset, limit)
                    : List.of();
        });
    }

    /** The first {@code limit} targets left without a team, with their reasons (staff only: grades show). */
    public List<StoredTarget> unstaffed(String key, int limit) {
        return database.call(c -> {
            Draw draw = found(DrawStore.find(c, key), key);
            return DrawStore.unstaffed(c, draw.id(), limit);
        });
    }

    /** The frozen inputs, gzip-compressed JSON; null when the draw has not happened. */
    public byte[] inputs(String key) {
        return database.call(c -> {
            Draw draw = found(DrawStore.find(c, key), key);
            return DrawStore.inputs(c, draw.id());
        });
    }

    /** Recomputes a draw from its stored inputs; the differences, empty when it stands. */
    public List<Message> verify(String key) {
        return database.call(c -> {
            Draw draw = found(DrawStore.find(c, key), key);
            if (draw.drawnAt() == null) {
                throw new ConflictException("draw-not-drawn", Message.of("draw-has-not-been-drawn-yet", key));
            }
            return DrawVerification.verify(c, draw);
        });
    }

    /**
     * Cancels a drawn draw (SYSTEM_ADMIN only) before any result is recorded, and schedules its
     * replacement with a new key and seed, due now.
     */
    public Drawn cancel(String key, Reason reason) {
        CallerIdentity caller = callers.current();
        if (!caller.systemAdmin()) {
            throw new NotPermittedException(Message.of("only-a-system-administrator-may-cancel"));
        }
        Validation v = new Validation();
        v.check(
                reason != null
                        && !Validation.blank(reason.reason())
                        && reason.reason().length() <= 500,
                "reason",
                Message.of("a-reason-is-required-at-most"));
        v.throwIfAny();
        return database.call(c -> {
            Draw draw = found(DrawStore.find(c, key), key);
            Plan plan = plans().lock(database.dialect(), draw.planId());
            draw = DrawStore.find(c, key);
            if (!draw.drawn()) {
                throw new ConflictException(
                        "draw-not-drawn",
                        Message.of("draw-is-only-a-drawn-draw", key, new Message.Value("DrawStatus", draw.status())));
            }
            int results = countResults(c, draw.id());
            if (results > 0) {
                throw new ConflictException(
                        "draw-has-results", Message.of("draw-already-has-recorded-results-it", key, results));
            }
            LocalDateTime now = LocalDateTime.now(clock);
            Draw replacement = List.of("CANCELLED", "COMPLETED").contains(plan.status())
                    ? null
                    : DrawStore.schedule(c, plan, ChinaTime.now(clock), now);
            DrawStore.cancel(
                    c,
                    draw,
                    reason.reason().strip(),
                    replacement == null ? null : replacement.key(),
                    caller.name(),
                    now);
            WriteLog.record(
                    caller.name(),
                    "draw.cancel",
                    key + (replacement == null ? "" : ", replaced by " + replacement.key()));
            return announced(new Drawn(DrawStore.find(c, key), false, replacement));
        });
    }

    /** Draws still SCHEDULED on open plans, for the scheduler to (re)arm their triggers. */
    public List<Draw> scheduledDraws() {
        return database.call(c -> DrawStore.allScheduled(c));
    }

    private static int countResults(Connection c, long drawId) throws SQLException {
        try (var q = c.prepareStatement("select count(*) from draw_target where draw_id = ? and outcome is not null")) {
            q.setLong(1, drawId);
            try (var rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    static Draw found(Draw draw, String key) {
        if (draw == null) {
            throw new NotFoundException("draw-not-found", Message.of("there-is-no-draw", key));
        }
        return draw;
    }

    private PlanEntries plans() {
        return new PlanEntries(em);
    }
}
