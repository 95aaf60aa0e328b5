package org.credence.inspection.control;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.TimeZone;
import org.credence.inspection.entity.Plan;
import org.credence.platform.ChinaTime;
import org.quartz.CronExpression;

/**
 * When a plan's draws are due (China time): on its date, or at each time of its Quartz cron; with
 * {@code workingDaysOnly} a time that falls on a rest day moves to the next working day, so "the 1st
 * of each quarter" becomes "the first working day of each quarter".
 */
public final class PlanSchedule {

    private final LocalDate date;
    private final CronExpression cron;
    private final boolean workingDaysOnly;

    /** A plan's schedule: its one date, or its cron expression and whether it keeps to working days. */
    public static PlanSchedule of(Plan plan) {
        return new PlanSchedule(plan.scheduleDate(), plan.scheduleCron(), plan.workingDaysOnly());
    }

    public PlanSchedule(LocalDate date, String cron, boolean workingDaysOnly) {
        this.date = date;
        this.cron = cron == null ? null : parse(cron);
        this.workingDaysOnly = workingDaysOnly;
    }

    /** Whether the expression is a valid Quartz cron expression; null when it is, else why not. */
    public static String cronProblem(String expression) {
        try {
            new CronExpression(expression);
            return null;
        } catch (ParseException e) {
            // Quartz wraps what it could not parse with the exception's class name in its message
            return org.credence.platform.InternalNames.scrubbed(e.getMessage());
        }
    }

    public boolean recurring() {
        return cron != null;
    }

    /**
     * The first draw due after {@code after} (for a dated plan: its date, whatever {@code after}), or
     * null when a recurring plan's cron has no later time.
     */
    public LocalDateTime nextDue(LocalDateTime after, WorkingDayCalendar calendar) {
        LocalDateTime due;
        if (cron == null) {
            due = date.atStartOfDay();
        } else {
            Date next = cron.getNextValidTimeAfter(
                    Date.from(after.atZone(ChinaTime.ZONE).toInstant()));
            if (next == null) {
                return null;
            }
            due = LocalDateTime.ofInstant(next.toInstant(), ChinaTime.ZONE);
        }
        if (workingDaysOnly && !calendar.isWorkingDay(due.toLocalDate())) {
            due = calendar.firstWorkingDayFrom(due.toLocalDate()).atTime(due.toLocalTime());
        }
        return due;
    }

    private static CronExpression parse(String expression) {
        try {
            CronExpression parsed = new CronExpression(expression);
            parsed.setTimeZone(TimeZone.getTimeZone(ChinaTime.ZONE));
            return parsed;
        } catch (ParseException e) {
            throw new IllegalArgumentException("not a Quartz cron expression: " + expression, e);
        }
    }
}
