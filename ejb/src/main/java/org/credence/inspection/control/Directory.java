package org.credence.inspection.control;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.credence.inspection.entity.CalendarDay;
import org.credence.inspection.entity.CalendarSource;
import org.credence.inspection.entity.CalendarYear;
import org.credence.inspection.entity.Item;
import org.credence.inspection.entity.Scope;
import org.credence.platform.jdbc.Jdbc;

/**
 * Items by code for work that is in JDBC (a plan's check of its items, the demonstration's history), and the
 * working-day calendar. The directory itself keeps and writes items, inspectors and conflicts as entities ({@code org.credence.inspection.entity}, {@code
 * DirectoryEntries}), the demonstration data included.
 */
public final class Directory {

    private static final String ITEM =
            "select i.*, a.code agency_code from inspection_item i join agency a on a.id = i.agency_id";

    private Directory() {}

    // --- items ---

    public static Item item(Connection c, String code) throws SQLException {
        return Jdbc.one(c, ITEM + " where i.code = ?", Directory::item, code);
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

    // --- working-day calendar ---

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
