package org.credence.inspection.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
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
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.credence.audit.control.AuditLog;
import org.credence.audit.control.WriteLog;
import org.credence.business.entity.Uscc;
import org.credence.changes.control.Change;
import org.credence.changes.control.ChangeLogWriter;
import org.credence.changes.entity.ChangeKind;
import org.credence.inspection.control.AssignmentStore;
import org.credence.inspection.control.Directory;
import org.credence.inspection.control.DirectoryEntries;
import org.credence.inspection.control.EvidenceType;
import org.credence.inspection.control.PlanEntries;
import org.credence.inspection.control.WorkingDayCalendar;
import org.credence.inspection.entity.Assignment;
import org.credence.inspection.entity.EvidenceFile;
import org.credence.inspection.entity.Inspector;
import org.credence.inspection.entity.Plan;
import org.credence.platform.ChinaTime;
import org.credence.platform.ConflictException;
import org.credence.platform.CredenceException;
import org.credence.platform.Message;
import org.credence.platform.NotFoundException;
import org.credence.platform.NotPermittedException;
import org.credence.platform.jdbc.Database;
import org.credence.security.control.CallerIdentity;
import org.credence.security.control.Callers;
import org.credence.security.entity.Role;
import org.credence.violation.boundary.RecordIntake;
import org.credence.violation.control.IntakeReport;
import org.credence.violation.entity.RecordSubmission;

/**
 * Assignments and their results. Only the members of an assignment's team see its details, record
 * its result, add evidence and publish it. A result must be published within
 * {@value #PUBLICITY_WORKING_DAYS} working days of completion.
 */
@Stateless
@DeclareRoles(Role.Names.AUDITOR)
public class Assignments {

    public static final int PUBLICITY_WORKING_DAYS = 20;

    /** A result due within this many working days is flagged DUE_SOON. */
    public static final int DUE_SOON_WORKING_DAYS = 3;

    static final Set<String> OUTCOMES =
            Set.of("NO_PROBLEM", "CORRECTED_ON_SITE", "VIOLATIONS_FOUND", "NOT_REACHABLE", "REFUSED");

    @Resource(lookup = "jdbc/credence")
    DataSource dataSource;

    @Inject
    Database database;

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    Event<DeadlineCheckRequested> deadlineChecks;

    @Resource
    SessionContext session;

    @Inject
    RecordIntake intake;

    Clock clock = Clock.systemUTC();

    /** Thrown for an evidence file of a type Credence does not accept (415). */
    public static class UnsupportedEvidenceException extends CredenceException {
        public UnsupportedEvidenceException(Message message) {
            super("unsupported-evidence-type", 415, Message.of("title.unsupported-evidence-type"), message);
        }
    }

    public List<Assignment> mine(boolean open) {
        CallerIdentity caller = callers.current();
        return database.call(c -> {
            Inspector me = new DirectoryEntries(em).inspectorOfUser(caller.name());
            if (me == null) {
                throw new NotPermittedException(Message.of("your-user-account-is-not-linked"));
            }
            return AssignmentStore.ofInspector(c, me.id(), open, 1000);
        });
    }

    /** One assignment, for its team and its overseers ({@link #readable}). */
    public Assignment find(long id) {
        return database.call(c -> readable(c, id));
    }

    /**
     * A business's inspections for staff, newest first: draws that stand, with their teams and results
     * (unpublished ones too; the page decides whom it shows them to).
     */
    public List<Assignment> ofBusiness(Uscc uscc, int limit) {
        return database.call(c -> AssignmentStore.ofBusiness(c, uscc, limit));
    }

