package org.credence.api.security;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a state-changing API request carrying a person's password (HTTP Basic, which a browser may
 * send on its own) may go ahead: only with a content type the API declares for it that no other site
 * can make a browser send without asking first (so not a form's, a multipart's or {@code text/plain}),
 * and only from this site or an allowed origin when the browser names one. Access tokens are never
 * sent by a browser on its own, so requests with them are not checked.
 */
public final class BrowserCredentials {

    public enum Verdict {
        ALLOWED,
        CONTENT_TYPE,
        ORIGIN
    }

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    /** The content types a page of another site can send in a form or a simple request, without a preflight. */
    private static final Set<String> SIMPLE_TYPES =
            Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");

    private BrowserCredentials() {}

    /**
     * @param declared      the media types the resource method consumes ({@code *}{@code /*} for any); empty if none
     * @param origin        the Origin header, if any
     * @param fetchSite     the Sec-Fetch-Site header, if any
     * @param host          the Host header (the API's own authority, as the browser addressed it)
     * @param allowed       origins allowed besides this one, e.g. {@code https://portal.example.gov.cn}
     */
    public static Verdict check(
            String method,
            String authorization,
            String contentType,
            List<String> declared,
            String origin,
            String fetchSite,
            String host,
            Set<String> allowed) {
        if (method == null || SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT))) {
            return Verdict.ALLOWED;
        }
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Verdict.ALLOWED;
        }
        // POST is the only changing method a page of another site can make a browser send without a
        // preflight; PUT, PATCH and DELETE (a calendar year given back, say) need no body to be safe
        if ("POST".equalsIgnoreCase(method) && !acceptableType(contentType, declared)) {
            return Verdict.CONTENT_TYPE;
        }
        if (origin != null) {
            return sameOrigin(origin, host) || allowed.contains(origin.strip().toLowerCase(Locale.ROOT))
                    ? Verdict.ALLOWED
                    : Verdict.ORIGIN;
        }
        if (fetchSite != null
                && !List.of("same-origin", "none").contains(fetchSite.strip().toLowerCase(Locale.ROOT))) {
            return Verdict.ORIGIN;
        }
        return Verdict.ALLOWED;
    }

    static boolean acceptableType(String contentType, List<String> declared) {
        String type = mediaType(contentType);
        if (type == null || SIMPLE_TYPES.contains(type)) {
            return false;
        }
        if (declared == null || declared.isEmpty()) {
            return json(type);
        }
        for (String d : declared) {
            String accepted = mediaType(d);
            if (accepted == null) {
                continue;
            }
            if (accepted.equals("*/*")
                    || accepted.equals(type)
                    || accepted.endsWith("/*") && type.startsWith(accepted.substring(0, accepted.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean json(String type) {
        return type.equals("application/json") || type.startsWith("application/") && type.endsWith("+json");
    }

    private static String mediaType(String header) {
        if (header == null) {
            return null;
        }
        int semicolon = header.indexOf(';');
        String type = (semicolon < 0 ? header : header.substring(0, semicolon))
                .strip()
                .toLowerCase(Locale.ROOT);
        return type.isEmpty() || type.indexOf('/') < 1 ? null : type;
    }

    private static boolean sameOrigin(String origin, String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        try {
            URI uri = URI.create(origin.strip());
            String authority = uri.getRawAuthority();
            return authority != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && authority.equalsIgnoreCase(host.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
