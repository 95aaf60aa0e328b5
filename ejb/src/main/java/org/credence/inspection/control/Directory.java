package org.credence.inspection.control;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.credence.platform.jdbc.Jdbc;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The item list, the inspector directory with qualifications and conflicts, and the calendar, in JDBC. */
public final class Directory {

    public record Qualification(String item, LocalDate validFrom, LocalDate validUntil) {}

    public record InspectorEntry(
            long id,
            String code,
            String name,
            long agencyId,
            String agencyCode,
            List<String> jurisdiction,
            String certificateNumber,
            LocalDate certificateExpiry,

            @Schema(enumeration = {"ACTIVE", "ON_LEAVE", "LEFT"})
            String status,

            int maxAssignments,
            String username,
            List<Qualification> qualifications,
            long version) {}

    public record Conflict(
            long id, String inspector, String uscc, String reason, LocalDateTime declaredAt, String declaredBy)
            implements Serializable {}

    /** A holiday or make-up working day, with the notice it comes from (null when none was given). */
    public record CalendarDay(
            LocalDate day,
            @Schema(enumeration = {"HOLIDAY", "WORKDAY"}) String kind,
            String name,
            String notice) {}

    private static final String ITEM =
            "select i.*, a.code agency_code from inspection_item i join agency a on a.id = i.agency_id";
    private static final String INSPECTOR =
            "select i.*, a.code agency_code from inspector i join agency a on a.id = i.agency_id";

    private Directory() {}

    // --- items ---

    public static long insertItem(Connection c, Item i, String by, LocalDateTime now) throws SQLException {
        return Jdbc.insert(
                c,
                "insert into inspection_item (code, name, legal_basis, agency_id, kind, method, entity_types,"
                        + " industries, platforms, region_prefixes, max_ratio_bp, annual_cap, created_at, created_by, version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                i.code(),
                i.name(),
                i.legalBasis(),
                i.agencyId(),
                i.kind(),
                i.method(),
                Scope.join(i.scope().entityTypes()),
                Scope.join(i.scope().industries()),
                Scope.join(i.scope().platforms()),
                Scope.join(i.scope().regionPrefixes()),
                i.maxRatioBp(),
                i.annualCap(),
                now,
                by);
    }

    public static void updateItem(Connection c, Item i) throws SQLException {
        Jdbc.update(
                c,
                "update inspection_item set name = ?, legal_basis = ?, kind = ?, method = ?, entity_types = ?,"
                        + " industries = ?, platforms = ?, region_prefixes = ?, max_ratio_bp = ?, annual_cap = ?, version = version + 1"
                        + " where id = ?",
                i.name(),
                i.legalBasis(),
                i.kind(),
                i.method(),
                Scope.join(i.scope().entityTypes()),
                Scope.join(i.scope().industries()),
                Scope.join(i.scope().platforms()),
                Scope.join(i.scope().regionPrefixes()),
                i.maxRatioBp(),
                i.annualCap(),
                i.id());
    }

    public static Item item(Connection c, String code) throws SQLException {
        return Jdbc.one(c, ITEM + " where i.code = ?", Directory::item, code);
    }

    public static List<Item> items(Connection c, String agencyCode) throws SQLException {
        return agencyCode == null
                ? Jdbc.list(c, ITEM + " order by i.code", Directory::item)
                : Jdbc.list(c, ITEM + " where a.code = ? order by i.code", Directory::item, agencyCode);
    }

    public static List<Item> itemsOfPlan(Connection c, long planId) throws SQLException {
        return Jdbc.list(
                c,
                ITEM + " join plan_item p on p.item_id = i.id where p.plan_id = ? order by i.code",
                Directory::item,
                planId);
    }

    static Item item(ResultSet rs) throws SQLException {
        return new Item(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("legal_basis"),
                rs.getLong("agency_id"),
                rs.getString("agency_code"),
                rs.getString("kind"),
                rs.getString("method"),
                new Scope(
                        Scope.split(rs.getString("entity_types")),
                        Scope.split(rs.getString("industries")),
                        Scope.split(rs.getString("platforms")),
                        Scope.split(rs.getString("region_prefixes"))),
                Jdbc.integer(rs, "max_ratio_bp"),
                rs.getInt("annual_cap"),
                rs.getLong("version"));
    }

    // --- inspectors ---

    public static long insertInspector(Connection c, InspectorEntry i, String by, LocalDateTime now)
            throws SQLException {
        long id = Jdbc.insert(
                c,
                "insert into inspector (code, name, agency_id, jurisdiction, certificate_number,"
                        + " certificate_expiry, status, max_assignments, username, created_at, created_by, version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                i.code(),
                i.name(),
                i.agencyId(),
                String.join(",", i.jurisdiction()),
                i.certificateNumber(),
                i.certificateExpiry(),
                i.status(),
                i.maxAssignments(),
                i.username(),
                now,
                by);
        writeQualifications(c, id, i.qualifications());
        return id;
    }

