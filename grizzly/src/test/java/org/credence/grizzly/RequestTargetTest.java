package org.credence.grizzly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.credence.grizzly.RequestTarget.Refusal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The targets Payara 6.2025.10's container refused, or let through, when sent to it one by one (each
 * char below is one byte on the wire; \xNN written as the char U+00NN).
 */
class RequestTargetTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = ' ',
            value = {
                "/credence/api/v1/credit/%00 NUL",
                "/credence/api/v1/credit/a%00b NUL",
                "/credence/api/v1/me;x=%00 NUL",
                "http://localhost/credence/api/v1/%00 NUL",
                "/credence/api/v1/businesses/a%5Cb BACKSLASH",
                "/credence/api/v1/businesses/a%5cb BACKSLASH",
                "/credence/api/v1/businesses/a\\b BACKSLASH",
                "/credence/api/v1/businesses/%zz BAD_ESCAPE",
                "/credence/api/v1/businesses/% BAD_ESCAPE",
                "/credence/api/v1/businesses/%2 BAD_ESCAPE",
                "/credence/api/v1/businesses/x%4 BAD_ESCAPE",
                "/credence/api/v1/businesses/%u0041 BAD_ESCAPE",
                "/credence/api/v1/businesses/%%30%30 BAD_ESCAPE",
                "/credence/api/v1/me;x=%zz BAD_ESCAPE",
                "/credence/api/v1/businesses/%C0%AF NOT_UTF8",
                "/credence/api/v1/businesses/%FF NOT_UTF8",
                "/credence/api/v1/businesses/%E2%82 NOT_UTF8",
                "/credence/api/v1/businesses/%C2 NOT_UTF8",
                "/credence/api/v1/businesses/%ED%A0%80 NOT_UTF8",
                "/credence/api/v1/businesses/%F4%90%80%80 NOT_UTF8",
                "/credence/api/v1/businesses/%f8%88%80%80%80 NOT_UTF8",
                "/credence/api/v1/../../../../etc/passwd ABOVE_ROOT",
                "/credence/api/v1/%2e%2e/%2e%2e/%2e%2e/%2e%2e/x ABOVE_ROOT",
                "/credence/..%2F..%2Fetc ABOVE_ROOT",
                "/credence/../.. ABOVE_ROOT",
                "/%00 NUL",
                "foo NOT_ABSOLUTE",
            })
    void targetsTheContainerRefuses(String target, Refusal refusal) {
        assertEquals(refusal, RequestTarget.refusal("GET", target));
        assertEquals(400, refusal.status());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/credence/api/v1/businesses/a%2Fb",
                "/credence/api/v1/businesses/a%2fb",
                "/credence/api/v1/credit/..%2F..%2Fetc",
                "/credence/api/v1/businesses/%EF%BF%BF",
                "/credence/api/v1/businesses/%e7%bd%91",
                "/credence/api/v1/businesses/%F0%9F%98%80",
                "/credence/api/v1/businesses/%C2%80",
                "/credence/api/v1/businesses/%25",
                "/credence/api/v1/businesses/%2B",
                "/credence/api/v1/businesses/%20",
                "/credence/api/v1/businesses/%7F",
                "/credence/api/v1/businesses/%0A",
                "/credence/api/v1/businesses/..",
                "/credence/api/v1/businesses/.%2e/.%2e/.%2e",
                "/credence/api/v1/businesses/%2e%2e/%2e%2e/%2e%2e/%2e%2e",
                "/credence/..",
                "/credence/./api/v1/me",
                "/credence/api/v1/me/.",
                "//credence/api/v1/me",
                "/credence/api/v1/me;jsessionid=x",
                "/credence/api/v1/me%3F",
                "/credence/api/v1/%7e",
                "http://localhost/credence/api/v1/me",
                "http://localhost:8080",
                "*",
                "/",
            })
    void targetsTheContainerTakes(String target) {
        assertNull(RequestTarget.refusal("GET", target));
        assertNull(RequestTarget.refusal("POST", target));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/credence/api/v1/businesses/\u00e7\u00bd\u0091", "/credence/api/v1/businesses/a\u0001b"})
    void rawBytesThatAreUtf8OrControlCharactersReachTheApplication(String target) {
        assertNull(RequestTarget.refusal("GET", target));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/credence/api/v1/businesses/\u00ff", "/credence/api/v1/businesses/\u00c0\u00af"})
    void rawBytesThatAreNotUtf8AreRefused(String target) {
        assertEquals(Refusal.NOT_UTF8, RequestTarget.refusal("GET", target));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/credence/api/v1/businesses", "*", "/credence/api/v1/%00"})
    void traceIsRefusedWhateverTheTarget(String target) {
        assertEquals(Refusal.TRACE, RequestTarget.refusal("TRACE", target));
        assertEquals(405, Refusal.TRACE.status());
    }
}
