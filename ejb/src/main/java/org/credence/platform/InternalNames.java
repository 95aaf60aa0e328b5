package org.credence.platform;

import java.util.regex.Pattern;

/**
 * Keeps the server's insides out of what callers read: a library's message that names a Java class
 * ({@code Illegal cron expression format (java.lang.NumberFormatException: For input string: "9x")})
 * keeps its words and loses the class names.
 */
public final class InternalNames {

    /** A qualified class name (two or more lower-case package segments, then a capitalised name) and its colon. */
    private static final Pattern QUALIFIED = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.){2,}[A-Z][\\w$]*(?::\\s*)?");

    private InternalNames() {}

    /** The text without qualified class names; null stays null. */
    public static String scrubbed(String text) {
        if (text == null || !QUALIFIED.matcher(text).find()) {
            return text;
        }
        String words = QUALIFIED.matcher(text).replaceAll("");
        return words.replace("()", "")
                .replaceAll("\\(\\s+", "(")
                .replaceAll("\\s{2,}", " ")
                .strip();
    }

    /** Whether the text names a Java class. */
    public static boolean names(String text) {
        return text != null && QUALIFIED.matcher(text).find();
    }
}
