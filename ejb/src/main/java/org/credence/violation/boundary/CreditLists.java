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
import org.credence.agency.entity.Agency;
import org.credence.audit.control.WriteLog;
import org.credence.business.boundary.BusinessRegistry;
import org.credence.business.entity.Business;
import org.credence.business.entity.Uscc;
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
import org.credence.violation.control.ListExpiry;
import org.credence.violation.control.ListRules;
import org.credence.violation.entity.CreditRecord;
import org.credence.violation.entity.ListEntry;
import org.credence.violation.entity.ListType;
import org.credence.violation.entity.RecordStatus;
import org.credence.violation.entity.RemovalKind;

/** The abnormal operations list and the serious illegal and dishonest list. */
@Stateless
public class CreditLists {

    @PersistenceContext
    EntityManager em;

    @Inject
    Database database;

    @Inject
    Callers callers;

    @Inject
    BusinessRegistry registry;

    @Inject
    RecordCatalogue catalogue;

    @Inject
    ChangeLog changeLog;

    Clock clock = Clock.systemUTC();

    public ListEntry enter(@NotNull(message = "a list entry is required") @Valid ListEntryRequest request) {
        CallerIdentity caller = callers.current();
        Agency agency = actingAgency(caller, request.agency());
        Business business = registry.find(Uscc.key(request.uscc().strip()));
        LocalDate listedOn = request.listedOn() == null ? today() : request.listedOn();
        if (listedOn.isAfter(today())) {
            throw new InvalidRequestException("listedOn", Message.of("must-not-be-in-the-future"));
        }
        if (listedOn.isBefore(today()) && !caller.systemAdmin()) {
            // The list rules count from this date; only the migration of earlier listings may backdate it.
            throw new InvalidRequestException("listedOn", Message.of("listed-earlier-system-admin-only"));
        }
        changeLog.lock(); // serialises the check for an existing entry with every other change
        boolean listed = em.createQuery(
                                "select count(e) from ListEntry e where e.business = :business"
                                        + " and e.listType = :type and e.agency = :agency and e.removedOn is null",
                                Long.class)
                        .setParameter("business", business)
                        .setParameter("type", request.list())
                        .setParameter("agency", agency)
                        .getSingleResult()
                > 0;
        if (listed) {
            throw new ConflictException(
                    "already-listed",
                    Message.of("business-is-already-on-the-list", business.uscc(), request.list(), agency.code()));
        }
        ListEntry entry = new ListEntry(
                business,
                request.list(),
                agency,
                request.reason().strip(),
                listedOn,
                caller.name(),
                ListRules.endsOn(request.list(), listedOn));
        em.persist(entry);
        em.flush();
        appendChange(entry, ChangeKind.LIST_ENTERED);
        WriteLog.record(caller.name(), "list.enter", request.list() + " " + business.uscc() + ", entry " + entry.id());
        return entry;
    }

    public ListEntry remove(long id, @NotNull(message = "a removal is required") @Valid ListRemovalRequest request) {
        CallerIdentity caller = callers.current();
        ListEntry entry = find(id);
        if (!caller.mayChangeDataOf(entry.agency())) {
            throw new NotPermittedException(Message.of(
                    "list-entry-belongs-to-only-that", id, entry.agency().code()));
        }
        em.lock(entry, LockModeType.PESSIMISTIC_WRITE);
        if (!entry.isActive()) {
            throw new ConflictException(
                    "not-listed", Message.of("list-entry-was-already-removed-on", id, entry.removedOn()));
        }
        LocalDate removedOn = request.removedOn() == null ? today() : request.removedOn();
        if (removedOn.isAfter(today())) {
            throw new InvalidRequestException("removedOn", Message.of("must-not-be-in-the-future"));
        }
        if (removedOn.isBefore(today()) && !caller.systemAdmin()) {
            throw new InvalidRequestException("removedOn", Message.of("earlier-system-admin-only"));
        }
        boolean early = ListRules.early(entry.listType(), entry.endsOn(), removedOn);
        String fulfilment = request.fulfilment() == null || request.fulfilment().isBlank()
                ? null
                : request.fulfilment().strip();
        if (early
                && fulfilment == null
                && !removedOn.isBefore(entry.listedOn().plusYears(ListRules.SERIOUS_LIST_MINIMUM_YEARS))) {
            throw new InvalidRequestException("fulfilment", Message.of("serious.fulfilment-required"));
        }
        ListRules.removalRefusal(
                        entry.listType(),
                        entry.listedOn(),
                        entry.endsOn(),
                        removedOn,
                        fulfilment != null,
                        early ? penaltiesSince(entry) : List.of())
                .ifPresent(reason -> {
                    throw new RuleViolationException("removal-not-allowed", reason);
                });
        entry.remove(
                removedOn,
                caller.name(),
                request.reason().strip(),
                early ? RemovalKind.EARLY : RemovalKind.REMOVED,
                early ? fulfilment : null);
        appendChange(entry, ChangeKind.LIST_REMOVED);
        WriteLog.record(
                caller.name(),
                "list.remove",
                entry.listType() + " " + entry.business().uscc() + ", entry " + id);
        return entry;
    }

