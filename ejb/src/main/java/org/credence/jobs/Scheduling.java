package org.credence.jobs;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Locale;
import java.util.Properties;
import java.util.TimeZone;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.credence.audit.boundary.AuditTrail;
import org.credence.credit.boundary.FullRunRequested;
import org.credence.credit.boundary.ScoringService;
import org.credence.inspection.boundary.Assignments;
import org.credence.inspection.boundary.DeadlineCheckRequested;
import org.credence.inspection.boundary.DrawScheduled;
import org.credence.inspection.boundary.Draws;
import org.credence.inspection.entity.Draw;
import org.credence.platform.ChinaTime;
import org.credence.platform.jdbc.Database;
import org.credence.platform.jdbc.SqlDialect;
import org.credence.sharing.boundary.Measures;
import org.credence.sharing.boundary.Subscriptions;
import org.credence.violation.boundary.CreditLists;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;

/**
 * The cluster's scheduler: Quartz on the application's database (a JDBC job store, clustered, so each
 * trigger fires on one node only), with container-managed threads. It schedules the nightly full
 * recompute (cron configurable), the change-driven rescoring every few seconds, one-off runs, each
 * inspection plan's next draw at its due time, the daily check of publicity deadlines, the audit
 * log's sealing and its checkpoints every few minutes, the joint measures' evaluation every few seconds,
 * and the nightly end of serious-list entries whose period is over (misfire: runs once on return).
 *
 * <p>Misfires: the nightly recompute fires once when a node returns after missing it
 * ({@code MISFIRE_INSTRUCTION_FIRE_ONCE_NOW}); the change job, the sealing and the joint measures simply
 * run at their next interval (each takes over everything left since its last run); a draw missed
 * while every node was down fires once when a node returns ({@code MISFIRE_INSTRUCTION_FIRE_NOW}),
 * and the deadline check runs once on return.
 *
 * <p>The job store is Quartz's clustered JDBC store, which after each check-in also puts back a trigger a
 * transaction cut off by a database outage left ACQUIRED or BLOCKED on a live node ({@link
 * RecoveringJobStore}).
 *
 * <p>With {@code credence.scheduler.firing-log} on, every firing is recorded in {@code job_firing}
 * ({@link FiringLog}).
 */
