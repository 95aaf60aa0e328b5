package org.credence.violation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import org.credence.setup.control.SyntheticPopulation;
import org.credence.testing.TestDatabase;
import org.credence.violation.control.RecordValidator.CategoryRule;
import org.credence.violation.entity.Polarity;
import org.credence.violation.entity.RecordSubmission;
import org.junit.jupiter.api.Test;

/**
 * A dry run takes none of the locks a stored intake needs: an upload running beside a long dry run
 * stores its records at once instead of waiting for the dry run to end (it used to wait on the change
 * log's counter, which the dry run locked until its rollback).
 */
class DryRunLocksTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final LocalDateTime NOW = TODAY.atTime(10, 0);
    private static final RecordValidator VALIDATOR = new RecordValidator(
            Map.of(
                    "FALSE_ADVERTISING",
                    new CategoryRule(2, "FALSE_ADVERTISING", Polarity.NEGATIVE, false, Set.of("SAMR"))),
            Map.of("SAMR", 1L),
            "SAMR",
            TODAY);

    private static RecordSubmission record(int business, String sourceId) {
        return new RecordSubmission(
                new SyntheticPopulation(7, 1000).business(business).uscc(),
                "SAMR",
                "FALSE_ADVERTISING",
                "ORDINARY",
                "京市监罚〔2026〕" + sourceId,
                "2026-05-01",
                "广告法第五十五条",
                "FINE",
                new BigDecimal("20000"),
                sourceId);
    }

    @Test
    void anUploadBesideAnOpenDryRunIsStoredWithoutWaiting() throws Exception {
        TestDatabase db = new TestDatabase();
        try (Connection setup = db.connection()) {
            db.business(setup, 1);
            db.business(setup, 2);
            setup.commit();
        }
        try (Connection dry = db.connection();
                Connection upload = db.connection()) {
            IntakeRun dryRun = new IntakeRun(dry, VALIDATOR, "samr-admin", NOW, true, true, false);
            dryRun.add(1, record(1, "dry-1"));
            IntakeReport checked = dryRun.finish();
            assertEquals(1, checked.created());
            assertFalse(checked.written());
            // the dry run's transaction is still open, as while a long file is checked
            try (Statement s = upload.createStatement()) {
                s.execute("set lock_timeout 1000");
            }
            IntakeRun stored = new IntakeRun(upload, VALIDATOR, "samr-admin", NOW, false, true, false);
            stored.add(1, record(2, "real-1"));
            IntakeReport report = stored.finish();
            upload.commit();
            assertEquals(1, report.created());
            dry.rollback();
        }
    }
}
