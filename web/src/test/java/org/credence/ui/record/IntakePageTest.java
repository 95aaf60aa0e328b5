package org.credence.ui.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.credence.platform.FieldError;
import org.credence.platform.Message;
import org.junit.jupiter.api.Test;

class IntakePageTest {

    @Test
    void theErrorReportIsCsvWithOneRowPerRefusedLineQuotedWhereNeeded() {
        List<FieldError> errors = List.of(
                new FieldError(3L, "uscc", Message.of("the-check-character-of-is-but", "91350100M000100Y4Z", 'Z', '3')),
                new FieldError(7L, "decisionDate", Message.of("the-first-line-must-be-exactly", "a,b", "\"c\"")));
        assertEquals("\ufeffline,field,message\r\n3,uscc,The check character of 91350100M000100Y4Z is 'Z' but should be '3'.\r\n"
                + "7,decisionDate,\"the first line must be exactly a,b but is \"\"c\"\"\"\r\n", IntakePage.errorCsv(errors, Locale.ENGLISH));
        assertEquals("\ufeffline,field,message\r\n3,uscc,91350100M000100Y4Z 的校验码是“Z”，应为“3”。\r\n"
                + "7,decisionDate,\"第一行应为 a,b，实际为 \"\"c\"\"\"\r\n", IntakePage.errorCsv(errors, Locale.SIMPLIFIED_CHINESE));
    }
}
