package org.credence.api.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void everyAnswerRefusesSniffingAndFramesAndPagesLoadFromThisSiteOnly() {
        Map<String, String> page = SecurityHeaders.of("/app/plan.xhtml", false);
        assertEquals("nosniff", page.get("X-Content-Type-Options"));
        assertEquals("DENY", page.get("X-Frame-Options"));
        assertTrue(page.get("Content-Security-Policy").contains("default-src 'self'"));
        assertTrue(page.get("Content-Security-Policy").contains("frame-ancestors 'none'"));
        assertTrue(SecurityHeaders.of("/api/v1/plans", false)
                .get("Content-Security-Policy")
                .startsWith("default-src 'none'"));
    }

    @Test
    void hstsOnlyOverHttps() {
        assertFalse(SecurityHeaders.of("/index.xhtml", false).containsKey("Strict-Transport-Security"));
        assertTrue(SecurityHeaders.of("/index.xhtml", true)
                .get("Strict-Transport-Security")
                .startsWith("max-age="));
    }
}
