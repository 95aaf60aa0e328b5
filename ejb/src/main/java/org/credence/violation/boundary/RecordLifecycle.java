package org.credence.violation.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.credence.audit.control.WriteLog;
import org.credence.changes.boundary.ChangeLog;
import org.credence.changes.control.Change;
import org.credence.changes.entity.ChangeKind;
import org.credence.platform.ChinaTime;
import org.credence.platform.ConflictException;
import org.credence.platform.InvalidRequestException;
import org.credence.platform.Message;
import org.credence.platform.NotFoundException;
import org.credence.platform.NotPermittedException;
import org.credence.platform.RuleViolationException;
import org.credence.platform.jdbc.Database;
import org.credence.security.control.CallerIdentity;
import org.credence.security.control.Callers;
import org.credence.violation.control.PublicityFollowers;
import org.credence.violation.control.PublicityReview;
import org.credence.violation.control.PublicityReview.Reclassification;
import org.credence.violation.control.RepairRules;
import org.credence.violation.entity.CreditRecord;
import org.credence.violation.entity.RecordStatus;
import org.credence.violation.entity.RepairApplication;

/**
 * The later life of a record: revocation by the deciding agency, credit repair applied for by the
 * business and decided by the deciding agency, and the reclassification of a record stored before its
 * publicity period followed its penalty. Each change goes to the change log in its transaction.
 */
@Stateless
public class RecordLifecycle {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    ChangeLog changeLog;

    @Inject
    RecordCatalogue catalogue;

    @Inject
    Database database;

    @Inject
    PublicityFollowers publicityFollowers;

    Clock clock = Clock.systemUTC();

    /**
     * Active records whose stored publicity period the rule of Order 45 (by penalty type and amount) would change:
     * a system administrator sees every agency's, an agency administrator their own agency's.
     */
    public List<Reclassification> publicityReview(int limit) {
        CallerIdentity caller = callers.current();
        String agency = caller.systemAdmin()
                ? null
                : caller.agency() == null ? "" : caller.agency().code();
        return database.call(c -> PublicityReview.pending(c, catalogue.smallFineMaxima(), agency, limit));
    }

    /** Gives a record the publicity period its penalty gives it now; only its deciding agency (or a system administrator) may. */
    public Reclassification reclassifyPublicity(long id) {
        CallerIdentity caller = callers.current();
        lockedForChange(id, caller);
        em.flush();
        return database.call(c -> {
            Reclassification r = PublicityReview.of(c, id, catalogue.smallFineMaxima());
            if (r == null) {
                throw new ConflictException(
                        "publicity-already-follows-penalty", Message.of("cal.publicity-already-follows-penalty", id));
            }
            PublicityReview.apply(c, r);
            // a shortened publicity may have ended already: what follows publicity looks again
            publicityFollowers.publicityEndMoved(c);
            WriteLog.record(caller.name(), "record.publicity", String.valueOf(id));
            return r;
        });
    }

    public CreditRecord find(long id) {
        CreditRecord record = em.find(CreditRecord.class, id);
        if (record == null) {
            throw new NotFoundException("unknown-record", Message.of("there-is-no-record", id));
        }
        return record;
    }

    /** Revokes a record at once; only its deciding agency (or a system administrator) may. */
    public CreditRecord revoke(long id, @NotNull(message = "a reason is required") @Valid Reason reason) {
        CallerIdentity caller = callers.current();
        CreditRecord record = lockedForChange(id, caller);
        if (record.status() != RecordStatus.ACTIVE) {
            throw new ConflictException("record-not-active", Message.of("record-is-already", id, record.status()));
        }
        record.end(RecordStatus.REVOKED, today(), caller.name(), reason.reason().strip());
        appendChange(record, ChangeKind.RECORD_REVOKED);
        WriteLog.record(caller.name(), "record.revoke", String.valueOf(id));
        return record;
    }

