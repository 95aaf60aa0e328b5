package org.credence.inspection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    // National Day 2025: holidays 1-8 October, make-up working days Sunday 28 September and Saturday 11 October
    static final Set<LocalDate> HOLIDAYS = Set.of(
            LocalDate.of(2025, 10, 1),
            LocalDate.of(2025, 10, 2),
            LocalDate.of(2025, 10, 3),
            LocalDate.of(2025, 10, 4),
            LocalDate.of(2025, 10, 5),
            LocalDate.of(2025, 10, 6),
            LocalDate.of(2025, 10, 7),
            LocalDate.of(2025, 10, 8));
    static final Set<LocalDate> MAKE_UP = Set.of(LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11));
    final WorkingDayCalendar calendar = new WorkingDayCalendar(HOLIDAYS, MAKE_UP);

    @Test
    void weekdayHolidaysRestAndMakeUpWeekendsWork() {
        assertFalse(calendar.isWorkingDay(LocalDate.of(2025, 10, 1)), "a Wednesday holiday");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2025, 10, 11)), "a make-up Saturday");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2025, 9, 28)), "a make-up Sunday");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2025, 10, 12)), "an ordinary Sunday");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2025, 10, 9)), "the Thursday after the holiday");
    }

    @Test
    void twentyWorkingDaysAcrossTheHolidayCountTheMakeUpSaturday() {
        // completed Friday 26 Sept 2025. Working days after it: Sun 28 (make-up), Mon 29, Tue 30 (3); 1-8 Oct rest;
        // Thu 9, Fri 10, Sat 11 (make-up) (6); 13-17 (11); 20-24 (16); 27, 28, 29, 30 (20) -> Thursday 30 October
        assertEquals(LocalDate.of(2025, 10, 30), calendar.plusWorkingDays(LocalDate.of(2025, 9, 26), 20));
        // a plain weekend/holiday exclusion would skip the make-up days and land on 3 November
        WorkingDayCalendar naive = new WorkingDayCalendar(HOLIDAYS, Set.of());
        assertEquals(LocalDate.of(2025, 11, 3), naive.plusWorkingDays(LocalDate.of(2025, 9, 26), 20));
    }

    @Test
    void workingDaysBetweenAndFirstWorkingDay() {
        assertEquals(3, calendar.workingDaysBetween(LocalDate.of(2025, 9, 26), LocalDate.of(2025, 10, 8)));
        assertEquals(0, calendar.workingDaysBetween(LocalDate.of(2025, 10, 9), LocalDate.of(2025, 10, 9)));
        assertEquals(LocalDate.of(2025, 10, 9), calendar.firstWorkingDayFrom(LocalDate.of(2025, 10, 1)));
        assertEquals(LocalDate.of(2025, 10, 11), calendar.firstWorkingDayFrom(LocalDate.of(2025, 10, 11)));
    }

    @Test
    void aQuarterlyCronOnWorkingDaysMovesPastNewYear() {
        WorkingDayCalendar y2026 = new WorkingDayCalendar(
                Set.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 3)),
                Set.of(LocalDate.of(2026, 1, 4)));
        PlanSchedule quarterly = new PlanSchedule(null, "0 0 9 1 1,4,7,10 ?", true);
        // 1 January 2026 is a holiday, 2 and 3 too; Sunday 4 January is a make-up working day
        assertEquals(
                LocalDate.of(2026, 1, 4).atTime(9, 0),
                quarterly.nextDue(LocalDate.of(2025, 11, 22).atTime(12, 0), y2026));
        // 1 April 2026 is a Wednesday and a working day
        assertEquals(
                LocalDate.of(2026, 4, 1).atTime(9, 0),
                quarterly.nextDue(LocalDate.of(2026, 1, 4).atTime(9, 0), y2026));
        PlanSchedule plain = new PlanSchedule(null, "0 0 9 1 1,4,7,10 ?", false);
        assertEquals(
                LocalDate.of(2026, 1, 1).atTime(9, 0),
                plain.nextDue(LocalDate.of(2025, 11, 22).atTime(12, 0), y2026));
    }

    // --- the official data against the State Council's notices, day by day ---

    /** The rest days (inclusive ranges) and make-up working days of each notice, typed from the notices themselves. */
    static final Map<Integer, List<LocalDate[]>> REST = Map.of(
            // 国办发明电〔2023〕7号
            2024,
                    List.of(
                            range(2024, 1, 1, 1, 1),
                            range(2024, 2, 10, 2, 17),
                            range(2024, 4, 4, 4, 6),
                            range(2024, 5, 1, 5, 5),
                            range(2024, 6, 8, 6, 10),
                            range(2024, 9, 15, 9, 17),
                            range(2024, 10, 1, 10, 7)),
            // 国办发明电〔2024〕12号
            2025,
                    List.of(
                            range(2025, 1, 1, 1, 1),
                            range(2025, 1, 28, 2, 4),
                            range(2025, 4, 4, 4, 6),
                            range(2025, 5, 1, 5, 5),
                            range(2025, 5, 31, 6, 2),
                            range(2025, 10, 1, 10, 8)),
            // 国办发明电〔2025〕7号
            2026,
                    List.of(
                            range(2026, 1, 1, 1, 3),
                            range(2026, 2, 15, 2, 23),
                            range(2026, 4, 4, 4, 6),
                            range(2026, 5, 1, 5, 5),
                            range(2026, 6, 19, 6, 21),
                            range(2026, 9, 25, 9, 27),
                            range(2026, 10, 1, 10, 7)));

    static final Map<Integer, Set<LocalDate>> MAKE_UP_DAYS = Map.of(
            2024,
                    Set.of(
                            LocalDate.of(2024, 2, 4),
                            LocalDate.of(2024, 2, 18),
                            LocalDate.of(2024, 4, 7),
                            LocalDate.of(2024, 4, 28),
                            LocalDate.of(2024, 5, 11),
                            LocalDate.of(2024, 9, 14),
                            LocalDate.of(2024, 9, 29),
                            LocalDate.of(2024, 10, 12)),
            2025,
                    Set.of(
                            LocalDate.of(2025, 1, 26),
                            LocalDate.of(2025, 2, 8),
                            LocalDate.of(2025, 4, 27),
                            LocalDate.of(2025, 9, 28),
                            LocalDate.of(2025, 10, 11)),
            2026,
                    Set.of(
                            LocalDate.of(2026, 1, 4),
                            LocalDate.of(2026, 2, 14),
                            LocalDate.of(2026, 2, 28),
                            LocalDate.of(2026, 5, 9),
                            LocalDate.of(2026, 9, 20),
                            LocalDate.of(2026, 10, 10)));

    static LocalDate[] range(int year, int fromMonth, int fromDay, int toMonth, int toDay) {
        return new LocalDate[] {LocalDate.of(year, fromMonth, fromDay), LocalDate.of(year, toMonth, toDay)};
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {2024, 2025, 2026})
    void theOfficialDataAgreesWithTheStateCouncilsNoticeOnEveryDayOfTheYear(int year) {
        WorkingDayCalendar official = OfficialHolidays.calendar();
        assertTrue(official.knows(year));
        int restOnWeekdays = 0;
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            LocalDate day = d;
            boolean rest = REST.get(year).stream().anyMatch(r -> !day.isBefore(r[0]) && !day.isAfter(r[1]));
            boolean weekend = d.getDayOfWeek().getValue() >= 6;
            boolean working = MAKE_UP_DAYS.get(year).contains(d) || (!weekend && !rest);
            assertEquals(working, official.isWorkingDay(d), d + " " + d.getDayOfWeek());
            restOnWeekdays += !weekend && rest ? 1 : 0;
        }
        if (year == 2024) {
            assertEquals(19, restOnWeekdays, "the issue's count: 19 holidays on weekdays in 2024");
            assertEquals(8, MAKE_UP_DAYS.get(2024).size());
        }
    }

    @Test
    void twentyWorkingDaysFromTheEndOfJanuary2024EndOnTheTwentyEighthOfFebruary() {
        assertEquals(
                new WorkingDayCalendar.Deadline(LocalDate.of(2024, 2, 28), false),
                OfficialHolidays.calendar().deadline(LocalDate.of(2024, 1, 26), 20));
    }

    @Test
    void aYearWithoutDataCountsNewYearsDayAndWeekendsAndItsDeadlinesAreProvisional() {
        // the year in this test has no data whatever the library's version: it is given explicitly
        WorkingDayCalendar known2026 = new WorkingDayCalendar(Set.of(), Set.of(), Set.of(2026));
        assertFalse(known2026.knows(2027));
        assertFalse(known2026.isWorkingDay(LocalDate.of(2027, 1, 1)), "New Year's Day is statutory");
        // completed Friday 18 December 2026: 9 working days in 2026, then 4-8, 11-15 and 18 January 2027
        assertEquals(
                new WorkingDayCalendar.Deadline(LocalDate.of(2027, 1, 18), true),
                known2026.deadline(LocalDate.of(2026, 12, 18), 20));
        assertEquals(
                new WorkingDayCalendar.Deadline(LocalDate.of(2026, 12, 16), false),
                known2026.deadline(LocalDate.of(2026, 11, 18), 20),
                "a deadline inside a known year is final");
        assertTrue(calendar.knows(2027), "a calendar made of given days knows every year");
    }

    @Test
    void theOverviewWarnsOfNextYearFromTheFirstOfNovember() {
        assertEquals(null, CalendarWarning.yearToWarnOf(LocalDate.of(2026, 10, 31)));
        assertEquals(2027, CalendarWarning.yearToWarnOf(LocalDate.of(2026, 11, 1)));
        assertEquals(2027, CalendarWarning.yearToWarnOf(LocalDate.of(2026, 12, 31)));
        assertEquals(null, CalendarWarning.yearToWarnOf(LocalDate.of(2027, 1, 1)));
    }
}
