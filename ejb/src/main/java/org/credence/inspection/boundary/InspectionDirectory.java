package org.credence.inspection.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.credence.audit.control.WriteLog;
import org.credence.business.boundary.BusinessRegistry;
import org.credence.business.entity.Business;
import org.credence.business.entity.Uscc;
import org.credence.inspection.control.AssignmentStore;
import org.credence.inspection.control.CalendarWarning;
import org.credence.inspection.control.Directory;
import org.credence.inspection.control.DirectoryEntries;
import org.credence.inspection.control.DirectoryEntries.ItemCodes;
import org.credence.inspection.control.WorkingDayCalendar;
import org.credence.inspection.entity.CalendarDay;
import org.credence.inspection.entity.CalendarYear;
import org.credence.inspection.entity.Conflict;
import org.credence.inspection.entity.InspectionItem;
import org.credence.inspection.entity.Inspector;
import org.credence.inspection.entity.InspectorConflict;
import org.credence.inspection.entity.InspectorEntry;
import org.credence.inspection.entity.Item;
import org.credence.inspection.entity.Qualification;
import org.credence.inspection.entity.Scope;
import org.credence.platform.ChinaTime;
import org.credence.platform.ConflictException;
import org.credence.platform.InvalidRequestException;
import org.credence.platform.Message;
import org.credence.platform.NotFoundException;
import org.credence.platform.NotPermittedException;
import org.credence.platform.jdbc.Database;
import org.credence.security.control.CallerIdentity;
import org.credence.security.control.Callers;
import org.credence.security.entity.CredenceUser;
import org.credence.security.entity.Role;
import org.credence.violation.boundary.RecordCatalogue;

/**
 * The item list, the inspector directory with qualifications and conflicts of interest, and the
 * working-day calendar. An agency administrator changes their own agency's entries; a SYSTEM_ADMIN
 * any, and the calendar.
 */
@Stateless
public class InspectionDirectory {

    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(InspectionDirectory.class.getName());

    static final Set<String> KINDS = Set.of("KEY", "GENERAL");
    static final Set<String> METHODS = Set.of("ON_SITE", "DOCUMENTARY", "ONLINE_MONITORING");
    static final Set<String> STATUSES = Set.of("ACTIVE", "ON_LEAVE", "LEFT");

    @Inject
    Database database;

    @PersistenceContext
    EntityManager em;

    private DirectoryEntries entries;

    @Inject
    Callers callers;

    @Inject
    BusinessRegistry registry;

    @Inject
    RecordCatalogue catalogue;

    Clock clock = Clock.systemUTC();

    @PostConstruct
    void entries() {
        entries = new DirectoryEntries(em);
    }

    // --- items ---

    public Item createItem(ItemRequest request) {
        CallerIdentity caller = callers.current();
        return database.entities(() -> {
            Item item = checkItem(request, caller, null);
            if (entries.item(item.code()) != null) {
                throw new ConflictException("item-exists", Message.of("the-item-list-already-has-an", item.code()));
            }
            InspectionItem stored = entries.insert(item, caller.name(), now());
            WriteLog.record(caller.name(), "inspection-item.create", item.code());
            return DirectoryEntries.view(stored);
        });
    }

    public Item updateItem(String code, ItemRequest request) {
        CallerIdentity caller = callers.current();
        return database.entities(() -> {
            InspectionItem stored = existingItem(code);
            entries.change(stored, checkItem(request, caller, DirectoryEntries.view(stored)));
            WriteLog.record(caller.name(), "inspection-item.update", code);
            return DirectoryEntries.view(stored);
        });
    }

    public List<Item> items(String agency) {
        return database.entities(
                () -> entries.items(agency).stream().map(DirectoryEntries::view).toList());
    }

    public Item item(String code) {
        return database.entities(() -> DirectoryEntries.view(existingItem(code)));
    }

    /** The item with this code; 404 when there is none. */
    private InspectionItem existingItem(String code) {
        InspectionItem item = entries.item(code);
        if (item == null) {
            throw new NotFoundException("item-not-found", Message.of("no-such-item", code));
        }
        return item;
    }

