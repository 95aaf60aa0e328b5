package org.credence.platform;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A sentence for a person, kept as a key of the refusals bundle and its arguments so that it can be
 * written in the reader's language when it is shown ({@link Refusals}). Arguments keep their type:
 * a date is written as a date, an enumeration constant through its label, a list item by item, a
 * {@link Percent} as the percentage people type, a nested message in the same language.
 */
public record Message(String key, List<Object> args) implements Serializable {

    public Message {
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }

    /** The text in English, the default language of the API and the logs. */
    public String english() {
        return Refusals.text(this, Locale.ENGLISH);
    }

    /** The text in the reader's language (Chinese for any {@code zh} locale, English otherwise). */
    public String in(Locale locale) {
        return Refusals.text(this, locale);
    }

    @Override
    public String toString() {
        return english();
    }

    /** A ratio stored in basis points, written as the percentage people type (5000 is 50 %). */
    public record Percent(long basisPoints) implements Serializable {}

    /**
     * A value of a coded set kept as text (a status, a kind), written through its label
     * {@code value.<type>.<code>}; an unknown code is written as it is.
     */
    public record Value(String type, String code) implements Serializable {}

    /** Several values of a coded set, as {@link Value}s in the given order. */
    public static List<Value> values(String type, String... codes) {
        return Arrays.stream(codes).map(code -> new Value(type, code)).toList();
    }
}
