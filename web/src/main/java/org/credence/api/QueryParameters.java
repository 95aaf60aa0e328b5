package org.credence.api;

import java.time.Clock;
import org.credence.platform.ChinaTime;
import org.credence.platform.InputBounds;
import org.credence.platform.InvalidRequestException;
import org.credence.platform.Message;

/**
 * Query parameters as clients send them: an empty value means "not given", and a number that is not
 * a number is a 400 naming the parameter (JAX-RS itself would answer 404).
 */
public final class QueryParameters {

    private QueryParameters() {}

    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static int number(String name, String value, int defaultValue) {
        long n = longNumber(name, value, defaultValue);
        if (n != (int) n) {
            throw new InvalidRequestException(name, Message.of("is-too-large"));
        }
        return (int) n;
    }

    public static long longNumber(String name, String value, long defaultValue) {
        String v = text(value);
        if (v == null) {
            return defaultValue;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name, Message.of("must-be-a-whole-number"));
        }
    }

    /** An optional ISO date (yyyy-mm-dd) within {@link InputBounds}; null when not given. */
    public static java.time.LocalDate date(String name, String value) {
        return date(name, value, ChinaTime.today(Clock.systemUTC()));
    }

    static java.time.LocalDate date(String name, String value, java.time.LocalDate today) {
        String v = text(value);
        if (v == null) {
            return null;
        }
        java.time.LocalDate date;
        try {
            date = java.time.LocalDate.parse(v);
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidRequestException(name, Message.of("must-be-a-date-like"));
        }
        return InputBounds.checkedDate(name, date, today);
    }

    /** An optional whole number; null when not given. */
    public static Long optionalLong(String name, String value) {
        return text(value) == null ? null : longNumber(name, value, 0);
    }
}