    /** The business's penalties decided after the entry's listing and not revoked: what an early removal looks at. */
    private List<ListRules.Penalty> penaltiesSince(ListEntry entry) {
        return em.createQuery(
                        "select r from CreditRecord r where r.business = :business and r.decisionDate > :listed"
                                + " and r.severity is not null and r.status <> :revoked order by r.decisionDate, r.id",
                        CreditRecord.class)
                .setParameter("business", entry.business())
                .setParameter("listed", entry.listedOn())
                .setParameter("revoked", RecordStatus.REVOKED)
                .getResultStream()
                .map(r -> new ListRules.Penalty(r.decisionNumber(), r.decisionDate(), r.severity()))
                .toList();
    }

    /**
     * Keeps a business on the serious list for another 3 years from the entry's end (an administrator
     * of the listing agency, before that end); without a renewal the entry ends by itself.
     */
    public ListEntry renew(long id, @NotNull(message = "a renewal is required") @Valid ListRenewalRequest request) {
        CallerIdentity caller = callers.current();
        ListEntry entry = find(id);
        if (!caller.mayChangeDataOf(entry.agency())) {
            throw new NotPermittedException(Message.of(
                    "list-entry-belongs-to-only-that", id, entry.agency().code()));
        }
        em.lock(entry, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(entry);
        if (!entry.isActive()) {
            throw new ConflictException(
                    "not-listed", Message.of("list-entry-was-already-removed-on", id, entry.removedOn()));
        }
        LocalDate today = today();
        ListRules.renewalRefusal(entry.listType(), entry.endsOn(), today).ifPresent(reason -> {
            throw new RuleViolationException("renewal-not-allowed", reason);
        });
        entry.renew(
                ListRules.renewedUntil(entry.endsOn()),
                today,
                caller.name(),
                request.reason().strip());
        WriteLog.record(
                caller.name(),
                "list.renew",
                entry.listType() + " " + entry.business().uscc() + ", entry " + id + " until " + entry.endsOn());
        return entry;
    }

    /**
     * Ends, in this transaction, at most {@code limit} serious-list entries whose period is over
     * (the nightly job calls it until fewer come back); the number ended.
     */
    public int endExpired(int limit) {
        return database.call(c -> {
            List<Long> ended = ListExpiry.endDue(c, today(), LocalDateTime.now(clock), limit);
            if (!ended.isEmpty()) {
                WriteLog.record(
                        "scheduler", "list.expire", ended.size() + " serious-list entries ended after their period");
            }
            return ended.size();
        });
    }

    public ListEntry find(long id) {
        ListEntry entry = em.find(ListEntry.class, id);
        if (entry == null) {
            throw new NotFoundException("unknown-list-entry", Message.of("there-is-no-list-entry", id));
        }
        return entry;
    }

    public List<ListEntry> entriesOf(Uscc uscc) {
        Business business = registry.find(uscc);
        return em.createQuery(
                        "select e from ListEntry e where e.business = :business order by e.listedOn, e.id",
                        ListEntry.class)
                .setParameter("business", business)
                .getResultList();
    }

    /**
     * Businesses on the abnormal list for at least 3 years and not yet on the serious list: candidates
     * for it, for a person to decide.
     */
    public List<ListEntry> seriousListCandidates() {
        LocalDate today = today();
        // A day of slack in the query for 29 February; ListRules decides.
        LocalDate listedBy =
                today.minusYears(ListRules.ABNORMAL_TO_SERIOUS_YEARS).plusDays(1);
        return em.createQuery(
                        "select e from ListEntry e where e.listType = :abnormal and e.removedOn is null"
                                + " and e.listedOn <= :listedBy and not exists (select s from ListEntry s where s.business = e.business"
                                + " and s.listType = :serious and s.removedOn is null) order by e.listedOn, e.id",
                        ListEntry.class)
                .setParameter("abnormal", ListType.ABNORMAL_OPERATIONS)
                .setParameter("serious", ListType.SERIOUS_ILLEGAL)
                .setParameter("listedBy", listedBy)
                .getResultStream()
                .filter(e -> !ListRules.seriousListCandidateFrom(e.listedOn()).isAfter(today))
                .toList();
    }

    private Agency actingAgency(CallerIdentity caller, String requested) {
        if (caller.systemAdmin()) {
            if (requested == null || requested.isBlank()) {
                throw new InvalidRequestException("agency", Message.of("listing-agency-required"));
            }
            Agency agency = catalogue.agencies().get(requested.strip());
            if (agency == null) {
                throw new InvalidRequestException("agency", Message.of("unknown-agency", requested));
            }
            return agency;
        }
        if (caller.agency() == null || !caller.agencyAdmin()) {
            throw new NotPermittedException(Message.of("only-admins-list-businesses"));
        }
        if (requested != null
                && !requested.isBlank()
                && !requested.strip().equals(caller.agency().code())) {
            throw new NotPermittedException(Message.of(
                    "you-may-list-businesses-only-as", caller.agency().code()));
        }
        return caller.agency();
    }

    private void appendChange(ListEntry entry, ChangeKind kind) {
        changeLog.append(new Change(
                entry.business().id(),
                entry.business().uscc().value(),
                kind,
                entry.id(),
                entry.agency().id(),
                LocalDateTime.now(clock)));
    }

    private LocalDate today() {
        return ChinaTime.today(clock);
    }
}