    private Item checkItem(ItemRequest r, CallerIdentity caller, Item existing) {
        Validation v = new Validation();
        if (r == null) {
            v.fail("body", Message.of("an-item-is-required"));
            v.throwIfAny();
        }
        String code = existing != null ? existing.code() : r.code();
        if (existing == null) {
            v.check(
                    !Validation.blank(code) && code.matches("[A-Za-z0-9._-]{1,32}"),
                    "code",
                    Message.of("is-required-to-letters-digits-or"));
        }
        v.check(!Validation.blank(r.name()) && r.name().length() <= 200, "name", Message.of("required-at-most-200"));
        v.check(
                !Validation.blank(r.legalBasis()) && r.legalBasis().length() <= 500,
                "legalBasis",
                Message.of("is-required-an-inspection-needs-a"));
        String kind = Validation.upper(r.kind());
        v.check(
                kind != null && KINDS.contains(kind),
                "kind",
                Message.of("must-be-one-of", Message.values("ItemKind", "KEY", "GENERAL")));
        String method = Validation.upper(r.method());
        v.check(
                method != null && METHODS.contains(method),
                "method",
                Message.of("must-be-one-of", Message.values("Method", "ON_SITE", "DOCUMENTARY", "ONLINE_MONITORING")));
        if ("KEY".equals(kind)) {
            v.check(r.maxRatioBasisPoints() == null, "maxRatioBasisPoints", Message.of("a-key-item-has-no-upper"));
        } else if ("GENERAL".equals(kind)) {
            v.check(
                    r.maxRatioBasisPoints() != null && r.maxRatioBasisPoints() >= 0 && r.maxRatioBasisPoints() <= 10000,
                    "maxRatioBasisPoints",
                    Message.of("a-general-item-needs-a-maximum"));
        }
        v.check(
                r.annualCap() != null && r.annualCap() >= 1 && r.annualCap() <= 366,
                "annualCap",
                Message.of("is-required-the-most-inspections-per"));
        Scope scope = new Scope(r.entityTypes(), r.industries(), r.platforms(), r.regionPrefixes());
        Validation.checkScope(v, scope, "");
        Long agencyId = null;
        String agencyCode = existing != null ? existing.agencyCode() : Validation.agencyOf(caller, r.agency(), v);
        if (agencyCode != null) {
            Validation.mayChange(caller, agencyCode);
        }
        if (agencyCode != null) {
            agencyId = catalogue.agencyIds().get(agencyCode);
            if (agencyId == null) {
                v.fail("agency", Message.of("unknown-agency", agencyCode));
            }
        }
        v.throwIfAny();
        return new Item(
                existing == null ? 0 : existing.id(),
                code,
                r.name().strip(),
                r.legalBasis().strip(),
                agencyId,
                agencyCode,
                kind,
                method,
                scope,
                r.maxRatioBasisPoints(),
                r.annualCap(),
                0);
    }

    // --- inspectors ---

    public InspectorEntry createInspector(InspectorRequest request) {
        CallerIdentity caller = callers.current();
        return database.entities(() -> {
            ItemCodes items = entries.itemCodes();
            InspectorEntry entry = checkInspector(request, caller, null, items);
            if (entries.inspector(entry.code()) != null) {
                throw new ConflictException(
                        "inspector-exists", Message.of("the-directory-already-has-an-inspector", entry.code()));
            }
            checkUsername(entry, null);
            Inspector created = entries.insert(entry, items, caller.name(), now());
            WriteLog.record(caller.name(), "inspector.create", entry.code());
            return DirectoryEntries.view(created, items);
        });
    }

    public InspectorEntry updateInspector(String code, InspectorRequest request) {
        CallerIdentity caller = callers.current();
        return database.entities(() -> {
            ItemCodes items = entries.itemCodes();
            Inspector inspector = existing(code);
            InspectorEntry entry = checkInspector(request, caller, DirectoryEntries.view(inspector, items), items);
            checkUsername(entry, inspector);
            entries.change(inspector, entry, items);
            WriteLog.record(caller.name(), "inspector.update", code);
            return DirectoryEntries.view(inspector, items);
        });
    }

    public List<InspectorEntry> inspectors(String agency) {
        return database.entities(() -> {
            ItemCodes items = entries.itemCodes();
            return entries.inspectors(agency).stream()
                    .map(i -> DirectoryEntries.view(i, items))
                    .toList();
        });
    }

    public InspectorEntry inspector(String code) {
        return database.entities(() -> DirectoryEntries.view(existing(code), entries.itemCodes()));
    }

