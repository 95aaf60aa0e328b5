package org.credence.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SignInTest {

    private static String next(String next) {
        SignIn signIn = new SignIn();
        signIn.setNext(next);
        return signIn.safeNext();
    }

    @Test
    void afterSigningInOnlyAPageOfTheApplicationIsOpenedNeverAnotherSite() {
        assertEquals("/app/audit.xhtml", next("/app/audit.xhtml"));
        assertEquals(
                "/app/business.xhtml?uscc=91110000600037341L",
                next("/app/business.xhtml?uscc=91110000600037341L"),
                "a page with its query");
        assertEquals("/app/index.xhtml", next(null));
        assertEquals("/app/index.xhtml", next("https://evil.example/app/"));
        assertEquals("/app/index.xhtml", next("//evil.example/app/x"));
        assertEquals("/app/index.xhtml", next("/app//evil.example"));
        assertEquals("/app/index.xhtml", next("/app/\\\\evil.example"));
        assertEquals("/app/index.xhtml", next("/api/v1/clients"), "pages only");
    }
}
