package org.credence.ui.inspection;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.credence.inspection.boundary.CalendarDayRequest;
import org.credence.inspection.boundary.InspectionDirectory;
import org.credence.inspection.entity.CalendarDay;
import org.credence.inspection.entity.CalendarYear;
import org.credence.platform.ChinaTime;
import org.credence.platform.CredenceException;
import org.credence.ui.PageMessages;
import org.credence.web.Language;

/**
 * The working-day calendar of one year ({@code ?year=}): its public holidays and make-up working days
 * (调休), each with the notice it comes from. A system administrator adds, changes and removes days
 * here; the service refuses anyone else. What an administrator enters overrides the official data, and the
 * page says where the year's days come from (an administrator, the official data, or nowhere yet).
 */
@Named
@ViewScoped
public class CalendarPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InspectionDirectory directory;

    @Inject
    Language language;

    private Integer year;
    private transient List<CalendarDay> days;
    private transient CalendarYear source;
    private LocalDate day;
    private String kind = "HOLIDAY";
    private String name;
    private String notice;

    /** The year of the address, else this year in China. */
    public void load() {
        if (year == null || year < 2000 || year > 2100) {
            year = ChinaTime.today(Clock.systemUTC()).getYear();
        }
        days = null;
        source = null;
    }

    /** Where the year's days come from: an administrator, the official data, or nowhere yet. */
    public CalendarYear getSource() {
        if (source == null) {
            source = directory.calendarYear(year);
        }
        return source;
    }

    /** Gives the year back to the official data (or to none); its deadlines are counted again. */
    public void release() {
        try {
            source = directory.releaseCalendarYear(year);
            days = null;
            PageMessages.info(language.text("calendar.released", String.valueOf(year)));
        } catch (CredenceException e) {
            PageMessages.refusal(language, e);
        }
    }

    public List<CalendarDay> getDays() {
        if (days == null) {
            days = directory.calendar(year);
        }
        return days;
    }

    public long count(String ofKind) {
        return getDays().stream().filter(d -> d.kind().equals(ofKind)).count();
    }

    /** Adds the day of the form, or changes the one already on that date. */
    public void add() {
        try {
            days = directory.putCalendarDay(new CalendarDayRequest(day, kind, name, notice));
            source = null;
            PageMessages.info(language.text("calendar.added", date(day), language.text("calendar.kind." + kind)));
            if (day.getYear() != year) {
                year = day.getYear();
            }
            day = null;
            name = null;
        } catch (CredenceException e) {
            PageMessages.refusal(language, e, field -> switch (field) {
                case "day", "kind", "name", "notice" -> "add:" + field;
                default -> null;
            });
        }
    }

    public void remove(CalendarDay d) {
        try {
            days = directory.removeCalendarDay(d.day());
            source = null;
            PageMessages.info(language.text("calendar.removed", date(d.day()), d.name()));
        } catch (CredenceException e) {
            PageMessages.refusal(language, e);
        }
    }

    /** A day as a confirmation names it: its date and name. */
    public String describe(CalendarDay d) {
        return date(d.day()) + " " + d.name();
    }

    private String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(language.getLocale())
                .format(date);
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNotice() {
        return notice;
    }

    public void setNotice(String notice) {
        this.notice = notice;
    }
}
