package org.credence.inspection.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * China's working days: Monday to Friday, except public holidays, plus the make-up working days
 * (调休) that fall on a weekend. Both lists are data: the State Council's notices as the library
 * publishes them ({@link OfficialHolidays}), or an administrator's entries (table {@code calendar_day}).
 *
 * <p>A year with no data is never silently treated as plain Monday to Friday: the calendar knows which
 * years it has, counts only the statutory New Year's Day and the weekends in the others, and says that a
 * deadline reaching into such a year is provisional.
 */
public final class WorkingDayCalendar {

    /** A deadline, provisional when any day counted towards it lies in a year without data. */
    public record Deadline(LocalDate day, boolean provisional) {}

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpDays;
    private final Set<Integer> knownYears;

    /** A calendar that knows every year (the special days given are all there are). */
    public WorkingDayCalendar(Set<LocalDate> holidays, Set<LocalDate> makeUpDays) {
        this(holidays, makeUpDays, null);
    }

    /** A calendar with data for {@code knownYears} only; null means every year. */
    public WorkingDayCalendar(Set<LocalDate> holidays, Set<LocalDate> makeUpDays, Set<Integer> knownYears) {
        this.holidays = Set.copyOf(holidays);
        this.makeUpDays = Set.copyOf(makeUpDays);
        this.knownYears = knownYears == null ? null : Set.copyOf(knownYears);
    }

    /** Whether the year's holidays and make-up days are known (officially or from an administrator). */
    public boolean knows(int year) {
        return knownYears == null || knownYears.contains(year);
    }

    public boolean isWorkingDay(LocalDate day) {
        if (!knows(day.getYear()) && day.getMonthValue() == 1 && day.getDayOfMonth() == 1) {
            return false; // New Year's Day is a statutory holiday whatever the year's notice will say
        }
        if (makeUpDays.contains(day)) {
            return true;
        }
        if (holidays.contains(day)) {
            return false;
        }
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }

    /** The n-th working day after {@code day}, provisional when a day counted lies in a year without data. */
    public Deadline deadline(LocalDate day, int n) {
        LocalDate end = plusWorkingDays(day, n);
        boolean provisional = false;
        for (int year = day.plusDays(1).getYear(); year <= end.getYear(); year++) {
            provisional |= !knows(year);
        }
        return new Deadline(end, provisional);
    }

    /** The n-th working day after {@code day} (the day itself does not count): the 20-day publicity deadline. */
    public LocalDate plusWorkingDays(LocalDate day, int n) {
        LocalDate d = day;
        for (int left = n; left > 0; ) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /** Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    /** The first working day on or after {@code day}. */
    public LocalDate firstWorkingDayFrom(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }
}