    /** The inspector with this code; 404 when there is none. */
    private Inspector existing(String code) {
        Inspector i = entries.inspector(code);
        if (i == null) {
            throw new NotFoundException("inspector-not-found", Message.of("the-directory-has-no-inspector", code));
        }
        return i;
    }

    private InspectorEntry checkInspector(
            InspectorRequest r, CallerIdentity caller, InspectorEntry existing, ItemCodes items) {
        Validation v = new Validation();
        if (r == null) {
            v.fail("body", Message.of("an-inspector-is-required"));
            v.throwIfAny();
        }
        String code = existing != null ? existing.code() : r.code();
        if (existing == null) {
            v.check(
                    !Validation.blank(code) && code.matches("[A-Za-z0-9._-]{1,32}"),
                    "code",
                    Message.of("is-required-to-letters-digits-or"));
        }
        v.check(!Validation.blank(r.name()) && r.name().length() <= 100, "name", Message.of("required-at-most-100"));
        v.check(
                r.jurisdiction() != null && !r.jurisdiction().isEmpty(),
                "jurisdiction",
                Message.of("at-least-one-division-code-prefix"));
        if (r.jurisdiction() != null) {
            for (String p : r.jurisdiction()) {
                v.check(
                        p != null && p.matches("\\d{1,6}"),
                        "jurisdiction",
                        Message.of("division-code-prefixes-are-to-digits", p));
            }
        }
        v.check(
                !Validation.blank(r.certificateNumber())
                        && r.certificateNumber().length() <= 64,
                "certificateNumber",
                Message.of("the-law-enforcement-certificate-number-is"));
        v.check(r.certificateExpiry() != null, "certificateExpiry", Message.of("the-certificate-s-expiry-date-is"));
        String status = r.status() == null ? "ACTIVE" : Validation.upper(r.status());
        v.check(
                status != null && STATUSES.contains(status),
                "status",
                Message.of("must-be-one-of", Message.values("InspectorStatus", "ACTIVE", "ON_LEAVE", "LEFT")));
        int cap = r.maxAssignments() == null ? 20 : r.maxAssignments();
        v.check(cap >= 1 && cap <= 100_000, "maxAssignments", Message.of("must-be-from-to-assignments-per"));
        v.check(
                r.username() == null || r.username().matches("[A-Za-z0-9._-]{1,64}"),
                "username",
                Message.of("not-a-user-name"));
        String agencyCode = existing != null ? existing.agencyCode() : Validation.agencyOf(caller, r.agency(), v);
        if (agencyCode != null) {
            Validation.mayChange(caller, agencyCode);
        }
        Long agencyId = null;
        if (agencyCode != null) {
            agencyId = catalogue.agencyIds().get(agencyCode);
            if (agencyId == null) {
                v.fail("agency", Message.of("unknown-agency", agencyCode));
            }
        }
        List<Qualification> qualifications = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<InspectorRequest.QualificationRequest> requested =
                r.qualifications() == null ? List.of() : r.qualifications();
        for (int i = 0; i < requested.size(); i++) {
            InspectorRequest.QualificationRequest q = requested.get(i);
            String f = "qualifications[" + i + "]";
            if (q == null || q.item() == null || q.validFrom() == null || q.validUntil() == null) {
                v.fail(f, Message.of("needs-item-validfrom-and-validuntil"));
                continue;
            }
            v.check(items.ids().containsKey(q.item()), f + ".item", Message.of("item-unknown", q.item()));
            v.check(seen.add(q.item()), f + ".item", Message.of("item-is-listed-twice", q.item()));
            v.check(!q.validUntil().isBefore(q.validFrom()), f + ".validUntil", Message.of("is-before-validfrom"));
            qualifications.add(new Qualification(q.item(), q.validFrom(), q.validUntil()));
        }
        v.throwIfAny();
        return new InspectorEntry(
                existing == null ? 0 : existing.id(),
                code,
                r.name().strip(),
                agencyId,
                agencyCode,
                List.copyOf(r.jurisdiction()),
                r.certificateNumber().strip(),
                r.certificateExpiry(),
                status,
                cap,
                r.username(),
                qualifications,
                0);
    }

