package org.credence.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.ejb.EJBException;
import java.util.Locale;
import org.credence.platform.Message;
import org.credence.platform.RuleViolationException;
import org.junit.jupiter.api.Test;

class PlanDrawJobTest {

    @Test
    void aRefusalWrappedByTheContainerIsRecordedAsItsOwnMessage() {
        Message why = Message.of("draw-has-not-been-drawn-yet", "2027-P0001-001");
        EJBException wrapped = new EJBException(new RuleViolationException("some-rule", why));

        Message reason = PlanDrawJob.reasonOf(wrapped);

        assertEquals(why, reason);
        assertEquals("Draw 2027-P0001-001 has not been drawn yet.", reason.english());
    }

    @Test
    void anyOtherFailureIsAnInternalErrorInBothLanguagesWithoutTheExceptionsText() {
        IllegalStateException failure = new IllegalStateException(
                "org.postgresql.util.PSQLException: ERROR: relation \"draw_target\" does not exist");

        Message reason = PlanDrawJob.reasonOf(failure);

        assertEquals("draw-failed-internally", reason.key());
        assertFalse(reason.english().contains("PSQLException"), reason.english());
        assertFalse(reason.in(Locale.SIMPLIFIED_CHINESE).contains("PSQLException"));
        assertFalse(
                reason.in(Locale.SIMPLIFIED_CHINESE).equals(reason.english()),
                "written in Chinese too: " + reason.in(Locale.SIMPLIFIED_CHINESE));
    }
}
