package org.credence.api.security;

import static org.credence.api.security.BrowserCredentials.Verdict.ALLOWED;
import static org.credence.api.security.BrowserCredentials.Verdict.CONTENT_TYPE;
import static org.credence.api.security.BrowserCredentials.Verdict.ORIGIN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BrowserCredentialsTest {

    private static final String BASIC = "Basic c2Ftci1hZG1pbjpzYW1yLWFkbWlu";
    private static final List<String> CSV = List.of("text/csv", "text/plain");
    private static final List<String> JSON = List.of("application/json");

    private static BrowserCredentials.Verdict post(
            String authorization, String type, List<String> declared, String origin, String fetchSite) {
        return BrowserCredentials.check(
                "POST",
                authorization,
                type,
                declared,
                origin,
                fetchSite,
                "credence.example:8080",
                Set.of("https://portal.example.gov.cn"));
    }

    @Test
    void aFormOrPlainTextOrBodilessPostWithAPasswordIsRefused() {
        assertEquals(CONTENT_TYPE, post(BASIC, "text/plain", CSV, null, null));
        assertEquals(CONTENT_TYPE, post(BASIC, "application/x-www-form-urlencoded", JSON, null, null));
        assertEquals(CONTENT_TYPE, post(BASIC, "multipart/form-data; boundary=x", JSON, null, null));
        assertEquals(CONTENT_TYPE, post(BASIC, null, List.of(), null, null));
        assertEquals(CONTENT_TYPE, post(BASIC, "text/csv", JSON, null, null), "a type the operation does not declare");
    }

    @Test
    void jsonAndCsvAsDeclaredPassFromThisSiteOrAnAllowedOrigin() {
        assertEquals(ALLOWED, post(BASIC, "application/json; charset=UTF-8", JSON, null, null));
        assertEquals(
                ALLOWED, post(BASIC, "application/json", List.of(), null, null), "a body-less operation takes JSON");
        assertEquals(ALLOWED, post(BASIC, "text/csv", CSV, "http://credence.example:8080", "same-origin"));
        assertEquals(ALLOWED, post(BASIC, "application/json", JSON, "https://portal.example.gov.cn", "cross-site"));
        assertEquals(
                ALLOWED,
                post(BASIC, "application/pdf", List.of("*/*"), null, null),
                "evidence: a declared non-form type");
    }

    @Test
    void anotherSitesPageIsRefusedByItsOriginOrItsFetchSite() {
        assertEquals(ORIGIN, post(BASIC, "application/json", JSON, "https://evil.example", "cross-site"));
        assertEquals(ORIGIN, post(BASIC, "application/json", JSON, "null", null));
        assertEquals(ORIGIN, post(BASIC, "application/json", JSON, null, "cross-site"));
        assertEquals(ORIGIN, post(BASIC, "application/json", JSON, "http://credence.example:8080.evil.example", null));
    }

    @Test
    void tokensAndReadsAreNotChecked() {
        assertEquals(ALLOWED, post("Bearer eyJ...", "text/plain", CSV, "https://evil.example", "cross-site"));
        assertEquals(
                ALLOWED,
                BrowserCredentials.check(
                        "GET",
                        BASIC,
                        null,
                        List.of(),
                        "https://evil.example",
                        "cross-site",
                        "credence.example:8080",
                        Set.of()));
        assertEquals(
                ALLOWED, post(null, "text/plain", CSV, "https://evil.example", null), "no credentials: refused anyway");
    }

    @Test
    void aBodilessDeleteOrPutNeedsNoContentTypeButStillItsOwnOrigin() {
        // a browser sends these to another site only after a preflight the API never grants
        assertEquals(
                ALLOWED,
                BrowserCredentials.check(
                        "DELETE", BASIC, null, List.of(), null, null, "credence.example:8080", Set.of()));
        assertEquals(
                ORIGIN,
                BrowserCredentials.check(
                        "DELETE",
                        BASIC,
                        null,
                        List.of(),
                        "https://evil.example",
                        null,
                        "credence.example:8080",
                        Set.of()));
        assertEquals(
                CONTENT_TYPE, post(BASIC, null, List.of(), null, null), "a body-less POST still declares its type");
    }
}