    public static void updateInspector(Connection c, InspectorEntry i) throws SQLException {
        Jdbc.update(
                c,
                "update inspector set name = ?, jurisdiction = ?, certificate_number = ?, certificate_expiry = ?,"
                        + " status = ?, max_assignments = ?, username = ?, version = version + 1 where id = ?",
                i.name(),
                String.join(",", i.jurisdiction()),
                i.certificateNumber(),
                i.certificateExpiry(),
                i.status(),
                i.maxAssignments(),
                i.username(),
                i.id());
        Jdbc.update(c, "delete from inspector_qualification where inspector_id = ?", i.id());
        writeQualifications(c, i.id(), i.qualifications());
    }

    private static void writeQualifications(Connection c, long inspectorId, List<Qualification> qualifications)
            throws SQLException {
        for (Qualification q : qualifications) {
            Jdbc.update(
                    c,
                    "insert into inspector_qualification (inspector_id, item_id, valid_from, valid_until)"
                            + " select ?, id, ?, ? from inspection_item where code = ?",
                    inspectorId,
                    q.validFrom(),
                    q.validUntil(),
                    q.item());
        }
    }

    public static InspectorEntry inspector(Connection c, String code) throws SQLException {
        InspectorEntry i = Jdbc.one(c, INSPECTOR + " where i.code = ?", Directory::inspector, code);
        return i == null ? null : withQualifications(c, i);
    }

    public static InspectorEntry inspectorOfUser(Connection c, String username) throws SQLException {
        InspectorEntry i = Jdbc.one(c, INSPECTOR + " where i.username = ?", Directory::inspector, username);
        return i == null ? null : withQualifications(c, i);
    }

    public static List<InspectorEntry> inspectors(Connection c, String agencyCode) throws SQLException {
        List<InspectorEntry> plain = agencyCode == null
                ? Jdbc.list(c, INSPECTOR + " order by i.code", Directory::inspector)
                : Jdbc.list(c, INSPECTOR + " where a.code = ? order by i.code", Directory::inspector, agencyCode);
        List<InspectorEntry> full = new ArrayList<>();
        for (InspectorEntry i : plain) {
            full.add(withQualifications(c, i));
        }
        return full;
    }

    private static InspectorEntry withQualifications(Connection c, InspectorEntry i) throws SQLException {
        List<Qualification> q = Jdbc.list(
                c,
                "select t.code, q.valid_from, q.valid_until from inspector_qualification q"
                        + " join inspection_item t on t.id = q.item_id where q.inspector_id = ? order by t.code",
                rs -> new Qualification(
                        rs.getString(1),
                        rs.getDate(2).toLocalDate(),
                        rs.getDate(3).toLocalDate()),
                i.id());
        return new InspectorEntry(
                i.id(),
                i.code(),
                i.name(),
                i.agencyId(),
                i.agencyCode(),
                i.jurisdiction(),
                i.certificateNumber(),
                i.certificateExpiry(),
                i.status(),
                i.maxAssignments(),
                i.username(),
                q,
                i.version());
    }

    private static InspectorEntry inspector(ResultSet rs) throws SQLException {
        return new InspectorEntry(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("name"),
                rs.getLong("agency_id"),
                rs.getString("agency_code"),
                Scope.split(rs.getString("jurisdiction")),
                rs.getString("certificate_number"),
                Jdbc.date(rs, "certificate_expiry"),
                rs.getString("status"),
                rs.getInt("max_assignments"),
                rs.getString("username"),
                List.of(),
                rs.getLong("version"));
    }

    // --- conflicts of interest ---

    public static long declareConflict(
            Connection c, long inspectorId, long businessId, String reason, String by, LocalDateTime now)
            throws SQLException {
        return Jdbc.insert(
                c,
                "insert into inspector_conflict (inspector_id, business_id, reason, declared_at, declared_by)"
                        + " values (?, ?, ?, ?, ?)",
                inspectorId,
                businessId,
                reason,
                now,
                by);
    }

    public static List<Conflict> conflicts(Connection c, long inspectorId) throws SQLException {
        return Jdbc.list(
                c,
                "select k.id, i.code, b.uscc, k.reason, k.declared_at, k.declared_by from inspector_conflict k"
                        + " join inspector i on i.id = k.inspector_id join business b on b.id = k.business_id"
                        + " where k.inspector_id = ? order by k.id",
                rs -> new Conflict(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toLocalDateTime(),
                        rs.getString(6)),
                inspectorId);
    }

    // --- working-day calendar ---

    /** Where a year's days come from: an administrator (ADMIN), the published notices (OFFICIAL), or nowhere yet (NONE). */
    public enum CalendarSource {
        ADMIN,
        OFFICIAL,
        NONE
    }

    /** A year of the calendar: where its days come from and, for an administrator's year, who kept it last. */
    public record CalendarYear(int year, CalendarSource source, String keptBy, LocalDateTime keptAt) {

