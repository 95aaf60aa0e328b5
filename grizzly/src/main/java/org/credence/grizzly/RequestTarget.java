package org.credence.grizzly;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether Payara's servlet container would refuse a request target before any application sees it.
 * The container decodes the path (percent escapes, then UTF-8) and normalizes it; a target it cannot
 * decode or normalize is answered with a bare 400 (or, for a broken percent escape, a bare 200 and a
 * stack trace in the log), and a TRACE with a bare 405. These rules mirror the container's
 * ({@code CoyoteAdapter.postParseRequest} and {@code normalize}, Grizzly's {@code URLDecoder}), so a
 * target they flag would never have reached the application anyway.
 */
public final class RequestTarget {

    /** Why the container would refuse a request. */
    public enum Refusal {
        /** A percent sign not followed by two hexadecimal digits. */
        BAD_ESCAPE(400),
        /** Bytes (raw or percent-encoded) that are not UTF-8. */
        NOT_UTF8(400),
        /** A NUL character. */
        NUL(400),
        /** A backslash. */
        BACKSLASH(400),
        /** A path that does not start with a slash (and is not {@code *}). */
        NOT_ABSOLUTE(400),
        /** {@code ..} segments leading above the root. */
        ABOVE_ROOT(400),
        /** The TRACE method, which the server does not allow. */
        TRACE(405);

        private final int status;

        Refusal(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** The scheme and authority of a target in absolute form ({@code http://host:8080/path}). */
    private static final Pattern ABSOLUTE_FORM = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://[^/]*");

    private RequestTarget() {}

    /**
     * Why the container would refuse this request, or {@code null} when it would not.
     *
     * @param method the request method as sent
     * @param path the request target's path as sent (no query string), each char one byte as received
     */
    public static Refusal refusal(String method, String path) {
        if ("TRACE".equals(method)) {
            return Refusal.TRACE;
        }
        Matcher absolute = ABSOLUTE_FORM.matcher(path);
        if (absolute.lookingAt()) {
            // http://host/path: the listener takes the path from it
            path = path.substring(absolute.end());
            if (path.isEmpty()) {
                return null;
            }
        }
        byte[] bytes = new byte[path.length()];
        int n = 0;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c > 0xFF) {
                return Refusal.NOT_UTF8;
            }
            if (c == '%') {
                if (i + 2 >= path.length()) {
                    return Refusal.BAD_ESCAPE;
                }
                int high = Character.digit(path.charAt(i + 1), 16);
                int low = Character.digit(path.charAt(i + 2), 16);
                if (high < 0 || low < 0 || path.charAt(i + 1) > 0x7F || path.charAt(i + 2) > 0x7F) {
                    return Refusal.BAD_ESCAPE;
                }
                bytes[n++] = (byte) (high * 16 + low);
                i += 2;
            } else {
                bytes[n++] = (byte) c;
            }
        }
        String decoded;
        try {
            decoded = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, n))
                    .toString();
        } catch (CharacterCodingException e) {
            return Refusal.NOT_UTF8;
        }
        return normalizationRefusal(decoded);
    }

    /** The container's normalization of a decoded path: what it refuses. */
    static Refusal normalizationRefusal(String decoded) {
        if (decoded.isEmpty()) {
            return Refusal.NOT_ABSOLUTE;
        }
        if (decoded.equals("*")) {
            return null;
        }
        if (decoded.indexOf('\\') >= 0) {
            return Refusal.BACKSLASH;
        }
        if (decoded.indexOf('\0') >= 0) {
            return Refusal.NUL;
        }
        if (decoded.charAt(0) != '/') {
            return Refusal.NOT_ABSOLUTE;
        }
        StringBuilder uri = new StringBuilder(decoded.replaceAll("/{2,}", "/"));
        int end = uri.length();
        if (end > 2
                && uri.charAt(end - 1) == '.'
                && (uri.charAt(end - 2) == '/' || (uri.charAt(end - 2) == '.' && uri.charAt(end - 3) == '/'))) {
            uri.append('/');
        }
        int index;
        while ((index = uri.indexOf("/./")) >= 0) {
            uri.delete(index, index + 2);
        }
        index = 0;
        while ((index = uri.indexOf("/../", index)) >= 0) {
            if (index == 0) {
                return Refusal.ABOVE_ROOT;
            }
            int previous = uri.lastIndexOf("/", index - 1);
            uri.delete(previous, index + 3);
            index = previous;
        }
        return null;
    }
}
