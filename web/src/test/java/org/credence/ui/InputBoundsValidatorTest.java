package org.credence.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.credence.platform.Message;
import org.junit.jupiter.api.Test;

class InputBoundsValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    private static String key(Object value, boolean multiLine) {
        return InputBoundsValidator.problem(value, multiLine, TODAY)
                .map(Message::key)
                .orElse("ok");
    }

    @Test
    void formsTakeTheSameBoundsAsTheApi() {
        assertEquals("input.date-too-early", key(LocalDate.of(1900, 1, 1), false));
        assertEquals("input.date-too-late", key(LocalDate.of(2037, 1, 1), false));
        assertEquals("ok", key(LocalDate.of(2027, 1, 1), false));
        assertEquals("input.only-spaces", key("\u00A0\u3000", false));
        assertEquals("input.control-characters", key("a\nb", false));
        assertEquals("ok", key("a\r\nb", true));
        assertEquals("input.bidi-controls", key("a\u202Eb", true));
        assertEquals("ok", key("", false));
        assertEquals(Optional.empty(), InputBoundsValidator.problem(42, false, TODAY));
    }
}
