package org.credence.business.entity;

import java.util.Objects;
import org.credence.platform.Message;

/**
 * A Unified Social Credit Code (GB 32100-2015): 18 characters over a 31-character alphabet, the last
 * one a check character computed from the first 17.
 *
 * <p>{@link #parse(String)} accepts only codes that pass every check, including six digits in positions
 * 3-8 (the administrative-division code). A handful of legal codes issued
 * in a 2015 pilot fail the check character; {@link #ofKnownException(String)} admits such a code when
 * an administrator has explicitly marked it, still insisting on length and alphabet.
 */
public record Uscc(String value) implements Comparable<Uscc> {

    public static final int LENGTH = 18;
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /** Positions 3 to 8 (zero-based 2 to 7): the administrative-division code. */
    private static final int DIVISION_FROM = 2;

    private static final int DIVISION_TO = 8;

    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public Uscc {
        Objects.requireNonNull(value, "value");
    }

    /** Parses a code that must satisfy length, alphabet and check character. */
    public static Uscc parse(String code) {
        requireShape(code, LENGTH - 1);
        requireDivisionDigits(code);
        char expected = checkCharacter(code.substring(0, LENGTH - 1));
        char actual = code.charAt(LENGTH - 1);
        if (actual != expected) {
            // A last character outside the alphabet is a wrong check character too; naming the right one helps most.
            throw new InvalidUsccException(
                    code,
                    InvalidUsccException.Reason.CHECK_CHARACTER,
                    Message.of("the-check-character-of-is-but", code, actual, expected),
                    expected);
        }
        return new Uscc(code);
    }

    /**
     * A code to look a business up by: the length, and the alphabet of the first 17 characters, checked as
     * {@link #parse(String)} checks them (same refusal), the last character and the division code not. A
     * known exception is registered under a code whose check character is wrong, so only the lookup can
     * tell; when nothing is registered under the key, {@code parse} says whether it is a USCC at all.
     */
    public static Uscc key(String code) {
        requireShape(code, LENGTH - 1);
        return new Uscc(code);
    }

    /** Admits a code whose check character is wrong; length and alphabet must still hold. */
    public static Uscc ofKnownException(String code) {
        requireShape(code, LENGTH);
        return new Uscc(code);
    }

    /** Whether the code's last character is the one GB 32100-2015 computes from the first 17. */
    public boolean hasValidCheckCharacter() {
        return value.charAt(LENGTH - 1) == checkCharacter(value.substring(0, LENGTH - 1));
    }

    /** The check character for the first 17 characters of a code (which must be in the alphabet). */
    public static char checkCharacter(String first17) {
        if (first17.length() != LENGTH - 1) {
            throw new IllegalArgumentException("expected 17 characters, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            int v = ALPHABET.indexOf(first17.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("'" + first17.charAt(i) + "' is not in the USCC alphabet");
            }
            sum += v * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** Positions 3-8 hold the six digits of the administrative-division code (GB/T 2260), never a letter. */
    private static void requireDivisionDigits(String code) {
        for (int i = DIVISION_FROM; i < DIVISION_TO; i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                throw new InvalidUsccException(
                        code,
                        InvalidUsccException.Reason.DIVISION_CODE,
                        Message.of("cal.uscc-division-code-digits", c, (i + 1), code),
                        null);
            }
        }
    }

    /** Checks the length, and the alphabet of the first {@code checkedCharacters} characters. */
    private static void requireShape(String code, int checkedCharacters) {
        if (code == null || code.isEmpty()) {
            throw new InvalidUsccException(
                    code, InvalidUsccException.Reason.LENGTH, Message.of("a-uscc-is-required"), null);
        }
        if (code.length() != LENGTH) {
            throw new InvalidUsccException(
                    code,
                    InvalidUsccException.Reason.LENGTH,
                    Message.of("a-uscc-has-characters-has", code, code.length()),
                    null);
        }
        for (int i = 0; i < checkedCharacters; i++) {
            char c = code.charAt(i);
            if (ALPHABET.indexOf(c) < 0) {
                throw new InvalidUsccException(
                        code,
                        InvalidUsccException.Reason.ALPHABET,
                        Message.of("character-at-position-of-is-not", c, (i + 1), code, ALPHABET),
                        null);
            }
        }
    }

    @Override
    public int compareTo(Uscc other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
