package org.credence.inspection.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.credence.inspection.control.Directory;
import org.credence.inspection.entity.CalendarDay;
import org.credence.inspection.entity.CalendarSource;
import org.credence.platform.FieldError;
import org.credence.platform.InvalidRequestException;
import org.credence.platform.NotFoundException;
import org.credence.platform.NotPermittedException;
import org.credence.platform.jdbc.Database;
import org.credence.security.control.CallerIdentity;
import org.credence.security.control.Callers;
import org.credence.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The working-day calendar kept one day at a time: only a system administrator changes it, each day
 * is checked field by field before anything is stored, and a day keeps the notice it comes from.
 * (What writes through WriteLog, which needs the container's naming, is left to the browser test.)
 */
class CalendarKeepingTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2031, 10, 8);
    private static final LocalDate SATURDAY = LocalDate.of(2031, 10, 11);
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 4, 9, 0);

    private final TestDatabase db = new TestDatabase();

    @Test
    void theOfficialYearsComeFromTheLibraryAndNameTheStateCouncilNoticeTheyComeFrom() throws SQLException {
        try (Connection c = db.connection()) {
            List<CalendarDay> days2026 = Directory.calendarDays(c, 2026);
            assertFalse(days2026.isEmpty());
            assertTrue(days2026.stream().allMatch(d -> "国办发明电〔2025〕7号".equals(d.notice())), days2026.toString());
            assertTrue(Directory.calendarDays(c, 2025).stream().allMatch(d -> "国办发明电〔2024〕12号".equals(d.notice())));
            assertTrue(Directory.calendarDays(c, 2024).stream().allMatch(d -> "国办发明电〔2023〕7号".equals(d.notice())));
            for (int year = 2024; year <= 2026; year++) {
                assertEquals(
                        CalendarSource.OFFICIAL, Directory.calendarYear(c, year).source(), "year " + year);
            }
            assertEquals(CalendarSource.NONE, Directory.calendarYear(c, 2031).source());
            assertTrue(Directory.calendarYear(c, 2031).provisional());
            assertFalse(Directory.calendar(c).knows(2031));
        }
    }

    @Test
    void changingOneDayOfAnOfficialYearKeepsItsOtherDaysUntilTheYearIsGivenBack() throws SQLException {
        LocalDate nationalDay = LocalDate.of(2026, 10, 1);
        try (Connection c = db.connection()) {
            int official = Directory.calendarDays(c, 2026).size();
            Directory.putDay(
                    c, new CalendarDay(LocalDate.of(2026, 12, 31), "HOLIDAY", "测试假日", "测试通知〔2026〕1号"), "admin", NOW);
            assertEquals(CalendarSource.ADMIN, Directory.calendarYear(c, 2026).source());
            assertEquals("admin", Directory.calendarYear(c, 2026).keptBy());
            assertEquals(official + 1, Directory.calendarDays(c, 2026).size(), "the official days stay");
            assertFalse(Directory.calendar(c).isWorkingDay(nationalDay));
            assertTrue(Directory.removeDay(c, nationalDay, "admin", NOW));
            assertTrue(
                    Directory.calendar(c).isWorkingDay(nationalDay),
                    "the administrator's entries override the library");
            assertTrue(Directory.releaseYear(c, 2026));
            assertEquals(
                    CalendarSource.OFFICIAL, Directory.calendarYear(c, 2026).source());
            assertEquals(official, Directory.calendarDays(c, 2026).size());
            assertFalse(Directory.calendar(c).isWorkingDay(nationalDay));
            assertFalse(Directory.releaseYear(c, 2026), "an official year is not the administrator's to give back");
        }
    }

    @Test
    void aDayIsAddedWithItsNoticeChangedInPlaceAndRemoved() throws SQLException {
        try (Connection c = db.connection()) {
            Directory.putDay(c, new CalendarDay(WEDNESDAY, "HOLIDAY", "国庆节", "测试通知〔2031〕1号"), "admin", NOW);
            Directory.putDay(c, new CalendarDay(SATURDAY, "WORKDAY", "国庆节调休", "测试通知〔2031〕1号"), "admin", NOW);
            Directory.putDay(c, new CalendarDay(WEDNESDAY, "HOLIDAY", "国庆节、中秋节", "测试通知〔2031〕2号"), "admin", NOW);
            assertEquals(
                    List.of(
                            new CalendarDay(WEDNESDAY, "HOLIDAY", "国庆节、中秋节", "测试通知〔2031〕2号"),
                            new CalendarDay(SATURDAY, "WORKDAY", "国庆节调休", "测试通知〔2031〕1号")),
                    Directory.calendarDays(c, 2031));
            assertTrue(Directory.calendar(c).isWorkingDay(SATURDAY), "a make-up working day on a Saturday");
            assertFalse(Directory.calendar(c).isWorkingDay(WEDNESDAY));
            assertTrue(Directory.removeDay(c, WEDNESDAY, "admin", NOW));
            assertFalse(Directory.removeDay(c, WEDNESDAY, "admin", NOW), "nothing left to remove");
            assertTrue(Directory.calendar(c).isWorkingDay(WEDNESDAY), "an ordinary Wednesday again");
        }
    }

    @Test
    void onlyASystemAdministratorChangesTheCalendar() {
        InspectionDirectory agencyAdmin = as(new CallerIdentity("samr-admin", false, true, null));
        CalendarDayRequest day = new CalendarDayRequest(WEDNESDAY, "HOLIDAY", "国庆节", "测试通知〔2031〕1号");
        assertThrows(NotPermittedException.class, () -> agencyAdmin.putCalendarDay(day));
        assertThrows(NotPermittedException.class, () -> agencyAdmin.removeCalendarDay(WEDNESDAY));
        assertThrows(NotPermittedException.class, () -> agencyAdmin.replaceCalendar(2031, List.of(day)));
    }

    @Test
    void aDayIsRefusedNamingEveryFieldAtFaultAndNothingIsStored() throws SQLException {
        InspectionDirectory admin = as(new CallerIdentity("admin", true, false, null));
        assertEquals(
                List.of("kind", "name", "notice"),
                fields(() -> admin.putCalendarDay(new CalendarDayRequest(WEDNESDAY, "WORKDAY", " ", "x".repeat(101)))),
                "a make-up working day falls on a weekend");
        assertEquals(
                List.of("kind"),
                fields(() -> admin.putCalendarDay(new CalendarDayRequest(SATURDAY, "RESTDAY", "x", null))));
        assertEquals(
                List.of("day"), fields(() -> admin.putCalendarDay(new CalendarDayRequest(null, "HOLIDAY", "x", null))));
        assertEquals(
                List.of("day"),
                fields(() ->
                        admin.putCalendarDay(new CalendarDayRequest(LocalDate.of(1999, 1, 1), "HOLIDAY", "x", null))));
        assertThrows(NotFoundException.class, () -> admin.removeCalendarDay(WEDNESDAY));
        try (Connection c = db.connection()) {
            assertTrue(Directory.calendarDays(c, 2031).isEmpty());
        }
    }

    private InspectionDirectory as(CallerIdentity caller) {
        InspectionDirectory directory = new InspectionDirectory();
        directory.database = new Database(db.dataSource());
        directory.callers = new Callers() {
            @Override
            public CallerIdentity current() {
                return caller;
            }
        };
        return directory;
    }

    private static List<String> fields(Runnable call) {
        return assertThrows(InvalidRequestException.class, call::run).errors().stream()
                .map(FieldError::field)
                .toList();
    }
}
