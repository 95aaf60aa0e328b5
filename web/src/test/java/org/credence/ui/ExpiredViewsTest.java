package org.credence.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExpiredViewsTest {

    @Test
    void anExpiredFormReloadsThePageItWasOnWithItsQueryButNeverAnotherSite() {
        assertEquals(
                "/credence/app/model.xhtml?id=7",
                ExpiredViews.returnTo(
                        "/credence",
                        "http://localhost:8080/credence/app/model.xhtml?id=7",
                        "/credence/app/model.xhtml"));
        assertEquals(
                "/credence/app/model.xhtml?id=7",
                ExpiredViews.returnTo(
                        "/credence",
                        "http://localhost:8080/credence/app/model.xhtml?id=7&expired=1",
                        "/credence/app/model.xhtml"),
                "expired once, not twice");
        assertEquals(
                "/credence/app/audit.xhtml",
                ExpiredViews.returnTo("/credence", "https://evil.example/elsewhere", "/credence/app/audit.xhtml"));
        assertEquals(
                "/credence/app/audit.xhtml", ExpiredViews.returnTo("/credence", null, "/credence/app/audit.xhtml"));
        assertEquals(
                "/credence/app/audit.xhtml",
                ExpiredViews.returnTo("/credence", "not a uri ^", "/credence/app/audit.xhtml"));
    }
}
