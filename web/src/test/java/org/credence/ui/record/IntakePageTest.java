package org.credence.ui.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.credence.platform.FieldError;
import org.junit.jupiter.api.Test;

class IntakePageTest {

    @Test
    void theErrorReportIsCsvWithOneRowPerRefusedLineQuotedWhereNeeded() {
        String csv = IntakePage.errorCsv(List.of(new FieldError(3L, "uscc", "should end in 3, not Z"),
                new FieldError(7L, "decisionDate", "must be an ISO date, \"2026-13-01\" is not")));
        assertEquals("\ufeffline,field,message\r\n3,uscc,\"should end in 3, not Z\"\r\n"
                + "7,decisionDate,\"must be an ISO date, \"\"2026-13-01\"\" is not\"\r\n", csv);
    }
}
