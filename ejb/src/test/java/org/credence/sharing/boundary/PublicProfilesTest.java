package org.credence.sharing.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import org.credence.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** The public profile shows a penalty up to the day before its publicity end, as the score counts it. */
class PublicProfilesTest {

    @Test
    void aPenaltyLeavesThePublicProfileOnItsPublicityEndDate() throws SQLException {
        TestDatabase db = new TestDatabase();
        try (Connection c = db.connection()) {
            long b = db.business(c, 1);
            LocalDate decided = LocalDate.of(2023, 3, 10);
            db.record(c, b, "IP_INFRINGEMENT", "ORDINARY", decided); // public until 2026-03-10, exclusive
            LocalDate end = decided.plusMonths(36);
            assertEquals(
                    1,
                    PublicProfiles.penaltiesInPublicity(c, b, end.minusDays(1)).size(),
                    "the last public day");
            assertTrue(
                    PublicProfiles.penaltiesInPublicity(c, b, end).isEmpty(),
                    "the publicity end is the first day it is gone");
        }
    }
}
