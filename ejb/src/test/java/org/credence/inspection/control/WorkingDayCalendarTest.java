package org.credence.inspection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    // National Day 2025: holidays 1-8 October, make-up working days Sunday 28 September and Saturday 11 October
    static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 2), LocalDate.of(2025, 10, 3),
            LocalDate.of(2025, 10, 4), LocalDate.of(2025, 10, 5), LocalDate.of(2025, 10, 6), LocalDate.of(2025, 10, 7),
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
        WorkingDayCalendar y2026 = new WorkingDayCalendar(Set.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2),
                LocalDate.of(2026, 1, 3)), Set.of(LocalDate.of(2026, 1, 4)));
        PlanSchedule quarterly = new PlanSchedule(null, "0 0 9 1 1,4,7,10 ?", true);
        // 1 January 2026 is a holiday, 2 and 3 too; Sunday 4 January is a make-up working day
        assertEquals(LocalDate.of(2026, 1, 4).atTime(9, 0),
                quarterly.nextDue(LocalDate.of(2025, 11, 22).atTime(12, 0), y2026));
        // 1 April 2026 is a Wednesday and a working day
        assertEquals(LocalDate.of(2026, 4, 1).atTime(9, 0), quarterly.nextDue(LocalDate.of(2026, 1, 4).atTime(9, 0), y2026));
        PlanSchedule plain = new PlanSchedule(null, "0 0 9 1 1,4,7,10 ?", false);
        assertEquals(LocalDate.of(2026, 1, 1).atTime(9, 0), plain.nextDue(LocalDate.of(2025, 11, 22).atTime(12, 0), y2026));
    }
}
