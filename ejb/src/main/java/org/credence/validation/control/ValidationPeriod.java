package org.credence.validation.control;

import java.time.LocalDate;
import org.credence.platform.InvalidRequestException;
import org.credence.platform.Message;

/** A period of completion dates, both ends included. */
public record ValidationPeriod(LocalDate from, LocalDate to) {

    /**
     * The period asked for on {@code today}: {@code to} defaults to today, {@code from} to a year
     * before {@code to}; refused when it ends before it begins.
     */
    public static ValidationPeriod of(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.minusYears(1).plusDays(1) : from;
        if (start.isAfter(end)) {
            throw new InvalidRequestException("from", Message.of("validation.period-backwards", start, end));
        }
        return new ValidationPeriod(start, end);
    }
}