    public Assignment recordResult(long id, ResultRequest request) {
        CallerIdentity caller = callers.current();
        Validation v = new Validation();
        if (request == null) {
            v.fail("body", Message.of("a-result-is-required"));
            v.throwIfAny();
        }
        String outcome = Validation.upper(request.outcome());
        v.check(
                outcome != null && OUTCOMES.contains(outcome),
                "outcome",
                Message.of(
                        "must-be-one-of",
                        Message.values(
                                "Outcome",
                                "NO_PROBLEM",
                                "CORRECTED_ON_SITE",
                                "VIOLATIONS_FOUND",
                                "NOT_REACHABLE",
                                "REFUSED")));
        v.check(request.notes() == null || request.notes().length() <= 4000, "notes", Message.of("at-most-characters"));
        LocalDate today = ChinaTime.today(clock);
        v.check(
                request.completedOn() != null && !request.completedOn().isAfter(today),
                "completedOn",
                Message.of("the-completion-date-is-required-and"));
        v.check(
                "VIOLATIONS_FOUND".equals(outcome) == (request.record() != null),
                "record",
                Message.of("violations-found-needs-the-record-to"));
        v.throwIfAny();
        return database.call(c -> {
            // the plan first, as a draw's cancellation does: a result never lands on a draw cancelled meanwhile
            Assignment seen = AssignmentStore.find(c, id);
            if (seen != null) {
                plans().lock(database.dialect(), seen.planId());
            }
            Assignment a = ownAssignment(c, id, true);
            if (a.publishedAt() != null) {
                throw new ConflictException("result-published", Message.of("result-published", id));
            }
            if (a.drawDate() != null && request.completedOn().isBefore(a.drawDate())) {
                throw new org.credence.platform.InvalidRequestException(
                        "completedOn", Message.of("is-before-the-draw-on", a.drawDate()));
            }
            Long recordId = null;
            if (request.record() != null) {
                RecordSubmission r = request.record();
                String source = r.sourceRecordId() != null ? r.sourceRecordId() : "inspection-" + id;
                IntakeReport report = intake.submitWithInspectionResult(new RecordSubmission(
                        a.uscc(),
                        r.agency(),
                        r.category(),
                        r.severity(),
                        r.decisionNumber(),
                        r.decisionDate(),
                        r.legalBasis(),
                        r.penaltyType(),
                        r.penaltyAmount(),
                        source));
                recordId =
                        report.recordIds().isEmpty() ? null : report.recordIds().get(0);
            }
            WorkingDayCalendar calendar = Directory.calendar(c);
            WorkingDayCalendar.Deadline due = calendar.deadline(request.completedOn(), PUBLICITY_WORKING_DAYS);
            AssignmentStore.recordResult(
                    c,
                    id,
                    outcome,
                    request.notes(),
                    request.completedOn(),
                    recordId,
                    due,
                    caller.name(),
                    LocalDateTime.now(clock));
            Plan plan = plans().find(a.planId());
            if ("DRAWN".equals(plan.status())) {
                plans().setStatus(plan.id(), "IN_PROGRESS");
            }
            if (List.of("DRAWN", "IN_PROGRESS").contains(plan.status()) && AssignmentStore.planDone(c, plan.id())) {
                plans().setStatus(plan.id(), "COMPLETED");
            }
            WriteLog.record(caller.name(), "assignment.result", "assignment " + id + ": " + outcome);
            return AssignmentStore.find(c, id);
        });
    }

    /** Publishes a recorded result, with a change-log entry in the same transaction for other agencies. */
    public Assignment publish(long id) {
        CallerIdentity caller = callers.current();
        return database.call(c -> {
            Assignment a = ownAssignment(c, id, true);
            if (a.outcome() == null) {
                throw new ConflictException("result-missing", Message.of("assignment-has-no-result-to-publish", id));
            }
            if (a.publishedAt() != null) {
                return a;
            }
            LocalDateTime now = LocalDateTime.now(clock);
            AssignmentStore.publish(c, id, now);
            Plan plan = plans().find(a.planId());
            long businessId = businessId(c, id);
            ChangeLogWriter.append(
                    c,
                    List.of(new Change(
                            businessId,
                            a.uscc(),
                            ChangeKind.INSPECTION_RESULT_PUBLISHED,
                            id,
                            plan.leadAgencyId(),
                            now)));
            WriteLog.record(caller.name(), "assignment.publish", "assignment " + id);
            return AssignmentStore.find(c, id);
        });
    }