        /** Whether deadlines in this year are provisional. */
        public boolean provisional() {
            return source == CalendarSource.NONE;
        }
    }

    /**
     * The calendar in force: every year an administrator keeps from the table, every other year since
     * {@link OfficialHolidays#FIRST_YEAR} from the published notices; the years with neither are unknown.
     */
    public static WorkingDayCalendar calendar(Connection c) throws SQLException {
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> workdays = new HashSet<>();
        Set<Integer> known = new HashSet<>(keptYears(c));
        List<CalendarDay> days =
                new ArrayList<>(Jdbc.list(c, "select on_date, kind, name, notice from calendar_day", DAY));
        for (int year : OfficialHolidays.years()) {
            if (known.add(year)) {
                days.addAll(OfficialHolidays.year(year).orElseThrow());
            }
        }
        for (CalendarDay d : days) {
            ("HOLIDAY".equals(d.kind()) ? holidays : workdays).add(d.day());
        }
        return new WorkingDayCalendar(holidays, workdays, known);
    }

    private static final Jdbc.Row<CalendarDay> DAY =
            rs -> new CalendarDay(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getString(3), rs.getString(4));

    /** A year's special days as they are in force: the administrator's, else the official ones, else none. */
    public static List<CalendarDay> calendarDays(Connection c, int year) throws SQLException {
        if (calendarYear(c, year).source() == CalendarSource.OFFICIAL) {
            return OfficialHolidays.year(year).orElseThrow();
        }
        return Jdbc.list(
                c,
                "select on_date, kind, name, notice from calendar_day where on_date >= ? and on_date <= ? order by on_date",
                DAY,
                LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31));
    }

    public static CalendarYear calendarYear(Connection c, int year) throws SQLException {
        CalendarYear kept = Jdbc.one(
                c,
                "select kept_by, kept_at from calendar_year where year_number = ?",
                rs -> new CalendarYear(year, CalendarSource.ADMIN, rs.getString(1), Jdbc.time(rs, "kept_at")),
                year);
        if (kept != null) {
            return kept;
        }
        return new CalendarYear(
                year,
                OfficialHolidays.year(year).isPresent() ? CalendarSource.OFFICIAL : CalendarSource.NONE,
                null,
                null);
    }

    private static List<Integer> keptYears(Connection c) throws SQLException {
        return Jdbc.list(c, "select year_number from calendar_year", rs -> rs.getInt(1));
    }

    /**
     * Makes a year the administrator's before a change: the first change to an official year starts from the
     * official days, so changing one day keeps the others.
     */
    public static void keepYear(Connection c, int year, String by, LocalDateTime now) throws SQLException {
        if (calendarYear(c, year).source() == CalendarSource.ADMIN) {
            Jdbc.update(c, "update calendar_year set kept_by = ?, kept_at = ? where year_number = ?", by, now, year);
            return;
        }
        for (CalendarDay d : OfficialHolidays.year(year).orElse(List.of())) {
            insert(c, d);
        }
        Jdbc.update(c, "insert into calendar_year (year_number, kept_by, kept_at) values (?, ?, ?)", year, by, now);
    }

    /** Gives a year back to the official data (or to none): the administrator's days of it are deleted. */
    public static boolean releaseYear(Connection c, int year) throws SQLException {
        Jdbc.update(
                c,
                "delete from calendar_day where on_date >= ? and on_date <= ?",
                LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31));
        return Jdbc.update(c, "delete from calendar_year where year_number = ?", year) > 0;
    }

    /** Replaces a year's special days; the year is the administrator's from now on. */
    public static void replaceYear(Connection c, int year, List<CalendarDay> days, String by, LocalDateTime now)
            throws SQLException {
        keepYear(c, year, by, now);
        Jdbc.update(
                c,
                "delete from calendar_day where on_date >= ? and on_date <= ?",
                LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31));
        for (CalendarDay d : days) {
            insert(c, d);
        }
    }

    /** Adds a special day, or changes the one on its date; its year is the administrator's from now on. */
    public static void putDay(Connection c, CalendarDay day, String by, LocalDateTime now) throws SQLException {
        keepYear(c, day.day().getYear(), by, now);
        Jdbc.update(c, "delete from calendar_day where on_date = ?", day.day());
        insert(c, day);
    }

    /** Removes a special day; false when the date held none (nothing changes then). */
    public static boolean removeDay(Connection c, LocalDate day, String by, LocalDateTime now) throws SQLException {
        boolean held =
                calendarDays(c, day.getYear()).stream().anyMatch(d -> d.day().equals(day));
        if (!held) {
            return false;
        }
        keepYear(c, day.getYear(), by, now);
        return Jdbc.update(c, "delete from calendar_day where on_date = ?", day) > 0;
    }

    private static void insert(Connection c, CalendarDay d) throws SQLException {
        Jdbc.update(
                c,
                "insert into calendar_day (on_date, kind, name, notice) values (?, ?, ?, ?)",
                d.day(),
                d.kind(),
                d.name(),
                d.notice());
    }
}