    private void checkUsername(InspectorEntry entry, Inspector existing) {
        if (entry.username() == null) {
            return;
        }
        // the login must be an INSPECTOR of the same agency: it will see and record this inspector's assignments
        CredenceUser login = em.createNamedQuery(CredenceUser.FIND_BY_USERNAME, CredenceUser.class)
                .setParameter("username", entry.username())
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (login == null
                || !login.roles().contains(Role.INSPECTOR)
                || login.agency() == null
                || login.agency().id() != entry.agencyId()) {
            throw new InvalidRequestException(
                    "username", Message.of("user-is-not-an-inspector-login", entry.username(), entry.agencyCode()));
        }
        Inspector holder = entries.inspectorOfUser(entry.username());
        if (holder != null && (existing == null || !holder.id().equals(existing.id()))) {
            throw new ConflictException(
                    "username-taken", Message.of("user-is-already-inspector", entry.username(), holder.code()));
        }
    }

    public Conflict declareConflict(String inspectorCode, ConflictRequest request) {
        CallerIdentity caller = callers.current();
        Validation v = new Validation();
        v.check(
                request != null && !Validation.blank(request.uscc()),
                "uscc",
                Message.of("the-business-s-uscc-is-required"));
        v.check(
                request != null
                        && !Validation.blank(request.reason())
                        && request.reason().length() <= 500,
                "reason",
                Message.of("the-reason-for-the-conflict-of"));
        v.throwIfAny();
        Business business = registry.find(Uscc.key(request.uscc()));
        return database.entities(() -> {
            Inspector inspector = existing(inspectorCode);
            Validation.mayChange(caller, inspector.agency().code());
            if (entries.conflict(inspector, business) != null) {
                throw new ConflictException(
                        "conflict-exists",
                        Message.of(
                                "inspector-already-has-a-declared-conflict",
                                inspectorCode,
                                business.uscc().value()));
            }
            InspectorConflict declared =
                    entries.declare(inspector, business, request.reason().strip(), caller.name(), now());
            WriteLog.record(
                    caller.name(),
                    "inspector.conflict",
                    inspectorCode + " " + business.uscc().value());
            return DirectoryEntries.view(declared);
        });
    }

    public List<Conflict> conflicts(String inspectorCode) {
        return database.entities(() -> entries.conflicts(existing(inspectorCode)).stream()
                .map(DirectoryEntries::view)
                .toList());
    }

    // --- calendar ---

    public List<CalendarDay> calendar(int year) {
        return database.call(c -> Directory.calendarDays(c, year));
    }

