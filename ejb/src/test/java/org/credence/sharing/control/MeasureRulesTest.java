package org.credence.sharing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credence.credit.control.ModelStore.StoredModel;
import org.credence.credit.control.Rescoring.BusinessRef;
import org.credence.credit.control.Rescoring.Previous;
import org.credence.credit.control.Rescoring.Result;
import org.credence.credit.control.Rescoring.ScoredBusiness;
import org.credence.credit.control.ScoreExplanation;
import org.credence.credit.control.ScoreMethod.ListFacts;
import org.credence.credit.control.ScoreMethod.RecordFacts;
import org.credence.credit.entity.Grade;
import org.credence.sharing.control.MeasureRules.Decision;
import org.credence.sharing.control.MeasureRules.Facts;
import org.credence.sharing.control.MeasureStore.Measure;
import org.credence.sharing.control.MeasureStore.Trigger;
import org.credence.violation.entity.Polarity;
import org.credence.violation.entity.RecordStatus;
import org.credence.violation.entity.Severity;
import org.junit.jupiter.api.Test;

/** The pure rules of joint measures: which facts meet which trigger, what opens and lifts, a scoring step's facts. */
class MeasureRulesTest {

    static final LocalDate T = LocalDate.of(2026, 11, 22);
    static final LocalDateTime AT = LocalDateTime.of(2026, 11, 22, 1, 0);
    static final Measure GRADE = measure(1, "SAMR-D-INSPECTION", Trigger.GRADE_D, null, true);
    static final Measure SERIOUS = measure(2, "SAMR-SL-KEY-SUPERVISION", Trigger.SERIOUS_LIST, null, true);
    static final Measure ABNORMAL = measure(3, "SAMR-AL-RESTRICTION", Trigger.ABNORMAL_LIST, null, true);
    static final Measure DRUGS = measure(4, "NMPA-DS-INSPECTION", Trigger.RECORD_CATEGORY, "DRUG_SALES", true);
    static final Measure RETIRED = measure(5, "X-SL-OLD", Trigger.SERIOUS_LIST, null, false);
    static final List<Measure> CATALOGUE = List.of(GRADE, SERIOUS, ABNORMAL, DRUGS, RETIRED);
    static final StoredModel MARKET = new StoredModel(1, 1, "market", 1, null);
    static final StoredModel TAX = new StoredModel(2, 6, "tax", 1, null);

    @Test
    void eachTriggerReadsItsOwnFact() {
        Facts none = facts(7, false, Set.of(), Set.of());
        for (Measure m : CATALOGUE) {
            assertFalse(MeasureRules.meets(m, none), m.code());
        }
        assertTrue(MeasureRules.meets(GRADE, facts(7, true, Set.of(), Set.of())));
        assertTrue(MeasureRules.meets(SERIOUS, facts(7, false, Set.of("SERIOUS_ILLEGAL"), Set.of())));
        assertFalse(MeasureRules.meets(ABNORMAL, facts(7, false, Set.of("SERIOUS_ILLEGAL"), Set.of())));
        assertTrue(MeasureRules.meets(ABNORMAL, facts(7, false, Set.of("ABNORMAL_OPERATIONS"), Set.of())));
        assertTrue(MeasureRules.meets(DRUGS, facts(7, false, Set.of(), Set.of("DRUG_SALES"))));
        assertFalse(MeasureRules.meets(DRUGS, facts(7, false, Set.of(), Set.of("FALSE_ADVERTISING"))));
    }