    /**
     * Records the result and adds an evidence file in one transaction, so that a refused file leaves
     * the result as it was (the interface's form sends both at once).
     */
    public Assignment recordResult(
            long id, ResultRequest request, String fileName, String contentType, byte[] content) {
        recordResult(id, request);
        if (content != null && content.length > 0) {
            addEvidence(id, fileName, contentType, content);
        }
        return find(id);
    }

    /** Adds an evidence file; the size limit is enforced on the request body (413), the type here (415). */
    public EvidenceFile addEvidence(long id, String fileName, String contentType, byte[] content) {
        CallerIdentity caller = callers.current();
        return database.call(c -> {
            Assignment a = ownAssignment(c, id, true); // a stranger learns nothing about the file rules
            EvidenceType type = EvidenceType.declared(contentType);
            if (type == null) {
                throw new UnsupportedEvidenceException(
                        Message.of("evidence-files-are-not", EvidenceType.accepted(), contentType));
            }
            if (!type.matches(content)) {
                throw new UnsupportedEvidenceException(Message.of("the-file-does-not-look-like", type.mediaType()));
            }
            // a browser's or client's name is kept only in a safe form: no path, controls or bidirectional tricks
            String name = org.credence.platform.InputBounds.safeFileName(fileName);
            if (a.publishedAt() != null) {
                throw new ConflictException("result-published", Message.of("result-published-evidence-closed", id));
            }
            String sha = HexFormat.of().formatHex(sha256(content));
            long fileId = AssignmentStore.addEvidence(
                    c, id, name, type.mediaType(), content, sha, caller.name(), LocalDateTime.now(clock));
            WriteLog.record(caller.name(), "assignment.evidence", "assignment " + id + ": file " + fileId);
            return AssignmentStore.evidence(c, id).stream()
                    .filter(f -> f.id() == fileId)
                    .findFirst()
                    .orElseThrow();
        });
    }

    private static byte[] sha256(byte[] content) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(content);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<EvidenceFile> evidence(long id) {
        return database.call(c -> {
            readable(c, id);
            return AssignmentStore.evidence(c, id);
        });
    }

    public record Download(EvidenceFile file, byte[] content) {}