    /** Replaces a year's holidays and make-up working days (SYSTEM_ADMIN: the calendar is national). */
    public List<CalendarDay> replaceCalendar(int year, List<CalendarDayRequest> days) {
        CallerIdentity caller = calendarKeeper();
        Validation v = new Validation();
        v.check(year >= 2000 && year <= 2100, "year", Message.of("year-2000-to-2100"));
        v.check(days != null, "body", Message.of("a-list-of-special-days-is"));
        v.throwIfAny();
        List<CalendarDay> checked = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < days.size(); i++) {
            CalendarDayRequest d = days.get(i);
            String f = "[" + i + "].";
            CalendarDay day = calendarDay(d, f, v);
            if (day != null) {
                v.check(day.day().getYear() == year, f + "day", Message.of("is-not-in", day.day(), year));
                v.check(seen.add(day.day()), f + "day", Message.of("is-listed-twice", day.day()));
                checked.add(day);
            }
        }
        v.throwIfAny();
        return database.call(c -> {
            Directory.replaceYear(c, year, checked, caller.name(), LocalDateTime.now(clock));
            recountDeadlines(c, year);
            WriteLog.record(caller.name(), "calendar.replace", year + ": " + checked.size() + " days");
            return Directory.calendarDays(c, year);
        });
    }

    /**
     * Adds one holiday or make-up working day, or changes the one already on that date (SYSTEM_ADMIN);
     * answers the year's special days.
     */
    public List<CalendarDay> putCalendarDay(CalendarDayRequest request) {
        CallerIdentity caller = calendarKeeper();
        Validation v = new Validation();
        CalendarDay day = calendarDay(request, "", v);
        if (day != null) {
            v.check(day.day().getYear() >= 2000 && day.day().getYear() <= 2100, "day", Message.of("year-2000-to-2100"));
        }
        v.throwIfAny();
        return database.call(c -> {
            Directory.putDay(c, day, caller.name(), LocalDateTime.now(clock));
            recountDeadlines(c, day.day().getYear());
            WriteLog.record(
                    caller.name(),
                    "calendar.put",
                    day.day() + " " + day.kind() + " " + day.name()
                            + (day.notice() == null ? "" : " (" + day.notice() + ")"));
            return Directory.calendarDays(c, day.day().getYear());
        });
    }

    /** Removes one special day (SYSTEM_ADMIN): the date is an ordinary weekday or weekend day again. */
    public List<CalendarDay> removeCalendarDay(LocalDate day) {
        CallerIdentity caller = calendarKeeper();
        if (day == null) {
            throw new org.credence.platform.InvalidRequestException("day", Message.of("is-required"));
        }
        return database.call(c -> {
            if (!Directory.removeDay(c, day, caller.name(), LocalDateTime.now(clock))) {
                throw new NotFoundException(
                        "calendar-day-not-found", Message.of("is-not-a-holiday-or-make-up-day", day));
            }
            recountDeadlines(c, day.getYear());
            WriteLog.record(caller.name(), "calendar.remove", day.toString());
            return Directory.calendarDays(c, day.getYear());
        });
    }

    /** Where a year's days come from, and whether its deadlines are provisional. */
    public CalendarYear calendarYear(int year) {
        return database.call(c -> Directory.calendarYear(c, year));
    }

    /**
     * Gives a year back to the official data, or to none when there is none yet (SYSTEM_ADMIN): the
     * administrator's days of it are deleted and its deadlines counted again.
     */
    public CalendarYear releaseCalendarYear(int year) {
        CallerIdentity caller = calendarKeeper();
        return database.call(c -> {
            if (!Directory.releaseYear(c, year)) {
                throw new NotFoundException("calendar-year-not-kept", Message.of("cal.year-not-kept", year));
            }
            recountDeadlines(c, year);
            WriteLog.record(caller.name(), "calendar.release", String.valueOf(year));
            return Directory.calendarYear(c, year);
        });
    }

    /** Next year, when from 1 November it still has no calendar (the overview warns); else null. */
    public Integer missingNextYear() {
        LocalDate today = ChinaTime.today(clock);
        Integer next = CalendarWarning.yearToWarnOf(today);
        if (next == null) {
            return null;
        }
        return database.call(c -> Directory.calendarYear(c, next).provisional() ? next : null);
    }

    /** Every stored deadline of the changed year (and every provisional one) counted again, then the flags set anew. */
    private void recountDeadlines(Connection c, int year) throws SQLException {
        WorkingDayCalendar calendar = Directory.calendar(c);
        int recounted = AssignmentStore.recountDeadlines(c, calendar, year, Assignments.PUBLICITY_WORKING_DAYS);
        AssignmentStore.flagDeadlines(c, ChinaTime.today(clock), calendar, Assignments.DUE_SOON_WORKING_DAYS);
        LOG.info(() -> "calendar of " + year + " changed: " + recounted + " stored deadlines counted again");
    }

    private CallerIdentity calendarKeeper() {
        CallerIdentity caller = callers.current();
        if (!caller.systemAdmin()) {
            throw new NotPermittedException(Message.of("only-a-system-administrator-maintains-the"));
        }
        return caller;
    }

    /** A special day checked field by field ({@code f} prefixes the field names); null when it has no date. */
    private static CalendarDay calendarDay(CalendarDayRequest d, String f, Validation v) {
        if (d == null || d.day() == null) {
            v.fail(f + "day", Message.of("is-required"));
            return null;
        }
        String kind = Validation.upper(d.kind());
        boolean weekend = d.day().getDayOfWeek().getValue() >= 6;
        v.check(
                "HOLIDAY".equals(kind) || "WORKDAY".equals(kind),
                f + "kind",
                Message.of("must-be-one-of", Message.values("DayKind", "HOLIDAY", "WORKDAY")));
        v.check(!"WORKDAY".equals(kind) || weekend, f + "kind", Message.of("is-a-weekday-a-make-up", d.day()));
        v.check(
                !Validation.blank(d.name()) && d.name().length() <= 100,
                f + "name",
                Message.of("required-at-most-100"));
        v.check(
                d.notice() == null || d.notice().strip().length() <= 100,
                f + "notice",
                Message.of("is-at-most-characters", 100));
        return new CalendarDay(
                d.day(),
                kind,
                d.name() == null ? null : d.name().strip(),
                Validation.blank(d.notice()) ? null : d.notice().strip());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
