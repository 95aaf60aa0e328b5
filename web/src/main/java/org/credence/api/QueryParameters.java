package org.credence.api;

import org.credence.platform.InvalidRequestException;

/**
 * Query parameters as clients send them: an empty value means "not given", and a number that is not
 * a number is a 400 naming the parameter (JAX-RS itself would answer 404).
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static int number(String name, String value, int defaultValue) {
        long n = longNumber(name, value, defaultValue);
        if (n != (int) n) {
            throw new InvalidRequestException(name, "is too large");
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
            throw new InvalidRequestException(name, "must be a whole number");
        }
    }
}
