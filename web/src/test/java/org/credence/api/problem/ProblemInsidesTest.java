package org.credence.api.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.credence.platform.FieldError;
import org.junit.jupiter.api.Test;

/** No problem document names a class of the server's insides, whatever message a library gave. */
class ProblemInsidesTest {

    @Test
    void detailAndErrorsLoseClassNames() {
        assertEquals(
                "cron: Illegal cron expression format (For input string: \"9x\")",
                ProblemText.detail(
                        "cron: Illegal cron expression format (java.lang.NumberFormatException: For input string: \"9x\")"));
        List<FieldError> errors = ProblemText.errors(
                List.of(new FieldError(null, "cron", "java.lang.IllegalStateException: unreadable", null)));
        assertEquals("unreadable", errors.get(0).message());
        assertEquals("cron", errors.get(0).field());
    }
}
