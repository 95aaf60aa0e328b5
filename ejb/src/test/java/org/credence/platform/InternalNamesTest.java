package org.credence.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.credence.inspection.control.PlanSchedule;
import org.junit.jupiter.api.Test;

class InternalNamesTest {

    @Test
    void classNamesLeaveTheWordsStay() {
        assertEquals(
                "Illegal cron expression format (For input string: \"99999999999\")",
                InternalNames.scrubbed(
                        "Illegal cron expression format (java.lang.NumberFormatException: For input string: \"99999999999\")"));
        assertEquals("boom", InternalNames.scrubbed("org.h2.jdbc.JdbcSQLException: boom"));
    }

    @Test
    void ordinaryTextIsUntouched() {
        assertEquals("网络交易 v1.2 at example.com, 3.5 %", InternalNames.scrubbed("网络交易 v1.2 at example.com, 3.5 %"));
        assertNull(InternalNames.scrubbed(null));
    }

    @Test
    void aCronExpressionWithAnOverlongNumberIsRefusedWithoutTheExceptionsName() {
        String problem = PlanSchedule.cronProblem("0 0 99999999999 * * ?");
        assertFalse(problem == null || problem.isBlank(), "refused");
        assertFalse(InternalNames.names(problem), problem);
    }
}