    @Test
    void aHoldingTriggerWithoutACaseOpensOneAndADueCaseWithoutItsTriggerIsLiftedInOrder() {
        Facts listed = facts(7, false, Set.of("SERIOUS_ILLEGAL"), Set.of("DRUG_SALES"));
        Facts cleared = facts(9, false, Set.of(), Set.of());
        Map<Long, Map<Long, Long>> due =
                Map.of(7L, Map.of(SERIOUS.id(), 70L), 9L, Map.of(GRADE.id(), 90L, RETIRED.id(), 91L));
        List<Decision> decisions = MeasureRules.decide(CATALOGUE, List.of(listed, cleared), due);
        assertEquals(
                List.of(
                        new Decision(DRUGS, 7, "U7", null),
                        new Decision(GRADE, 9, "U9", 90L),
                        new Decision(RETIRED, 9, "U9", 91L)),
                decisions,
                "the open serious case stays; the inactive measure opens nothing but its case is still lifted");
        assertTrue(decisions.get(0).opens());
        assertFalse(decisions.get(1).opens());
        assertEquals(
                List.of(),
                MeasureRules.decide(CATALOGUE, List.of(listed), Map.of(7L, Map.of(SERIOUS.id(), 70L, DRUGS.id(), 71L))),
                "deciding again once the cases are there changes nothing");
    }

    @Test
    void aScoringStepsFactsAreItsRecordsListsAndTheLatestMarketGrade() {
        ScoredBusiness read = new ScoredBusiness(
                new BusinessRef(7, "U7"),
                List.of(record("DRUG_SALES"), record("FALSE_ADVERTISING")),
                new ListFacts(false, true));
        Facts written =
                MeasureRules.facts(read, List.of(result(MARKET, Grade.D, null), result(TAX, Grade.A, null)), MARKET, T);
        assertEquals(facts(7, true, Set.of("ABNORMAL_OPERATIONS"), Set.of("DRUG_SALES", "FALSE_ADVERTISING")), written);

        Facts improved = MeasureRules.facts(
                read, List.of(result(MARKET, Grade.B, new Previous(T.minusDays(1), 400, Grade.D, null))), MARKET, T);
        assertFalse(improved.gradeD(), "the new snapshot is the latest");
        Facts kept = MeasureRules.facts(
                read, List.of(result(MARKET, Grade.D, new Previous(T.minusDays(1), 400, Grade.D, null))), MARKET, T);
        assertTrue(kept.gradeD(), "unchanged: the snapshot before it is the latest, with the same grade");
        assertFalse(
                MeasureRules.facts(read, List.of(result(TAX, Grade.D, null)), null, T)
                        .gradeD(),
                "no market model in force: no grade D");
    }

    @Test
    void factsTheStepDoesNotHoldAreLeftToTheDatabase() {
        ScoredBusiness read = new ScoredBusiness(new BusinessRef(7, "U7"), List.of(), ListFacts.NONE);
        assertNull(
                MeasureRules.facts(read, List.of(result(TAX, Grade.D, null)), MARKET, T),
                "not scored under the market model");
        assertNull(
                MeasureRules.facts(
                        read,
                        List.of(result(MARKET, Grade.D, new Previous(T.plusDays(1), 500, Grade.A, null))),
                        MARKET,
                        T),
                "a snapshot dated after today, which the evaluation passes over");
        assertTrue(MeasureRules.marketRegulators(result(MARKET, Grade.A, null)));
        assertFalse(MeasureRules.marketRegulators(result(TAX, Grade.A, null)));
    }

    private static Facts facts(long id, boolean gradeD, Set<String> lists, Set<String> categories) {
        return new Facts(id, "U" + id, gradeD, lists, categories);
    }

    private static Measure measure(long id, String code, Trigger trigger, String category, boolean active) {
        return new Measure(
                id,
                code,
                1,
                "SAMR",
                1,
                "SAMR",
                code,
                "law",
                trigger,
                category == null ? null : 14L,
                category,
                active,
                AT,
                "system");
    }

    private static RecordFacts record(String category) {
        return new RecordFacts(
                1,
                category,
                Polarity.NEGATIVE,
                Severity.HEAVY,
                T.minusDays(10),
                T.plusYears(3),
                RecordStatus.ACTIVE,
                null);
    }

    private static Result result(StoredModel model, Grade grade, Previous previous) {
        int score = grade == Grade.D ? 400 : 900;
        return new Result(
                new BusinessRef(7, "U7"),
                model,
                new ScoreExplanation("m", 1, T, score, grade, grade, List.of(), List.of()),
                previous);
    }
}
