package org.credence.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UploadLimitTest {

    private static final String FORM = "multipart/form-data; boundary=x";

    @Test
    void onlyTheIntakePageTakesLargeFilesAndNoPageTakesABodyOfUnknownLength() {
        assertFalse(UploadLimit.refused(FORM, "/app/intake.xhtml", 500L * 1024 * 1024));
        assertTrue(UploadLimit.refused(FORM, "/index.xhtml", 12L * 1024 * 1024), "a public page");
        assertTrue(UploadLimit.refused(FORM, "/app/assignment.xhtml", 12L * 1024 * 1024));
        assertFalse(UploadLimit.refused(FORM, "/app/assignment.xhtml", 10L * 1024 * 1024), "an evidence file");
        assertTrue(UploadLimit.refused("Multipart/Form-Data", "/signin.xhtml", -1), "unknown length");
        assertFalse(
                UploadLimit.refused("application/x-www-form-urlencoded", "/signin.xhtml", 12L * 1024 * 1024),
                "not a file upload: the container's own limits apply");
    }
}
