package org.credence.platform;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The bounds every value a caller sends must keep, whichever way it comes in (JSON, query, file,
 * form): dates in a sane range, text without control characters or bidirectional overrides, a name
 * of nothing but spaces taken as blank, and file names reduced to a safe form. Pure, so that the API,
 * the interface and the intake apply the same rules.
 */
public final class InputBounds {

    /** The founding of the People's Republic: no decision, plan or publicity date lies before it. */
    public static final LocalDate EARLIEST = LocalDate.of(1949, 10, 1);

    /** How far ahead a date may lie (a plan's date, an expiry, a day asked about). */
    public static final int YEARS_AHEAD = 10;

    /** The longest evidence file name kept. */
    public static final int MAX_FILE_NAME = 120;

    private InputBounds() {}

    /** Why the date is out of range, or empty when it lies between {@link #EARLIEST} and {@link #YEARS_AHEAD} years after today. */
    public static Optional<Message> date(LocalDate date, LocalDate today) {
        if (date == null) {
            return Optional.empty();
        }
        if (date.isBefore(EARLIEST)) {
            return Optional.of(Message.of("input.date-too-early", EARLIEST));
        }
        LocalDate latest = today.plusYears(YEARS_AHEAD);
        if (date.isAfter(latest)) {
            return Optional.of(Message.of("input.date-too-late", latest, YEARS_AHEAD));
        }
        return Optional.empty();
    }

    /** The date, or a refusal naming {@code field} when it is out of range. */
    public static LocalDate checkedDate(String field, LocalDate date, LocalDate today) {
        Optional<Message> wrong = date(date, today);
        if (wrong.isPresent()) {
            throw new InvalidRequestException(field, wrong.get());
        }
        return date;
    }

    /**
     * Why the text may not be taken, or empty: control characters (C0, DEL, C1; tab, carriage return and
     * line feed only in multi-line free text) and bidirectional embeddings, overrides and isolates,
     * which make a name read differently from what it is.
     */
    public static Optional<Message> text(String value, boolean multiLine) {
        if (value == null) {
            return Optional.empty();
        }
        boolean control = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isBidiControl(c)) {
                return Optional.of(Message.of("input.bidi-controls"));
            }
            if (Character.isISOControl(c) && !(multiLine && (c == '\n' || c == '\r' || c == '\t'))) {
                control = true;
            }
        }
        return control ? Optional.of(Message.of("input.control-characters")) : Optional.empty();
    }

    /** The text, or a refusal naming {@code field}. */
    public static String checkedText(String field, String value, boolean multiLine) {
        Optional<Message> wrong = text(value, multiLine);
        if (wrong.isPresent()) {
            throw new InvalidRequestException(field, wrong.get());
        }
        return value;
    }

    /** U+202A-U+202E (embeddings, overrides) and U+2066-U+2069 (isolates). */
    public static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /**
     * True for null and for text of nothing but spaces of any kind: ASCII white space, the no-break
     * space U+00A0, the ideographic space U+3000, the other Unicode spaces, and the zero-width space and
     * byte-order mark that show as nothing.
     */
    public static boolean isBlank(String value) {
        if (value == null) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            if (!isSpace(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    /**
     * An evidence file's name in a form safe to store, show and offer as a download: the last part of
     * a path, NFC, without control or bidirectional characters, characters that are not letters, digits,
     * spaces or {@code . _ - ( )} replaced by {@code _}, no leading dots, at most {@link #MAX_FILE_NAME}
     * characters with the extension kept; {@code evidence} when nothing is left.
     */
    public static String safeFileName(String name) {
        if (name == null) {
            return "evidence";
        }
        String n = Normalizer.normalize(name, Normalizer.Form.NFC);
        int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        n = n.substring(slash + 1);
        StringBuilder safe = new StringBuilder();
        n.codePoints().forEach(cp -> {
            if (cp < 0x10000 && (isBidiControl((char) cp) || Character.isISOControl(cp))) {
                return;
            }
            if (Character.isLetterOrDigit(cp) || cp == '.' || cp == '_' || cp == '-' || cp == '(' || cp == ')') {
                safe.appendCodePoint(cp);
            } else if (Character.isSpaceChar(cp) || Character.isWhitespace(cp)) {
                safe.append(' ');
            } else {
                safe.append('_');
            }
        });
        String s = safe.toString()
                .replaceAll(" {2,}", " ")
                .replaceAll("_{2,}", "_")
                .strip();
        s = s.replaceFirst("^[. ]+", "");
        if (s.codePointCount(0, s.length()) > MAX_FILE_NAME) {
            int dot = s.lastIndexOf('.');
            String extension = dot > 0 && s.length() - dot <= 10 ? s.substring(dot) : "";
            String stem = s.substring(0, s.length() - extension.length());
            int keep = MAX_FILE_NAME - extension.length();
            stem = stem.substring(0, stem.offsetByCodePoints(0, Math.min(keep, stem.codePointCount(0, stem.length()))));
            s = stem.strip() + extension;
        }
        return s.isEmpty() || s.chars().allMatch(c -> c == '.' || c == '_') ? "evidence" : s;
    }
}