@Startup
@Singleton
@DependsOn({"SchemaMigration", "InitialData"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Scheduling {

    private static final Logger LOG = Logger.getLogger(Scheduling.class.getName());
    static final String GROUP = "credence";
    static final JobKey FULL_RECOMPUTE = new JobKey("credit-full-recompute", GROUP);
    static final JobKey CHANGES = new JobKey("credit-changes", GROUP);
    static final JobKey PLAN_DRAW = new JobKey("inspection-draw", GROUP);
    static final JobKey DEADLINES = new JobKey("inspection-deadlines", GROUP);
    static final JobKey AUDIT_SEAL = new JobKey("audit-seal", GROUP);
    static final JobKey AUDIT_CHECKPOINT = new JobKey("audit-checkpoint", GROUP);
    static final JobKey WEBHOOKS = new JobKey("webhooks", GROUP);
    static final JobKey MEASURES = new JobKey("joint-measures", GROUP);
    static final JobKey LIST_EXPIRY = new JobKey("serious-list-expiry", GROUP);

    /*
     * Where in its interval each frequent job fires (class Phases): with the default intervals the sealing fires
     * at 0, 5, 10 s..., the webhooks 2.5 s after each, the rescoring at 1.5 s and the joint measures at 9 s of
     * every 15, the checkpoint at 36 s of every 120: no two at the same instant.
     */
    static final double SEAL_PHASE = 0;
    static final double WEBHOOKS_PHASE = 0.5;
    static final double CHANGES_PHASE = 0.1;
    static final double MEASURES_PHASE = 0.6;
    static final double CHECKPOINT_PHASE = 0.3;

    @Inject
    Database database;

    @Inject
    ScoringService scoring;

    @Inject
    Draws draws;

    @Inject
    Assignments assignments;

    @Inject
    AuditTrail audit;

    @Inject
    Measures measures;

    @Inject
    @ConfigProperty(name = "credence.audit.seal-interval-seconds", defaultValue = "5")
    int sealInterval;

    @Inject
    @ConfigProperty(name = "credence.audit.checkpoint-interval-seconds", defaultValue = "120")
    int checkpointInterval;

    @Inject
    Subscriptions subscriptions;

    @Inject
    @ConfigProperty(name = "credence.webhooks.interval-seconds", defaultValue = "5")
    int webhookInterval;

    @Inject
    @ConfigProperty(name = "credence.measures.interval-seconds", defaultValue = "15")
    int measuresInterval;

    @Inject
    CreditLists lists;

    @Inject
    @ConfigProperty(name = "credence.lists.expiry-cron", defaultValue = "0 5 0 * * ?")
    String listExpiryCron;

    @Inject
    @ConfigProperty(name = "credence.inspection.deadline-cron", defaultValue = "0 10 0 * * ?")
    String deadlineCron;

    @Inject
    @ConfigProperty(name = "credence.scheduler.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "credence.scheduler.firing-log", defaultValue = "false")
    boolean firingLog;

    @Inject
    @ConfigProperty(name = "credence.credit.recompute-cron", defaultValue = "0 30 1 * * ?")
    String recomputeCron;

    @Inject
    @ConfigProperty(name = "credence.credit.changes-interval-seconds", defaultValue = "15")
    int changesInterval;

    private Scheduler scheduler;
    private volatile boolean stopping;

    @PostConstruct
    void start() {
        if (!enabled) {
            LOG.warning(
                    "the scheduler is switched off (credence.scheduler.enabled=false): no scoring runs on this node");
            return;
        }
        try {
            StdSchedulerFactory factory = new StdSchedulerFactory(properties());
            scheduler = factory.getScheduler();
            scheduler.setJobFactory((bundle, s) -> job(bundle.getJobDetail().getJobClass()));
            if (firingLog) {
                scheduler.getListenerManager().addJobListener(new FiringLog(database, FiringLog.nodeName()));
            }
            schedule();
            scheduler.start();
            for (Draw draw : draws.scheduledDraws()) {
                scheduleDraw(draw);
            }
            Long running = scoring.runningFull();
            if (running != null) {
                LOG.info(() -> "resuming full scoring run " + running);
                fireFull(running, "RESUME");
            } else if (!scoring.everScored()) {
                LOG.info("no full scoring run has completed yet: starting one");
                fireFull(null, "INSTALL");
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("the scheduler cannot start: " + e.getMessage(), e);
        }
    }

    @PreDestroy
    void stop() {
        stopping = true;
        if (scheduler != null) {
            try {
                scheduler.shutdown(true);
            } catch (SchedulerException e) {
                LOG.log(Level.WARNING, "the scheduler did not shut down cleanly", e);
            }
        }
    }

    /** Whether this node is shutting down: long jobs stop between steps and leave the rest for later. */
    public boolean stopping() {
        return stopping;
    }

    /**
     * Runs the full recompute job once, now, on whichever node picks it up: for {@code runId} if given
     * (a run already started), otherwise starting a run (or continuing the one under way).
     */
    public void fireFull(Long runId, String trigger) {
        fireFull(runId, trigger, null);
    }

    /**
     * Runs the full recompute at the start of a day (China time), for a model that comes into force
     * that day; the trigger is stored in the job store, so it survives restarts.
     */
    public void fireFullOn(LocalDate day, String trigger) {
        fireFull(null, trigger, Date.from(day.atStartOfDay(ChinaTime.ZONE).toInstant()));
    }

    /**
     * Scores every business under a model activated from {@code effective}: now when that is today,
     * otherwise at the start of that day.
     */
    public void scoreActivated(LocalDate effective, String trigger) {
        if (effective.isAfter(ChinaTime.today(Clock.systemUTC()))) {
            fireFullOn(effective, trigger);
        } else {
            fireFull(null, trigger);
        }
    }

    private void fireFull(Long runId, String trigger, Date at) {
        if (scheduler == null) {
            LOG.warning("the scheduler is off: full run " + runId + " waits for a node with a scheduler");
            return;
        }
        JobDataMap data = new JobDataMap();
        data.put(FullRecomputeJob.TRIGGER, trigger);
        if (runId != null) {
            data.put(FullRecomputeJob.RUN_ID, runId.longValue());
        }
        Trigger once = TriggerBuilder.newTrigger()
                .withIdentity("full-" + trigger.toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID(), GROUP)
                .forJob(FULL_RECOMPUTE)
                .usingJobData(data)
                .startAt(at == null ? new Date() : at)
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
        try {
            scheduler.scheduleJob(once);
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot schedule a full run: " + e.getMessage(), e);
        }
    }

    /**
     * Arms the trigger of a scheduled draw at its due time (China time), unless it is armed already.
     * Misfire: a draw missed while every node was down fires once, as soon as a node is back.
     */
    public void scheduleDraw(Draw draw) {
        if (scheduler == null) {
            LOG.warning("the scheduler is off: draw " + draw.key()
                    + " waits for a node with a scheduler or a manual trigger");
            return;
        }
        TriggerKey key = new TriggerKey("draw-" + draw.key(), GROUP);
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity(key)
                .forJob(PLAN_DRAW)
                .usingJobData(PlanDrawJob.DRAW_KEY, draw.key())
                .startAt(Date.from(draw.dueAt().atZone(ChinaTime.ZONE).toInstant()))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
        try {
            if (scheduler.getTrigger(key) == null) {
                scheduler.scheduleJob(trigger);
            } else {
                recoverFromError(key);
            }
        } catch (ObjectAlreadyExistsException e) {
            // another node armed it at the same moment
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot schedule draw " + draw.key() + ": " + e.getMessage(), e);
        }
    }

    /** Arms a draw's trigger once the transaction that scheduled it has committed. */
    public void drawScheduled(@Observes(during = TransactionPhase.AFTER_SUCCESS) DrawScheduled scheduled) {
        scheduleDraw(scheduled.draw());
    }

    /** Fires a full run once the transaction that started it, or activated its model, has committed. */
    public void fullRunRequested(@Observes(during = TransactionPhase.AFTER_SUCCESS) FullRunRequested requested) {
        if (requested.runId() != null) {
            fireFull(requested.runId(), requested.trigger());
        } else {
            scoreActivated(requested.from(), requested.trigger());
        }
    }

    /** Runs the deadline check a person asked for. */
    public void deadlineCheckRequested(
            @Observes(during = TransactionPhase.AFTER_SUCCESS) DeadlineCheckRequested requested) {
        checkDeadlinesNow();
    }

    /** Runs the publicity-deadline check now (as the daily job does). */
    public void checkDeadlinesNow() {
        if (scheduler == null) {
            assignments.flagDeadlines();
            return;
        }
        try {
            scheduler.triggerJob(DEADLINES);
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot run the deadline check: " + e.getMessage(), e);
        }
    }

    private void schedule() throws SchedulerException {
        JobDetail draw = JobBuilder.newJob(PlanDrawJob.class)
                .withIdentity(PLAN_DRAW)
                .storeDurably()
                .requestRecovery()
                .withDescription("draw an inspection plan's period when it falls due")
                .build();
        JobDetail deadlines = JobBuilder.newJob(DeadlineJob.class)
                .withIdentity(DEADLINES)
                .storeDurably()
                .withDescription("flag inspection results due for publication soon, or overdue")
                .build();
        scheduler.addJob(draw, true);
        scheduler.addJob(deadlines, true);
        reschedule(TriggerBuilder.newTrigger()
                .withIdentity(new TriggerKey("inspection-deadlines", GROUP))
                .forJob(deadlines)
                .withSchedule(CronScheduleBuilder.cronSchedule(deadlineCron)
                        .inTimeZone(TimeZone.getTimeZone(ChinaTime.ZONE))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build());
        JobDetail full = JobBuilder.newJob(FullRecomputeJob.class)
                .withIdentity(FULL_RECOMPUTE)
                .storeDurably()
                .requestRecovery()
                .withDescription("score every business under every model in force")
                .build();
        JobDetail changes = JobBuilder.newJob(ChangesJob.class)
                .withIdentity(CHANGES)
                .storeDurably()
                .withDescription("rescore the businesses named in the change log")
                .build();
        scheduler.addJob(full, true);
        scheduler.addJob(changes, true);
        Trigger nightly = TriggerBuilder.newTrigger()
                .withIdentity(new TriggerKey("credit-nightly", GROUP))
                .forJob(full)
                .usingJobData(FullRecomputeJob.TRIGGER, "SCHEDULE")
                .withSchedule(CronScheduleBuilder.cronSchedule(recomputeCron)
                        .inTimeZone(TimeZone.getTimeZone(ChinaTime.ZONE))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
        Trigger frequent = TriggerBuilder.newTrigger()
                .withIdentity(new TriggerKey("credit-changes", GROUP))
                .forJob(changes)
                .withSchedule(SimpleScheduleBuilder.repeatSecondlyForever(changesInterval)
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .startAt(Phases.firstFiring(Instant.now(), changesInterval, CHANGES_PHASE))
                .build();
        reschedule(nightly);
        reschedule(frequent);
        JobDetail seal = JobBuilder.newJob(AuditSealJob.class)
                .withIdentity(AUDIT_SEAL)
                .storeDurably()
                .withDescription("chain the audit entries committed since the last run")
                .build();
        scheduler.addJob(seal, true);
        reschedule(TriggerBuilder.newTrigger()
                .withIdentity(new TriggerKey("audit-seal", GROUP))
                .forJob(seal)
                .withSchedule(SimpleScheduleBuilder.repeatSecondlyForever(sealInterval)
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .startAt(Phases.firstFiring(Instant.now(), sealInterval, SEAL_PHASE))
                .build());
        JobDetail checkpoint = JobBuilder.newJob(AuditCheckpointJob.class)
                .withIdentity(AUDIT_CHECKPOINT)
                .storeDurably()
                .withDescription("sign a checkpoint of the audit chain's head")
                .build();
        scheduler.addJob(checkpoint, true);
        reschedule(TriggerBuilder.newTrigger()
                .withIdentity(new TriggerKey("audit-checkpoint", GROUP))
                .forJob(checkpoint)
                .withSchedule(SimpleScheduleBuilder.repeatSecondlyForever(checkpointInterval)
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .startAt(Phases.firstFiring(Instant.now(), checkpointInterval, CHECKPOINT_PHASE))
                .build());
        JobDetail webhooks = JobBuilder.newJob(WebhookJob.class)
                .withIdentity(WEBHOOKS)
                .storeDurably()
                .withDescription("queue webhook deliveries from the change log and send the due ones")
                .build();
        scheduler.addJob(webhooks, true);
        reschedule(TriggerBuilder.newTrigger()
                .withIdentity(new TriggerKey("webhooks", GROUP))
                .forJob(webhooks)
                .withSchedule(SimpleScheduleBuilder.repeatSecondlyForever(webhookInterval)
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .startAt(Phases.firstFiring(Instant.now(), webhookInterval, WEBHOOKS_PHASE))
                .build());
        JobDetail joint = JobBuilder.newJob(MeasuresJob.class)
                .withIdentity(MEASURES)
                .storeDurably()
                .withDescription("open and lift joint measures' cases for the businesses that changed")
                .build();
        scheduler.addJob(joint, true);
        reschedule(TriggerBuilder.newTrigger()
                .withIdentity(new TriggerKey("joint-measures", GROUP))
                .forJob(joint)
                .withSchedule(SimpleScheduleBuilder.repeatSecondlyForever(measuresInterval)
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .startAt(Phases.firstFiring(Instant.now(), measuresInterval, MEASURES_PHASE))
                .build());
        JobDetail expiry = JobBuilder.newJob(ListExpiryJob.class)
                .withIdentity(LIST_EXPIRY)
                .storeDurably()
                .withDescription("end the serious-list entries whose 3 years are over and were not renewed")
                .build();
        scheduler.addJob(expiry, true);
        reschedule(TriggerBuilder.newTrigger()
                .withIdentity(new TriggerKey("serious-list-expiry", GROUP))
                .forJob(expiry)
                .withSchedule(CronScheduleBuilder.cronSchedule(listExpiryCron)
                        .inTimeZone(TimeZone.getTimeZone(ChinaTime.ZONE))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build());
    }

    /**
     * Puts a trigger in place. One already stored is kept as it is unless the configuration changed its
     * schedule: replacing it would drop a firing it missed while every node was down (the misfire
     * policy fires that once when the scheduler starts).
     */
    private void reschedule(Trigger trigger) throws SchedulerException {
        Trigger stored = scheduler.getTrigger(trigger.getKey());
        if (stored == null) {
            try {
                scheduler.scheduleJob(trigger);
                return;
            } catch (ObjectAlreadyExistsException e) {
                // another node, starting on the same fresh database, stored it at the same moment
                stored = scheduler.getTrigger(trigger.getKey());
            }
        }
        if (!sameSchedule(stored, trigger)) {
            scheduler.rescheduleJob(trigger.getKey(), trigger);
        } else {
            recoverFromError(trigger.getKey());
        }
    }

    /**
     * Quartz puts a trigger in ERROR when its job cannot be made (a node undeploying as it fired) and
     * never fires it again on any node: a node that starts puts it back, or webhooks, say, would stop
     * for good after one unlucky redeployment.
     */
    private void recoverFromError(TriggerKey key) throws SchedulerException {
        if (scheduler.getTriggerState(key) == Trigger.TriggerState.ERROR) {
            LOG.warning("trigger " + key + " was in ERROR (its job could not be made); it fires again from now");
            scheduler.resetTriggerFromErrorState(key);
        }
    }

    private static boolean sameSchedule(Trigger stored, Trigger wanted) {
        if (stored instanceof CronTrigger a && wanted instanceof CronTrigger b) {
            return a.getCronExpression().equals(b.getCronExpression())
                    && a.getTimeZone().equals(b.getTimeZone());
        }
        if (stored instanceof SimpleTrigger a && wanted instanceof SimpleTrigger b) {
            // the same interval on the same phase: one stored before the phases, or with another, is replaced
            return a.getRepeatInterval() == b.getRepeatInterval()
                    && Phases.phaseOf(a.getStartTime(), a.getRepeatInterval())
                            == Phases.phaseOf(b.getStartTime(), b.getRepeatInterval());
        }
        return false;
    }

    private Job job(Class<? extends Job> type) {
        if (type == FullRecomputeJob.class) {
            return new FullRecomputeJob(scoring, this);
        }
        if (type == ChangesJob.class) {
            return new ChangesJob(scoring, this);
        }
        if (type == PlanDrawJob.class) {
            return new PlanDrawJob(draws);
        }
        if (type == DeadlineJob.class) {
            return new DeadlineJob(assignments);
        }
        if (type == AuditSealJob.class) {
            return new AuditSealJob(audit);
        }
        if (type == AuditCheckpointJob.class) {
            return new AuditCheckpointJob(audit);
        }
        if (type == WebhookJob.class) {
            return new WebhookJob(subscriptions, this);
        }
        if (type == MeasuresJob.class) {
            return new MeasuresJob(measures, this);
        }
        if (type == ListExpiryJob.class) {
            return new ListExpiryJob(lists, this);
        }
        throw new IllegalStateException("unknown job " + type);
    }

    private Properties properties() {
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", "credence");
        p.setProperty("org.quartz.scheduler.instanceId", "AUTO");
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.scheduler.threadsInheritContextClassLoaderOfInitializer", "true");
        p.setProperty("org.quartz.threadPool.class", ManagedThreadPool.class.getName());
        p.setProperty("org.quartz.threadPool.threadCount", "5");
        p.setProperty("org.quartz.threadExecutor.class", ManagedThreadExecutor.class.getName());
        p.setProperty("org.quartz.jobStore.class", RecoveringJobStore.class.getName());
        p.setProperty("org.quartz.jobStore.driverDelegateClass", delegate());
        p.setProperty("org.quartz.jobStore.dataSource", "credence");
        p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        p.setProperty("org.quartz.jobStore.isClustered", "true");
        p.setProperty("org.quartz.jobStore.clusterCheckinInterval", "15000");
        p.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
        p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
        p.setProperty("org.quartz.dataSource.credence.jndiURL", "jdbc/credence");
        return p;
    }

    private String delegate() {
        return database.dialect() == SqlDialect.POSTGRESQL
                ? "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate"
                : "org.quartz.impl.jdbcjobstore.StdJDBCDelegate";
    }
}