    /** An evidence file for the team and the overseers; each download is audited (evidence may show people and premises). */
    public Download download(long id, long fileId) {
        return database.call(c -> {
            readable(c, id);
            EvidenceFile file = AssignmentStore.evidence(c, id).stream()
                    .filter(f -> f.id() == fileId)
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException(
                            "evidence-not-found", Message.of("assignment-has-no-evidence-file", id, fileId)));
            AuditLog.appendForCaller(
                    c,
                    LocalDateTime.now(clock),
                    callers.current().name(),
                    "evidence.download",
                    "assignment " + id + ": file " + fileId);
            return new Download(file, AssignmentStore.evidenceContent(c, id, fileId));
        });
    }

    /** What the inspection notice and the record form of an assignment print (for its team and its overseers). */
    public AssignmentPrintout printout(long id) {
        return database.call(c -> {
            Assignment a = readable(c, id);
            Plan plan = plans().find(a.planId());
            List<AssignmentPrintout.TeamMember> team = new java.util.ArrayList<>();
            for (Assignment.Member m : a.team()) {
                Inspector i = new DirectoryEntries(em).inspector(m.code());
                team.add(new AssignmentPrintout.TeamMember(
                        m.code(),
                        m.name(),
                        i == null ? null : i.agency().code(),
                        i == null ? null : i.certificateNumber()));
            }
            List<AssignmentPrintout.Shop> shops = org.credence.platform.jdbc.Jdbc.list(
                    c,
                    "select s.platform, s.shop_id, s.shop_url"
                            + " from online_shop s join business b on b.id = s.business_id where b.uscc = ? order by s.platform, s.shop_id",
                    rs -> new AssignmentPrintout.Shop(rs.getString(1), rs.getString(2), rs.getString(3)),
                    a.uscc());
            return new AssignmentPrintout(a, plan, team, shops);
        });
    }

    /** Unpublished results, by deadline flag (DUE_SOON, OVERDUE) or all; an agency administrator's own plans only. */
    public List<Assignment> unpublished(String flag, int limit) {
        return database.call(c -> ofOwnPlans(c, AssignmentStore.unpublished(c, flag, limit)));
    }

    public List<Assignment> abnormalListCandidates(int limit) {
        return database.call(c -> ofOwnPlans(c, AssignmentStore.abnormalListCandidates(c, limit)));
    }

    /** A person's request for the deadline check now: the scheduler runs it on some node, as its daily job does. */
    public void requestDeadlineCheck() {
        deadlineChecks.fire(new DeadlineCheckRequested(callers.current().name()));
    }

    /** The scheduler's daily deadline check: flags results due within 3 working days and overdue ones. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int flagDeadlines() {
        return database.call(c -> {
            WorkingDayCalendar calendar = Directory.calendar(c);
            // a year's data may have arrived with the library since yesterday: provisional deadlines count again
            int recounted = AssignmentStore.recountDeadlines(c, calendar, null, PUBLICITY_WORKING_DAYS);
            return recounted
                    + AssignmentStore.flagDeadlines(c, ChinaTime.today(clock), calendar, DUE_SOON_WORKING_DAYS);
        });
    }

    /** An agency administrator oversees the plans their agency takes part in; others (SYSTEM_ADMIN, AUDITOR) all. */
    private List<Assignment> ofOwnPlans(Connection c, List<Assignment> assignments) throws SQLException {
        CallerIdentity caller = callers.current();
        if (caller.systemAdmin() || caller.agency() == null) {
            return assignments;
        }
        List<Assignment> own = new java.util.ArrayList<>();
        java.util.Map<Long, Boolean> member = new java.util.HashMap<>();
        for (Assignment a : assignments) {
            Long planId = a.planId();
            if (!member.containsKey(planId)) {
                member.put(
                        planId,
                        plans().find(planId).agencies().contains(caller.agency().code()));
            }
            if (member.get(planId)) {
                own.add(a);
            }
        }
        return own;
    }

    /**
     * The assignment, if the caller may read it (403 otherwise; 404 when there is none): its team, and its
     * overseers: system administrators, auditors, and administrators of an agency that takes part in its plan.
     */
    private Assignment readable(Connection c, long id) throws SQLException {
        Assignment a = AssignmentStore.find(c, id);
        if (a == null) {
            throw new NotFoundException("assignment-not-found", Message.of("there-is-no-assignment", id));
        }
        CallerIdentity caller = callers.current();
        if (a.hasMember(caller.name()) || caller.systemAdmin() || session.isCallerInRole(Role.Names.AUDITOR)) {
            return a;
        }
        if (caller.agencyAdmin()
                && caller.agency() != null
                && plans().find(a.planId()).agencies().contains(caller.agency().code())) {
            return a;
        }
        throw new NotPermittedException(Message.of("assignment-is-not-yours-team-or-overseers", id));
    }

    /** The assignment, if the caller is on its team (403 otherwise; 404 when there is none). */
    private Assignment ownAssignment(Connection c, long id, boolean lock) throws SQLException {
        Assignment a = lock ? AssignmentStore.lock(c, id) : AssignmentStore.find(c, id);
        if (a == null) {
            throw new NotFoundException("assignment-not-found", Message.of("there-is-no-assignment", id));
        }
        String me = callers.current().name();
        if (!a.hasMember(me)) {
            throw new NotPermittedException(Message.of("assignment-is-not-yours-only-its", id));
        }
        return a;
    }

    private static long businessId(Connection c, long targetId) throws SQLException {
        try (var q = c.prepareStatement("select business_id from draw_target where id = ?")) {
            q.setLong(1, targetId);
            try (var rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private PlanEntries plans() {
        return new PlanEntries(em);
    }
}