    /** Files a business's repair application; refused at once when the rules already forbid repair. */
    public RepairApplication applyForRepair(
            long recordId, @NotNull(message = "an application is required") @Valid RepairRequest request) {
        CallerIdentity caller = callers.current();
        CreditRecord record = lockedForChange(recordId, caller);
        refuseIfNotRepairable(record);
        boolean pending = em.createQuery(
                                "select count(a) from RepairApplication a where a.record = :record"
                                        + " and a.decision = :pending",
                                Long.class)
                        .setParameter("record", record)
                        .setParameter("pending", RepairApplication.Decision.PENDING)
                        .getSingleResult()
                > 0;
        if (pending) {
            throw new ConflictException("repair-pending", Message.of("record-already-has-a-pending-repair", recordId));
        }
        RepairApplication application = new RepairApplication(
                record, request.commitment().strip(), request.fulfilment().strip(), today(), caller.name());
        em.persist(application);
        em.flush();
        WriteLog.record(caller.name(), "repair.apply", "record " + recordId + ", application " + application.id());
        return application;
    }

    public RepairApplication application(long id) {
        RepairApplication application = em.find(RepairApplication.class, id);
        if (application == null) {
            throw new NotFoundException("unknown-repair-application", Message.of("there-is-no-repair-application", id));
        }
        return application;
    }

    /** Approves (the record becomes REPAIRED) or refuses, with a reason, a pending application. */
    public RepairApplication decide(
            long applicationId, @NotNull(message = "a decision is required") @Valid Decision decision) {
        CallerIdentity caller = callers.current();
        RepairApplication application = application(applicationId);
        CreditRecord record = lockedForChange(application.record().id(), caller);
        em.lock(application, LockModeType.PESSIMISTIC_WRITE);
        if (application.decision() != RepairApplication.Decision.PENDING) {
            throw new ConflictException(
                    "repair-decided",
                    Message.of("repair-application-was-already", applicationId, application.decision()));
        }
        if (decision.approve()) {
            refuseIfNotRepairable(record);
            String note = decision.reason() == null || decision.reason().isBlank()
                    ? "credit repair application " + applicationId + " approved"
                    : decision.reason().strip();
            application.decide(RepairApplication.Decision.APPROVED, today(), caller.name(), note);
            record.end(RecordStatus.REPAIRED, today(), caller.name(), note);
            appendChange(record, ChangeKind.RECORD_REPAIRED);
        } else {
            if (decision.reason() == null || decision.reason().isBlank()) {
                throw new InvalidRequestException("reason", Message.of("is-required-when-an-application-is"));
            }
            application.decide(
                    RepairApplication.Decision.REFUSED,
                    today(),
                    caller.name(),
                    decision.reason().strip());
        }
        WriteLog.record(
                caller.name(),
                "repair." + (decision.approve() ? "approve" : "refuse"),
                "application " + applicationId + ", record " + record.id());
        return application;
    }

    private void refuseIfNotRepairable(CreditRecord record) {
        RepairRules.refusal(
                        record.category().polarity(),
                        record.severity(),
                        record.status(),
                        record.decisionDate(),
                        record.publicityEnd(),
                        record.category().isSpecialSector(),
                        today())
                .ifPresent(reason -> {
                    throw new RuleViolationException("repair-not-allowed", reason);
                });
    }

    private CreditRecord lockedForChange(long id, CallerIdentity caller) {
        CreditRecord record = find(id);
        if (!caller.mayChangeDataOf(record.agency())) {
            throw new NotPermittedException(Message.of(
                    "record-was-decided-by-only-that", id, record.agency().code()));
        }
        em.lock(record, LockModeType.PESSIMISTIC_WRITE);
        return record;
    }

    private void appendChange(CreditRecord record, ChangeKind kind) {
        changeLog.append(new Change(
                record.business().id(),
                record.business().uscc().value(),
                kind,
                record.id(),
                record.agency().id(),
                LocalDateTime.now(clock)));
    }

    private LocalDate today() {
        return ChinaTime.today(clock);
    }
}
