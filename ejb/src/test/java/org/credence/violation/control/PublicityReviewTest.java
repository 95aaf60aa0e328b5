package org.credence.violation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.credence.platform.jdbc.Jdbc;
import org.credence.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** Records stored under the severity rule keep their period until reclassified; the review lists those that would change. */
class PublicityReviewTest {

    static final LocalDate DECIDED = LocalDate.of(2026, 3, 15);

    @Test
    void aHeavyNoticeOfCriticismStoredForThreeYearsIsListedAndReclassifiedToThreeMonths() throws SQLException {
        TestDatabase db = new TestDatabase();
        try (Connection c = db.connection()) {
            long b = db.business(c, 1);
            long criticism = db.record(c, b, "FALSE_ADVERTISING", "HEAVY", DECIDED); // stored with 36 months, as before
            Jdbc.update(c, "update credit_record set penalty_type = 'NOTICE_OF_CRITICISM' where id = ?", criticism);
            long fine = db.record(c, b, "FALSE_ADVERTISING", "ORDINARY", DECIDED);
            Jdbc.update(c, "update credit_record set penalty_type = 'FINE', penalty_amount = 20000 where id = ?", fine);
            long unknown = db.record(c, b, "FALSE_ADVERTISING", "HEAVY", DECIDED); // no penalty type: nothing to review

            List<PublicityReview.Reclassification> pending = PublicityReview.pending(c, Map.of(), null, 100);
            assertEquals(
                    List.of(criticism),
                    pending.stream().map(PublicityReview.Reclassification::id).toList());
            assertEquals(DECIDED.plusMonths(36), pending.get(0).storedEnd());
            assertEquals(DECIDED.plusMonths(3), pending.get(0).newEnd());
            assertEquals(List.of(), PublicityReview.pending(c, Map.of(), "CAC", 100), "by agency");

            // an agency whose small-fine ceiling is above 20,000 would shorten the fine too
            assertEquals(
                    2,
                    PublicityReview.pending(c, Map.of("SAMR", new BigDecimal("50000")), null, 100)
                            .size());

            PublicityReview.apply(c, PublicityReview.of(c, criticism, Map.of()));
            assertEquals(
                    DECIDED.plusMonths(3),
                    Jdbc.one(
                            c,
                            "select publicity_end from credit_record where id = ?",
                            rs -> rs.getDate(1).toLocalDate(),
                            criticism));
            assertNull(PublicityReview.of(c, criticism, Map.of()), "nothing more to change");
            assertEquals(List.of(), PublicityReview.pending(c, Map.of(), null, 100));
            assertNull(PublicityReview.of(c, unknown, Map.of()));
        }
    }

    @Test
    void theMigrationGivesEveryAgencyTheDocumentedDefaultCeiling() throws SQLException {
        TestDatabase db = new TestDatabase();
        try (Connection c = db.connection()) {
            assertEquals(
                    Integer.valueOf(0),
                    Jdbc.one(
                            c,
                            "select count(*) from agency a where not exists (select 1 from agency_publicity_rule r"
                                    + " where r.agency_id = a.id and r.small_fine_max = 3000 and r.is_default = true)",
                            rs -> rs.getInt(1)));
        }
    }
}
