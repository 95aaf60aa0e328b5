package org.credence.credit.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.credence.business.entity.InvalidUsccException;
import org.credence.business.entity.Uscc;
import org.credence.credit.control.Snapshots;
import org.credence.platform.CredenceException;
import org.credence.platform.jdbc.Jdbc;
import org.credence.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** The one-statement lookup of a business's current result, and why it finds nothing when it does. */
class CreditScoresTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 2, 0);

    @Test
    void theLatestSnapshotOnTheDateUnderTheModelInForceWithTheLastFullRunAsItsConfirmation() throws SQLException {
        TestDatabase db = new TestDatabase();
        try (Connection c = db.connection()) {
            long b = db.business(c, 1);
            Uscc uscc = uscc(c, b);
            snapshot(c, b, 610, "B", LocalDate.of(2026, 10, 1), "NO_LICENCE");
            snapshot(c, b, 720, "A", LocalDate.of(2026, 11, 1), null);
            snapshot(c, b, 480, "D", LocalDate.of(2026, 12, 1), null);

            CreditView now = current(c, uscc, null, null);
            assertEquals(
                    List.of(720, "A", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 1), 1L, "SAMR", List.of()),
                    List.of(
                            now.score(),
                            now.grade(),
                            now.since(),
                            now.asOf(),
                            now.model().id(),
                            now.model().agency(),
                            now.vetoes()));

            CreditView october = current(c, uscc, 1L, LocalDate.of(2026, 10, 15));
            assertEquals(
                    List.of(610, "B", List.of("NO_LICENCE")),
                    List.of(october.score(), october.grade(), october.vetoes()));

            fullRun(c, LocalDate.of(2026, 11, 20), "COMPLETED");
            fullRun(c, LocalDate.of(2026, 11, 22), "FAILED");
            CreditView confirmed = current(c, uscc, null, null);
            assertEquals(LocalDate.of(2026, 11, 1), confirmed.since());
            assertEquals(LocalDate.of(2026, 11, 20), confirmed.asOf(), "confirmed by the last completed full run");
        }
    }

    @Test
    void nothingFoundSaysWhy() throws SQLException {
        TestDatabase db = new TestDatabase();
        try (Connection c = db.connection()) {
            long scored = db.business(c, 1);
            long unscored = db.business(c, 2);
            snapshot(c, scored, 700, "A", LocalDate.of(2026, 11, 1), null);
            Uscc registered = uscc(c, scored);
            Uscc unknown = Uscc.key(new org.credence.setup.control.SyntheticPopulation(7, 1000)
                    .business(3)
                    .uscc());

            assertEquals("not-scored", problem(c, uscc(c, unscored), null, null));
            assertEquals(
                    "not-scored", problem(c, registered, null, LocalDate.of(2026, 10, 31)), "nothing yet on that date");
            assertEquals("unknown-business", problem(c, unknown, null, null));
            assertThrows(InvalidUsccException.class, () -> Uscc.key("not-a-code"), "no key: the lookup is not reached");
            // a key of the right shape that nothing is registered under, with a wrong check character: no USCC
            InvalidUsccException wrongCheck = assertThrows(
                    InvalidUsccException.class, () -> current(c, Uscc.key("91350100M000100Y44"), null, null));
            assertEquals(InvalidUsccException.Reason.CHECK_CHARACTER, wrongCheck.reason());
            assertEquals("model-not-found", problem(c, registered, 99L, null));
            assertEquals("unknown-business", problem(c, unknown, 99L, null), "the business is named first");
            assertEquals("no-model-in-force", problem(c, registered, null, LocalDate.of(2025, 6, 1)));
        }
    }

    @Test
    void aCheckedLookupFindsTheModelInForceInTheSameStatementAndChecksItBeforeTheBusiness() throws SQLException {
        TestDatabase db = new TestDatabase();
        try (Connection c = db.connection()) {
            long scored = db.business(c, 1);
            snapshot(c, scored, 700, "A", LocalDate.of(2026, 11, 1), "NO_LICENCE");
            Uscc registered = uscc(c, scored);
            Uscc unknown = Uscc.key(new org.credence.setup.control.SyntheticPopulation(7, 1000)
                    .business(3)
                    .uscc());
            List<Long> checked = new java.util.ArrayList<>();

            CreditView plain = current(c, registered, null, null);
            CreditView viaCheck =
                    CreditView.of(Snapshots.latest(c, registered, null, null, TODAY, false, checked::add));
            assertEquals(plain, viaCheck, "the same answer as the lookup without a check");
            assertEquals(List.of(plain.model().id()), checked, "the check saw the model in force");

            class Refused extends RuntimeException {}
            Snapshots.ModelCheck refuse = id -> {
                throw new Refused();
            };
            assertThrows(Refused.class, () -> Snapshots.latest(c, registered, null, null, TODAY, false, refuse));
            assertThrows(
                    Refused.class,
                    () -> Snapshots.latest(c, unknown, null, null, TODAY, false, refuse),
                    "refused whatever code was sent: nothing said of the business");
            assertEquals(
                    "unknown-business",
                    assertThrows(
                                    CredenceException.class,
                                    () -> Snapshots.latest(c, unknown, null, null, TODAY, false, checked::add))
                            .kind());
            LocalDate beforeAnyModel = LocalDate.of(2025, 6, 1);
            assertEquals(
                    "no-model-in-force",
                    assertThrows(
                                    CredenceException.class,
                                    () -> Snapshots.latest(c, unknown, null, beforeAnyModel, TODAY, false, refuse))
                            .kind(),
                    "no model in force is said first, and the check is not reached");
        }
    }

    private static String problem(Connection c, Uscc uscc, Long model, LocalDate on) {
        return assertThrows(CredenceException.class, () -> current(c, uscc, model, on))
                .kind();
    }

    private static Uscc uscc(Connection c, long business) throws SQLException {
        return Uscc.key(Jdbc.one(c, "select uscc from business where id = ?", rs -> rs.getString(1), business));
    }

    private static void snapshot(Connection c, long business, int score, String grade, LocalDate asOf, String vetoes)
            throws SQLException {
        Jdbc.insert(
                c,
                "insert into credit_score (model_id, business_id, run_id, as_of, score, grade, threshold_grade,"
                        + " vetoes, computed_at) values (1, ?, 1, ?, ?, ?, ?, ?, ?)",
                business,
                asOf,
                score,
                grade,
                grade,
                vetoes,
                NOW);
    }

    private static void fullRun(Connection c, LocalDate asOf, String status) throws SQLException {
        Jdbc.update(
                c,
                "insert into credit_run (id, kind, trigger_kind, status, as_of, total, processed, changed,"
                        + " requested_by, requested_at) values ((select coalesce(max(id), 0) + 1 from credit_run), 'FULL',"
                        + " 'MANUAL', ?, ?, 1, 1, 0, 'test', ?)",
                status,
                asOf,
                NOW);
    }

    /** The lookup as {@code SharedCredit} makes it. */
    private static CreditView current(Connection c, Uscc uscc, Long model, LocalDate on) throws SQLException {
        return CreditView.of(Snapshots.latest(c, uscc, model, on, TODAY, false));
    }
}
