package org.credence.inspection.control;

import com.tyme.holiday.LegalHoliday;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.credence.inspection.entity.CalendarDay;

/**
 * The official holidays and make-up working days (调休) of every year since {@value #FIRST_YEAR} that the
 * State Council has announced, as the maintained library {@code cn.6tail:tyme4j} publishes them
 * ({@link LegalHoliday}; MIT licence). A year the library has no data for is absent: its deadlines are
 * provisional until the library or an administrator supplies it.
 */
public final class OfficialHolidays {

    /** The first year taken from the library: results published by Credence start in 2024. */
    public static final int FIRST_YEAR = 2024;

    /** Where a year's days come from, shown beside them. */
    public static final String LIBRARY = "tyme4j 1.4.9 LegalHoliday";

    /** The notice (国务院办公厅关于...部分节假日安排的通知) behind each year the library carries, where known. */
    private static final Map<Integer, String> NOTICES = Map.of(
            2024, "国办发明电〔2023〕7号",
            2025, "国办发明电〔2024〕12号",
            2026, "国办发明电〔2025〕7号");

    /** English names of the library's holiday names, for the bilingual names the calendar keeps. */
    private static final Map<String, String> ENGLISH = Map.of(
            "元旦", "New Year's Day",
            "春节", "Spring Festival",
            "清明节", "Qingming Festival",
            "劳动节", "Labour Day",
            "端午节", "Dragon Boat Festival",
            "中秋节", "Mid-Autumn Festival",
            "国庆节", "National Day",
            "国庆中秋", "National Day and Mid-Autumn");

    private static final Map<Integer, List<CalendarDay>> YEARS = load();

    private OfficialHolidays() {}

    /** The year's special days, or empty when the library has no data for it (or it is before {@value #FIRST_YEAR}). */
    public static Optional<List<CalendarDay>> year(int year) {
        return Optional.ofNullable(YEARS.get(year));
    }

    /** The years the library has data for, from {@value #FIRST_YEAR}. */
    public static List<Integer> years() {
        return List.copyOf(YEARS.keySet());
    }

    /** A calendar of the official data alone: the years the library has are known, every other year is not. */
    public static WorkingDayCalendar calendar() {
        java.util.Set<LocalDate> holidays = new java.util.HashSet<>();
        java.util.Set<LocalDate> workdays = new java.util.HashSet<>();
        YEARS.values()
                .forEach(days -> days.forEach(d -> ("HOLIDAY".equals(d.kind()) ? holidays : workdays).add(d.day())));
        return new WorkingDayCalendar(holidays, workdays, YEARS.keySet());
    }

    private static Map<Integer, List<CalendarDay>> load() {
        Map<Integer, List<CalendarDay>> years = new TreeMap<>();
        // the library's data runs to the latest notice: stop at the first year without a single day
        for (int year = FIRST_YEAR; ; year++) {
            List<CalendarDay> days = new ArrayList<>();
            for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                LegalHoliday h = LegalHoliday.fromYmd(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
                if (h != null) {
                    days.add(day(d, h.getName(), h.isWork(), year));
                }
            }
            if (days.isEmpty()) {
                return Collections.unmodifiableMap(years);
            }
            years.put(year, List.copyOf(days));
        }
    }

    private static CalendarDay day(LocalDate d, String name, boolean work, int year) {
        String english = ENGLISH.getOrDefault(name, name);
        String notice = NOTICES.getOrDefault(year, LIBRARY);
        return work
                ? new CalendarDay(d, "WORKDAY", name + "调休 " + english + " make-up day", notice)
                : new CalendarDay(d, "HOLIDAY", name + " " + english, notice);
    }
}
