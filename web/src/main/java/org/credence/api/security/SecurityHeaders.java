package org.credence.api.security;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers every answer carries against other sites' pages: no content sniffing, never shown in a
 * frame, a content security policy (the pages load scripts, styles and images from this site only;
 * PrimeFaces needs inline scripts and styles; the API's answers load nothing), and HSTS on HTTPS only
 * (over plain HTTP the header is meaningless and would only confuse).
 */
public final class SecurityHeaders {

    static final String PAGE_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self';"
            + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    private SecurityHeaders() {}

    /** The headers for an answer to {@code path} (within the application), over HTTPS or not. */
    public static Map<String, String> of(String path, boolean https) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "same-origin");
        headers.put("Content-Security-Policy", path != null && path.startsWith("/api/") ? API_POLICY : PAGE_POLICY);
        if (https) {
            headers.put("Strict-Transport-Security", HSTS);
        }
        return headers;
    }
}
