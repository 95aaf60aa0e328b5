package org.credence.sharing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.credence.changes.control.Change;
import org.credence.changes.control.ChangeLogWriter;
import org.credence.changes.entity.ChangeKind;
import org.credence.credit.control.ScoringRunner;
import org.credence.platform.ConflictException;
import org.credence.platform.InvalidRequestException;
import org.credence.platform.NotPermittedException;
import org.credence.platform.Page;
import org.credence.platform.jdbc.Jdbc;
import org.credence.platform.jdbc.SqlDialect;
import org.credence.sharing.control.JointMeasures.Evaluation;
import org.credence.sharing.control.JointMeasures.Step;
import org.credence.sharing.control.MeasureStore.Case;
import org.credence.sharing.control.MeasureStore.Measure;
import org.credence.sharing.control.MeasureStore.Outcome;
import org.credence.sharing.control.MeasureStore.Trigger;
import org.credence.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** Joint measures' evaluation, step and feedback rules against H2 with every migration and the seeded catalogue. */
class JointMeasuresTest {

    static final LocalDate T = LocalDate.of(2026, 11, 22);
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 10, 0);
    static final List<String> SERIOUS =
            List.of("CAC-SL-ACCOUNT", "GACC-SL-CREDIT", "SAMR-SL-KEY-SUPERVISION", "STA-SL-TAX-CREDIT");

    private final TestDatabase db = new TestDatabase();

    @Test
    void aSeriousListEntryOpensACaseForEveryMeasureOnThatListWithOneChangeEachInTheSameTransaction()
            throws SQLException {
        try (Connection c = db.connection()) {
            long b = db.business(c, 1);
            db.listEntry(c, b, "SERIOUS_ILLEGAL", T.minusDays(3));
            c.commit();
            assertEquals(4, JointMeasures.evaluate(c, List.of(b), T, NOW).triggered());
            c.rollback();
            assertEquals(0, count(c, "select count(*) from measure_case"), "the cases are the caller's transaction's");
            assertEquals(0, count(c, "select count(*) from change_log"), "and so are their changes");

            Evaluation done = JointMeasures.evaluate(c, List.of(b), T, NOW);
            c.commit();
            assertEquals(new Evaluation(4, 0), done);
            assertEquals(SERIOUS, codes(c, b, "DUE"));
            Map<Long, Long> applyingAgencyOfCase = new HashMap<>();
            Jdbc.list(
                    c,
                    "select c.id, m.agency_id from measure_case c join joint_measure m on m.id = c.measure_id",
                    rs -> applyingAgencyOfCase.put(rs.getLong(1), rs.getLong(2)));
            List<long[]> triggered = changes(c, "MEASURE_TRIGGERED");
            assertEquals(4, triggered.size());
            for (long[] change : triggered) {
                assertEquals(b, change[1]);
                assertEquals(
                        applyingAgencyOfCase.get(change[2]), change[3], "subject = the case, agency = its measure's");
            }
            assertEquals(
                    applyingAgencyOfCase.keySet(),
                    triggered.stream().map(t -> t[2]).collect(Collectors.toSet()));
            assertEquals(Set.of(1L, 2L, 6L, 7L), Set.copyOf(applyingAgencyOfCase.values()));
        }
    }

    @Test
    void evaluatingAgainChangesNothingAndTheEndOfTheListingLiftsEveryCase() throws SQLException {
        try (Connection c = db.connection()) {
            long b = db.business(c, 1);
            long entry = db.listEntry(c, b, "SERIOUS_ILLEGAL", T.minusDays(3));
            JointMeasures.evaluate(c, List.of(b), T, NOW);
            c.commit();
            assertEquals(new Evaluation(0, 0), JointMeasures.evaluate(c, List.of(b, b), T, NOW.plusHours(1)));
            assertEquals(4, count(c, "select count(*) from measure_case"));
            assertEquals(4, count(c, "select count(*) from change_log"));

            // removed today: no longer on the list today
            Jdbc.update(c, "update list_entry set removed_on = ? where id = ?", T, entry);
            assertEquals(new Evaluation(0, 4), JointMeasures.evaluate(c, List.of(b), T, NOW.plusHours(2)));
            c.commit();
            assertEquals(List.of(), codes(c, b, "DUE"));
            assertEquals(SERIOUS, codes(c, b, "LIFTED"));
            assertEquals(4, count(c, "select count(*) from measure_case where lifted_at = ?", NOW.plusHours(2)));
            assertEquals(
                    changes(c, "MEASURE_TRIGGERED").stream().map(t -> t[2]).collect(Collectors.toSet()),
                    changes(c, "MEASURE_LIFTED").stream().map(t -> t[2]).collect(Collectors.toSet()),
                    "each case lifted once");
            assertEquals(new Evaluation(0, 0), JointMeasures.evaluate(c, List.of(b), T, NOW.plusHours(3)));

            // listed again: new cases, the lifted ones stay as they were
            db.listEntry(c, b, "SERIOUS_ILLEGAL", T);
            assertEquals(new Evaluation(4, 0), JointMeasures.evaluate(c, List.of(b), T, NOW.plusHours(4)));
            assertEquals(SERIOUS, codes(c, b, "DUE"));
            assertEquals(SERIOUS, codes(c, b, "LIFTED"));
        }
    }

    @Test
    void gradeDUnderTheMarketRegulatorsModelOpensTheInspectionMeasureUntilTheGradeImproves() throws SQLException {
        try (Connection c = db.connection()) {
            long b = db.business(c, 1);
            long other = db.business(c, 2);
            snapshot(c, b, "D", T.minusDays(5));
            snapshot(c, b, "B", T.plusDays(1)); // a later day's result is not today's grade
            snapshot(c, other, "D", T.minusDays(20));
            snapshot(c, other, "C", T.minusDays(2));
            assertEquals(new Evaluation(1, 0), JointMeasures.evaluate(c, List.of(b, other), T, NOW));
            assertEquals(List.of("SAMR-D-INSPECTION"), codes(c, b, "DUE"));
            assertEquals(List.of(), codes(c, other, "DUE"), "its latest grade is C");

            snapshot(c, b, "C", T);
            assertEquals(new Evaluation(0, 1), JointMeasures.evaluate(c, List.of(b), T, NOW));
            assertEquals(List.of("SAMR-D-INSPECTION"), codes(c, b, "LIFTED"));
        }
    }

    @Test
    void aRecordInPublicityOpensTheMeasuresOfItsCategoryOnlyUntilItIsRevoked() throws SQLException {
        try (Connection c = db.connection()) {
            long b = db.business(c, 1);
            long expired = db.business(c, 2);
            long record = db.record(c, b, "PROHIBITED_DELIVERY", "HEAVY", T.minusDays(30));
            db.record(c, b, "FALSE_ADVERTISING", "HEAVY", T.minusDays(30));
            db.record(c, expired, "DRUG_SALES", "HEAVY", T.minusMonths(37)); // public for 36 months: over
            assertEquals(new Evaluation(1, 0), JointMeasures.evaluate(c, List.of(b, expired), T, NOW));
            assertEquals(List.of("SPB-PD-PARCEL-CHECK"), codes(c, b, "DUE"));
            assertEquals(List.of(), codes(c, expired, "DUE"));

            Jdbc.update(c, "update credit_record set status = 'REVOKED', status_date = ? where id = ?", T, record);
            assertEquals(new Evaluation(0, 1), JointMeasures.evaluate(c, List.of(b), T, NOW));
            assertEquals(List.of("SPB-PD-PARCEL-CHECK"), codes(c, b, "LIFTED"));
        }
    }

    @Test
    void anInactiveMeasureOpensNoCaseButItsDueCasesAreStillLifted() throws SQLException {
        try (Connection c = db.connection()) {
            long b = db.business(c, 1);
            long entry = db.listEntry(c, b, "SERIOUS_ILLEGAL", T.minusDays(3));
            JointMeasures.evaluate(c, List.of(b), T, NOW);
            Jdbc.update(c, "update joint_measure set active = false where code = 'CAC-SL-ACCOUNT'");
            long second = db.business(c, 2);
            db.listEntry(c, second, "SERIOUS_ILLEGAL", T.minusDays(3));
            assertEquals(new Evaluation(3, 0), JointMeasures.evaluate(c, List.of(b, second), T, NOW));
            assertFalse(codes(c, second, "DUE").contains("CAC-SL-ACCOUNT"));
            Jdbc.update(c, "update list_entry set removed_on = ? where id = ?", T, entry);
            assertEquals(new Evaluation(0, 4), JointMeasures.evaluate(c, List.of(b), T, NOW));
        }
    }

    @Test
    void theStepEvaluatesTheBusinessesOfWatchedChangesAndPassesOverItsOwnEntries() throws SQLException {
        try (Connection c = db.connection()) {
            long listed = db.business(c, 1);
            long quiet = db.business(c, 2);
            long entry = db.listEntry(c, listed, "SERIOUS_ILLEGAL", T.minusDays(1));
            // on the abnormal list, but no change it is named in is one the step watches
            db.listEntry(c, quiet, "ABNORMAL_OPERATIONS", T.minusDays(1));
            change(c, listed, ChangeKind.LIST_ENTERED, entry);
            change(c, quiet, ChangeKind.BUSINESS_REGISTERED, quiet);
            change(c, quiet, ChangeKind.INSPECTION_RESULT_PUBLISHED, 5);
            c.commit();

            Step first = JointMeasures.step(c, T, NOW);
            c.commit();
            assertEquals(new Step(3, 0, 1, 4, 0, false), first);
            assertEquals(SERIOUS, codes(c, listed, "DUE"));
            assertEquals(List.of(), codes(c, quiet, "DUE"));
            assertEquals(7, count(c, "select last_seq from change_log_counter"), "its own four entries follow");

            Step second = JointMeasures.step(c, T, NOW);
            c.commit();
            assertEquals(new Step(7, 0, 0, 0, 0, false), second, "MEASURE_* entries are passed over, not evaluated");
            assertEquals(new Step(7, 0, 0, 0, 0, false), JointMeasures.step(c, T, NOW));
            c.commit();
            assertEquals(7, count(c, "select changes_seen from measure_state"));
        }
    }

    @Test
    void aFullWindowSaysThatMoreIsWaiting() throws SQLException {
        try (Connection c = db.connection()) {
            long b = db.business(c, 1);
            String uscc = uscc(c, b);
            ChangeLogWriter.append(
                    c,
                    Collections.nCopies(
                            JointMeasures.WINDOW + 1, new Change(b, uscc, ChangeKind.BUSINESS_REGISTERED, b, 1, NOW)));
            c.commit();
            Step first = JointMeasures.step(c, T, NOW);
            assertTrue(first.more());
            assertEquals(JointMeasures.WINDOW, first.changesSeen());
            Step second = JointMeasures.step(c, T, NOW);
            assertFalse(second.more());
            assertEquals(JointMeasures.WINDOW + 1, second.changesSeen());
        }
    }

    @Test
    void aFirstEvaluationAtGradeDIsFoundByItsSnapshotThoughItWritesNoGradeChange() throws SQLException {
        try (Connection c = db.connection()) {
            long b = db.business(c, 1);
            long id = snapshot(c, b, "D", T.minusDays(1));
            c.commit();
            assertEquals(0, count(c, "select count(*) from change_log"));
            Step first = JointMeasures.step(c, T, NOW);
            c.commit();
            assertEquals(1, first.triggered());
            assertEquals(id, first.scoresSeen());
            assertEquals(List.of("SAMR-D-INSPECTION"), codes(c, b, "DUE"));
            assertEquals(0, JointMeasures.step(c, T, NOW).evaluated(), "the snapshot is behind the cursor now");
        }
    }

    @Test
    void aRecordWhosePublicityEndsLiftsItsCaseThoughTheEndIsNoChange() throws SQLException {
        try (Connection c = db.connection()) {
            long b = db.business(c, 1);
            // public for 36 months: until the end of today
            long record =
                    db.record(c, b, "DRUG_SALES", "HEAVY", T.minusMonths(36).plusDays(1));
            change(c, b, ChangeKind.RECORD_ADDED, record);
            c.commit();
            assertEquals(1, JointMeasures.step(c, T, NOW).triggered());
            c.commit();
            assertEquals(List.of("NMPA-DS-INSPECTION"), codes(c, b, "DUE"));
            long seen = count(c, "select changes_seen from measure_state");

            assertEquals(new Evaluation(0, 0), JointMeasures.publicityEnded(c, T, NOW), "still public today");
            c.commit();

            Step tomorrow = JointMeasures.step(c, T.plusDays(1), NOW.plusDays(1));
            c.commit();
            assertEquals(0, tomorrow.lifted(), "no change names the business: the step does not look");
            assertTrue(tomorrow.changesSeen() > seen, "only the step's own MEASURE_TRIGGERED entry was read");
            assertEquals(new Evaluation(0, 1), JointMeasures.publicityEnded(c, T.plusDays(1), NOW.plusDays(1)));
            c.commit();
            assertEquals(List.of("NMPA-DS-INSPECTION"), codes(c, b, "LIFTED"));
            List<long[]> lifted = changes(c, "MEASURE_LIFTED");
            assertEquals(1, lifted.size(), "the lifting is in the change log, as any other");
            assertEquals(b, lifted.get(0)[1]);
        }
    }

    @Test
    void theCasesWhosePublicityEndedAreLookedForOnceADay() throws SQLException {
        try (Connection c = db.connection()) {
            long b = endedAfterTodaysLook(c);
            assertEquals(new Evaluation(0, 0), JointMeasures.publicityEnded(c, T, NOW), "once a day");
            assertEquals(List.of("NMPA-DS-INSPECTION"), codes(c, b, "DUE"));
            c.commit();

            assertEquals(new Evaluation(0, 1), JointMeasures.publicityEnded(c, T.plusDays(1), NOW.plusDays(1)));
            c.commit();
            assertEquals(List.of("NMPA-DS-INSPECTION"), codes(c, b, "LIFTED"));
            assertEquals(new Evaluation(0, 0), JointMeasures.publicityEnded(c, T.plusDays(1), NOW.plusDays(1)));
            c.commit();
            assertEquals(
                    T.plusDays(1),
                    Jdbc.one(
                            c,
                            "select publicity_checked_on from measure_state",
                            rs -> rs.getDate(1).toLocalDate()),
                    "the day looked at is noted");
        }
    }

    @Test
    void aReclassifiedPublicityIsLookedAtAgainTheSameDay() throws SQLException {
        try (Connection c = db.connection()) {
            long b = endedAfterTodaysLook(c);
            JointMeasures.lookAgainForEndedPublicity(c);
            c.commit();
            assertEquals(new Evaluation(0, 1), JointMeasures.publicityEnded(c, T, NOW));
            c.commit();
            assertEquals(List.of("NMPA-DS-INSPECTION"), codes(c, b, "LIFTED"));
        }
    }

    @Test
    void aLookThatFailsIsNotNotedAndTheNextCallLooksAgain() throws SQLException {
        try (Connection c = db.connection()) {
            long b = db.business(c, 1);
            long record =
                    db.record(c, b, "DRUG_SALES", "HEAVY", T.minusMonths(36).plusDays(1));
            change(c, b, ChangeKind.RECORD_ADDED, record);
            assertEquals(1, JointMeasures.step(c, T, NOW).triggered());
            c.commit();
            assertEquals(new Evaluation(0, 1), JointMeasures.publicityEnded(c, T.plusDays(1), NOW.plusDays(1)));
            c.rollback();
            assertEquals(List.of("NMPA-DS-INSPECTION"), codes(c, b, "DUE"), "rolled back with its transaction");
            assertEquals(new Evaluation(0, 1), JointMeasures.publicityEnded(c, T.plusDays(1), NOW.plusDays(1)));
            c.commit();
            assertEquals(List.of("NMPA-DS-INSPECTION"), codes(c, b, "LIFTED"));
        }
    }

    @Test
    void twoServersNeverEvaluateTheSameWindowTwice() throws Exception {
        long b;
        try (Connection c = db.connection()) {
            b = db.business(c, 1);
            change(c, b, ChangeKind.LIST_ENTERED, db.listEntry(c, b, "SERIOUS_ILLEGAL", T.minusDays(1)));
            c.commit();
        }
        try (Connection first = db.connection();
                Connection second = db.connection()) {
            SqlDialect.H2.patient(second);
            assertEquals(4, JointMeasures.step(first, T, NOW).triggered());
            CompletableFuture<Step> other = CompletableFuture.supplyAsync(() -> {
                try {
                    Step step = JointMeasures.step(second, T, NOW);
                    second.commit();
                    return step;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(500);
            assertFalse(other.isDone(), "the second server waits for the state row");
            first.commit();
            Step step = other.get(30, TimeUnit.SECONDS);
            assertEquals(0, step.triggered());
            assertEquals(0, step.evaluated(), "it starts after the first server's window");
        }
        try (Connection c = db.connection()) {
            assertEquals(SERIOUS, codes(c, b, "DUE"));
            assertEquals(4, count(c, "select count(*) from measure_case"));
        }
    }

    @Test
    void aFullRunOpensTheCasesOfWhatItScoredInEachChunksOwnTransactionAsTheDatabaseEvaluationWould()
            throws SQLException {
        List<Long> all = new ArrayList<>();
        try (Connection c = db.connection()) {
            for (int i = 0; i < 7; i++) {
                all.add(db.business(c, i));
            }
            db.listEntry(c, all.get(0), "SERIOUS_ILLEGAL", T.minusDays(3));
            db.listEntry(c, all.get(1), "ABNORMAL_OPERATIONS", T.minusDays(3));
            db.record(c, all.get(2), "DRUG_SALES", "HEAVY", T.minusDays(30));
            db.record(c, all.get(4), "PROHIBITED_DELIVERY", "SERIOUS", T.minusDays(30));
            db.record(c, all.get(4), "FALSE_ADVERTISING", "SERIOUS", T.minusDays(20));
            c.commit();
        }
        try (Connection c = db.connection()) {
            long run = ScoringRunner.startFull(c, "TEST", "test", T, () -> NOW)
                    .run()
                    .id();
            c.commit();
            assertTrue(ScoringRunner.fullChunk(c, run, 3, NOW, JointMeasures.following(T, NOW)));
            assertTrue(count(c, "select count(*) from measure_case") > 0);
            c.rollback();
            assertEquals(0, count(c, "select count(*) from measure_case"), "the cases are the chunk's transaction's");
            assertEquals(0, count(c, "select count(*) from change_log"));
            while (ScoringRunner.fullChunk(c, run, 3, NOW, JointMeasures.following(T, NOW))) {
                c.commit();
            }
            c.commit();
            assertEquals(
                    List.of(
                            "CAC-SL-ACCOUNT",
                            "GACC-SL-CREDIT",
                            "SAMR-D-INSPECTION",
                            "SAMR-SL-KEY-SUPERVISION",
                            "STA-SL-TAX-CREDIT"),
                    codes(c, all.get(0), "DUE"),
                    "serious list, and grade D by its veto");
            assertEquals(List.of("SAMR-AL-RESTRICTION"), codes(c, all.get(1), "DUE"));
            assertEquals(List.of("NMPA-DS-INSPECTION"), codes(c, all.get(2), "DUE"));
            assertTrue(codes(c, all.get(4), "DUE").contains("SPB-PD-PARCEL-CHECK"));
            assertEquals(
                    count(c, "select count(*) from measure_case"),
                    changes(c, "MEASURE_TRIGGERED").size());
            assertEquals(
                    count(c, "select max(id) from credit_score"),
                    count(c, "select scores_seen from measure_state"),
                    "the step has no snapshot left to follow");
            assertEquals(
                    new Evaluation(0, 0),
                    JointMeasures.evaluate(c, all, T, NOW),
                    "the database's evaluation finds nothing more to do");
            assertEquals(0, JointMeasures.step(c, T, NOW).evaluated());
            c.commit();

            // a second run with nothing changed writes nothing and evaluates nothing
            long cases = count(c, "select count(*) from measure_case");
            long second = ScoringRunner.startFull(c, "TEST", "test", T, () -> NOW)
                    .run()
                    .id();
            while (ScoringRunner.fullChunk(c, second, 3, NOW, JointMeasures.following(T, NOW))) {
                c.commit();
            }
            c.commit();
            assertEquals(cases, count(c, "select count(*) from measure_case"));
        }
    }

    @Test
    void theStepFollowsALagOfSnapshotsOnlyWhenNoScoringStepIsUnderWayAndNeverWaitsForOne() throws Exception {
        long b;
        try (Connection c = db.connection()) {
            b = db.business(c, 1);
            snapshot(c, b, "D", T.minusDays(1)); // written by other means: the step must follow it
            c.commit();
        }
        try (Connection scoring = db.connection();
                Connection step = db.connection()) {
            SqlDialect.H2.patient(step);
            ScoringRunner.holdScoring(scoring);
            Step passed = CompletableFuture.supplyAsync(() -> {
                        try {
                            Step s = JointMeasures.step(step, T, NOW);
                            step.commit();
                            return s;
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .get(30, TimeUnit.SECONDS);
            assertEquals(new Step(0, 0, 0, 0, 0, false), passed, "a scoring step is under way: the lag waits");
            scoring.commit();
            Step followed = JointMeasures.step(step, T, NOW);
            step.commit();
            assertEquals(1, followed.triggered());
            assertEquals(List.of("SAMR-D-INSPECTION"), codes(step, b, "DUE"));
        }
    }

    @Test
    void onlyTheApplyingAgencyReportsNotApplicableNeedsAReasonAndALiftedCaseTakesNone() throws SQLException {
        try (Connection c = db.connection()) {
            long b = db.business(c, 1);
            long entry = db.listEntry(c, b, "SERIOUS_ILLEGAL", T.minusDays(3));
            JointMeasures.evaluate(c, List.of(b), T, NOW);
            Case tax = caseOf(c, b, "STA-SL-TAX-CREDIT");

            assertThrows(
                    NotPermittedException.class,
                    () -> FeedbackRules.check(tax, 1L, "APPLIED", null),
                    "the lead agency reads the feedback, it does not give it");
            assertThrows(NotPermittedException.class, () -> FeedbackRules.check(tax, null, "APPLIED", null));
            InvalidRequestException noReason = assertThrows(
                    InvalidRequestException.class, () -> FeedbackRules.check(tax, 6L, "NOT_APPLICABLE", "  "));
            assertEquals(
                    List.of("reason"),
                    noReason.errors().stream().map(e -> e.field()).toList());
            InvalidRequestException unknown =
                    assertThrows(InvalidRequestException.class, () -> FeedbackRules.check(tax, 6L, "MAYBE", null));
            assertEquals(
                    List.of("outcome"),
                    unknown.errors().stream().map(e -> e.field()).toList());
            assertThrows(
                    InvalidRequestException.class, () -> FeedbackRules.check(tax, 6L, "APPLIED", "x".repeat(1001)));
            assertEquals(Outcome.APPLIED, FeedbackRules.check(tax, 6L, "APPLIED", null));
            assertEquals(
                    Outcome.NOT_APPLICABLE, FeedbackRules.check(tax, 6L, "NOT_APPLICABLE", "不开具增值税发票 No VAT invoices"));

            MeasureStore.feedback(c, tax.id(), Outcome.NOT_APPLICABLE, "不开具增值税发票 No VAT invoices", NOW, "sta-client");
            Case reported = MeasureStore.findCase(c, tax.id());
            assertEquals(Outcome.NOT_APPLICABLE, reported.feedback());
            assertEquals("sta-client", reported.feedbackBy());
            assertEquals(NOW, reported.feedbackAt());

            Jdbc.update(c, "update list_entry set removed_on = ? where id = ?", T, entry);
            JointMeasures.evaluate(c, List.of(b), T, NOW);
            Case lifted = MeasureStore.findCase(c, tax.id());
            assertFalse(lifted.due());
            assertThrows(ConflictException.class, () -> FeedbackRules.check(lifted, 6L, "APPLIED", null));
            assertThrows(
                    NotPermittedException.class,
                    () -> FeedbackRules.check(lifted, 2L, "APPLIED", null),
                    "who may report is settled first");
        }
    }

    @Test
    void anAgencySeesTheCasesOfTheMeasuresItAppliesAndOfThoseItLeads() throws SQLException {
        try (Connection c = db.connection()) {
            long listed = db.business(c, 1);
            long poor = db.business(c, 2);
            db.listEntry(c, listed, "SERIOUS_ILLEGAL", T.minusDays(3));
            snapshot(c, poor, "D", T.minusDays(3));
            JointMeasures.evaluate(c, List.of(listed, poor), T, NOW);
            assertEquals(5, MeasureStore.cases(c, 1L, null, 0, 20).total(), "SAMR leads every one of them");
            assertEquals(List.of("STA-SL-TAX-CREDIT"), caseCodes(MeasureStore.cases(c, 6L, null, 0, 20)));
            assertEquals(List.of("CAC-SL-ACCOUNT"), caseCodes(MeasureStore.cases(c, 2L, "DUE", 0, 20)));
            assertEquals(0, MeasureStore.cases(c, 5L, null, 0, 20).total());
            assertEquals(0, MeasureStore.cases(c, null, "LIFTED", 0, 20).total());

            Page<Case> all = MeasureStore.cases(c, null, "DUE", 0, 20);
            assertEquals(5, all.total());
            List<Long> newestFirst = all.items().stream().map(Case::id).toList();
            assertEquals(newestFirst.stream().sorted(Collections.reverseOrder()).toList(), newestFirst);
            assertEquals(
                    newestFirst.subList(2, 4),
                    MeasureStore.cases(c, null, null, 1, 2).items().stream()
                            .map(Case::id)
                            .toList());
            assertEquals(1, MeasureStore.cases(c, null, null, 2, 2).items().size());

            Case tax = caseOf(c, listed, "STA-SL-TAX-CREDIT");
            assertTrue(tax.concerns(6) && tax.concerns(1));
            assertFalse(tax.concerns(2));
        }
    }

    @Test
    void aNewMeasureFindsTheBusinessesThatMeetItToday() throws SQLException {
        try (Connection c = db.connection()) {
            long listed = db.business(c, 1);
            long removed = db.business(c, 2);
            long serious = db.business(c, 3);
            db.listEntry(c, listed, "ABNORMAL_OPERATIONS", T.minusDays(10));
            long entry = db.listEntry(c, removed, "ABNORMAL_OPERATIONS", T.minusDays(10));
            Jdbc.update(c, "update list_entry set removed_on = ? where id = ?", T.minusDays(1), entry);
            db.listEntry(c, serious, "SERIOUS_ILLEGAL", T.minusDays(10));
            long id = MeasureStore.insert(
                    c,
                    "MIIT-AL-SMS",
                    4,
                    1,
                    "限制短信端口 SMS port restrictions",
                    "《电信条例》 Telecom Regulations",
                    Trigger.ABNORMAL_LIST,
                    null,
                    NOW,
                    "admin");
            Measure added = MeasureStore.find(c, id);
            assertEquals(List.of(listed), JointMeasures.meeting(c, added, T));
            assertEquals(new Evaluation(2, 0), JointMeasures.evaluate(c, JointMeasures.meeting(c, added, T), T, NOW));
            assertEquals(List.of("MIIT-AL-SMS", "SAMR-AL-RESTRICTION"), codes(c, listed, "DUE"));

            snapshot(c, serious, "D", T.minusDays(1));
            assertEquals(List.of(serious), JointMeasures.meeting(c, MeasureStore.find(c, "SAMR-D-INSPECTION"), T));
            db.record(c, removed, "DRUG_SALES", "HEAVY", T.minusDays(1));
            assertEquals(List.of(removed), JointMeasures.meeting(c, MeasureStore.find(c, "NMPA-DS-INSPECTION"), T));
        }
    }

    @Test
    void theSeededCatalogueCoversEveryTriggerWithItsLegalBasisAndTheSchemaRefusesAMisplacedCategory()
            throws SQLException {
        try (Connection c = db.connection()) {
            List<Measure> all = MeasureStore.all(c);
            assertEquals(
                    Set.of(Trigger.values()), all.stream().map(Measure::trigger).collect(Collectors.toSet()));
            Map<String, String> categories = new HashMap<>();
            for (Measure m : all) {
                assertTrue(m.active());
                assertTrue(
                        m.legalBasis().contains("《") && m.legalBasis().matches(".*[A-Za-z].*"),
                        m.code() + ": a legal basis in Chinese and English");
                assertEquals(m.trigger() == Trigger.RECORD_CATEGORY, m.categoryId() != null, m.code());
                if (m.categoryCode() != null) {
                    categories.put(m.code(), m.categoryCode());
                }
            }
            assertEquals(
                    Map.of("SPB-PD-PARCEL-CHECK", "PROHIBITED_DELIVERY", "NMPA-DS-INSPECTION", "DRUG_SALES"),
                    categories);
            Measure cac = MeasureStore.find(c, "CAC-SL-ACCOUNT");
            assertEquals("CAC", cac.agencyCode());
            assertEquals("SAMR", cac.leadAgencyCode());
            c.commit();

            assertThrows(
                    SQLException.class,
                    () -> MeasureStore.insert(c, "X-1", 1, 1, "x", "x", Trigger.RECORD_CATEGORY, null, NOW, "admin"));
            c.rollback();
            assertThrows(
                    SQLException.class,
                    () -> MeasureStore.insert(c, "X-2", 1, 1, "x", "x", Trigger.GRADE_D, 12L, NOW, "admin"));
            c.rollback();
            assertThrows(
                    SQLException.class,
                    () -> MeasureStore.insert(
                            c, "CAC-SL-ACCOUNT", 1, 1, "x", "x", Trigger.GRADE_D, null, NOW, "admin"));
        }
    }

    // --- helpers

    private long snapshot(Connection c, long business, String grade, LocalDate asOf) throws SQLException {
        return Jdbc.insert(
                c,
                "insert into credit_score (model_id, business_id, run_id, as_of, score, grade, threshold_grade,"
                        + " computed_at) values (1, ?, 1, ?, 500, ?, ?, ?)",
                business,
                asOf,
                grade,
                grade,
                NOW);
    }

    private void change(Connection c, long business, ChangeKind kind, long subject) throws SQLException {
        ChangeLogWriter.append(c, List.of(new Change(business, uscc(c, business), kind, subject, 1, NOW)));
    }

    private static String uscc(Connection c, long business) throws SQLException {
        return Jdbc.one(c, "select uscc from business where id = ?", rs -> rs.getString(1), business);
    }

    /**
     * A business with a DUE case for a record in publicity for two more years, today's look made; then the
     * record's publicity is shortened to end today, which no change names. The business's id.
     */
    private long endedAfterTodaysLook(Connection c) throws SQLException {
        long business = db.business(c, 1);
        long record = db.record(c, business, "DRUG_SALES", "HEAVY", T.minusMonths(12));
        change(c, business, ChangeKind.RECORD_ADDED, record);
        assertEquals(1, JointMeasures.step(c, T, NOW).triggered());
        c.commit();
        assertEquals(new Evaluation(0, 0), JointMeasures.publicityEnded(c, T, NOW), "still public today");
        c.commit();
        Jdbc.update(c, "update credit_record set publicity_end = ? where id = ?", T, record);
        c.commit();
        return business;
    }

    /** The codes of a business's measures whose cases have this status, in code order. */
    private static List<String> codes(Connection c, long business, String status) throws SQLException {
        return Jdbc.list(
                c,
                "select m.code from measure_case c join joint_measure m on m.id = c.measure_id"
                        + " where c.business_id = ? and c.status = ? order by m.code",
                rs -> rs.getString(1),
                business,
                status);
    }

    /** (seq, business, subject, agency) of the change-log entries of a kind, in order. */
    private static List<long[]> changes(Connection c, String kind) throws SQLException {
        return Jdbc.list(
                c,
                "select seq, business_id, subject_id, agency_id from change_log where kind = ? order by seq",
                rs -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)},
                kind);
    }

    private static long count(Connection c, String sql, Object... params) throws SQLException {
        return Jdbc.one(c, sql, rs -> rs.getLong(1), params);
    }

    private static Case caseOf(Connection c, long business, String code) throws SQLException {
        Long id = Jdbc.one(
                c,
                "select c.id from measure_case c join joint_measure m on m.id = c.measure_id"
                        + " where c.business_id = ? and m.code = ? and c.status = 'DUE'",
                rs -> rs.getLong(1),
                business,
                code);
        assertNotNull(id, code);
        return MeasureStore.findCase(c, id);
    }

    private static List<String> caseCodes(Page<Case> page) {
        List<String> codes =
                new ArrayList<>(page.items().stream().map(Case::measureCode).toList());
        Collections.sort(codes);
        return codes;
    }
}
