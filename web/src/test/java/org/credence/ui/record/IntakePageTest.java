package org.credence.ui.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.credence.overview.boundary.Overview;
import org.credence.violation.entity.RecordSubmission;
import org.credence.web.Language;
import org.junit.jupiter.api.Test;

class IntakePageTest {

    @Test
    void everyColumnOfTheFileIsListedInOrderWithWhatItTakesInTheReadersLanguage() {
        IntakePage page = new IntakePage();
        page.language = new Language();
        List<IntakePage.ColumnRule> columns = page.getColumns();
        assertEquals(
                Arrays.asList(RecordSubmission.CSV_HEADER),
                columns.stream().map(IntakePage.ColumnRule::name).toList());
        IntakePage.ColumnRule severity = columns.get(3);
        assertTrue(
                severity.values().contains(new IntakePage.AllowedValue("MINOR", "轻微")),
                severity.values().toString());
        assertFalse(
                severity.rule().contains("MINOR"),
                "the codes are listed as codes, not in the sentence: " + severity.rule());
        assertFalse(severity.required(), "a positive record has none");
        assertTrue(columns.get(5).rule().contains("2026-03-31"), "the date format");
        assertTrue(columns.get(0).required());
        assertTrue(
                columns.get(7).values().contains(new IntakePage.AllowedValue("NOTICE_OF_CRITICISM", "通报批评")),
                columns.get(7).values().toString());
    }

    @Test
    void thePageFollowsOnlyTheViewersOwnIntakeStillUnderWay() {
        LocalDateTime now = LocalDateTime.of(2026, 12, 4, 8, 0);
        Overview.Job othersIntake = job("INTAKE", "cac-admin", "RUNNING", false);
        Overview.Job draw = job("DRAW", "samr-admin", "RUNNING", false);
        Overview.Job finished = job("INTAKE", "samr-admin", "COMPLETED", false);
        Overview.Job stalled = job("INTAKE", "samr-admin", "RUNNING", true);
        Overview.Job mine = new Overview.Job(
                "INTAKE", "records.csv", "samr-admin", now, now, 10, 100L, "RUNNING", null, null, null, false);
        assertEquals(mine, IntakePage.underWay(List.of(othersIntake, draw, finished, stalled, mine), "samr-admin"));
        assertEquals(
                null,
                IntakePage.underWay(List.of(othersIntake, draw, finished, stalled), "samr-admin"),
                "another person's intake, a draw, a finished or a stalled intake is not followed");
    }

    private static Overview.Job job(String kind, String by, String status, boolean stalled) {
        LocalDateTime at = LocalDateTime.of(2026, 12, 4, 7, 0);
        return new Overview.Job(kind, "CSV (API)", by, at, at, 0, null, status, null, null, null, stalled);
    }
}
