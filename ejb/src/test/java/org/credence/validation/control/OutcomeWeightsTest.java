package org.credence.validation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.credence.business.entity.Uscc;
import org.credence.credit.entity.Grade;
import org.credence.platform.InvalidArgument;
import org.credence.validation.control.OutcomeWeights.Assessment;
import org.credence.validation.control.OutcomeWeights.Effect;
import org.credence.validation.control.OutcomeWeights.Learned;
import org.junit.jupiter.api.Test;

/**
 * The expected figures of the hand cases come from a separate script written from the spec: weights
 * normalised to mean 1, weighted standardisation, the penalised score equations solved by a general
 * root finder, c = b / sd, rounding half even to 6 places, and the AUC by the double loop.
 */
class OutcomeWeightsTest {

    private static final List<String> FOUR = List.of("I1", "I2", "I3", "I4");
    private static final List<String> THREE = List.of("I1", "I2", "I3");

    /** Rows of L1, L2 (always 0), L3, L4, hit, selected, pool. */
    private static final int[][] THIRTY = {
        {20, 0, 0, 40, 0, 1, 10},
        {60, 0, 0, 15, 1, 2, 10},
        {0, 0, 0, 40, 0, 2, 10},
        {0, 0, 20, 40, 1, 1, 10},
        {10, 0, 35, 0, 0, 3, 5},
        {0, 0, 0, 0, 0, 2, 10},
        {15, 0, 10, 5, 0, 1, 4},
        {60, 0, 35, 5, 1, 2, 10},
        {20, 0, 0, 0, 0, 2, 10},
        {45, 0, 35, 40, 0, 3, 5},
        {80, 0, 10, 15, 1, 2, 10},
        {10, 0, 0, 15, 0, 1, 4},
        {45, 0, 0, 0, 1, 3, 5},
        {5, 0, 0, 5, 0, 3, 5},
        {0, 0, 35, 0, 0, 1, 4},
        {20, 0, 35, 15, 0, 3, 5},
        {0, 0, 0, 15, 0, 1, 10},
        {0, 0, 35, 15, 0, 3, 5},
        {15, 0, 35, 40, 0, 1, 4},
        {0, 0, 10, 15, 1, 1, 10},
        {45, 0, 0, 5, 0, 2, 10},
        {10, 0, 10, 40, 0, 3, 5},
        {0, 0, 0, 40, 0, 1, 4},
        {5, 0, 10, 15, 0, 1, 4},
        {30, 0, 0, 5, 1, 2, 10},
        {10, 0, 35, 5, 1, 2, 10},
        {15, 0, 0, 0, 1, 1, 4},
        {80, 0, 20, 15, 0, 1, 10},
        {45, 0, 35, 40, 1, 3, 5},
        {0, 0, 10, 40, 1, 1, 10}
    };

    private static List<Observation> rows(int[][] rows, int indicators) {
        List<Observation> observations = new ArrayList<>();
        for (int t = 0; t < rows.length; t++) {
            int[] r = rows[t];
            double[] loads = new double[indicators];
            for (int i = 0; i < indicators; i++) {
                loads[i] = r[i];
            }
            observations.add(new Observation(
                    "D",
                    uscc(t),
                    Grade.B,
                    800,
                    loads,
                    r[indicators + 1],
                    r[indicators + 2],
                    r[indicators] == 1 ? Outcome.VIOLATIONS_FOUND : Outcome.NO_PROBLEM));
        }
        return observations;
    }

    /** A valid code 91110000 + a 9-digit organisation code from {@code t} + its check character. */
    private static Uscc uscc(int t) {
        String first17 = "91110000" + String.format("%09d", 100000 + t * 7);
        return Uscc.parse(first17 + Uscc.checkCharacter(first17));
    }

    private static Map<String, BigDecimal> weights(List<String> codes, String... values) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            weights.put(codes.get(i), new BigDecimal(values[i]));
        }
        return weights;
    }

    private static void assertWeights(Map<String, BigDecimal> actual, String... expected) {
        BigDecimal sum = BigDecimal.ZERO;
        int i = 0;
        for (BigDecimal w : actual.values()) {
            // one unit in the 6th place of tolerance: the script's last binary digits may round it the other way
            assertEquals(Double.parseDouble(expected[i++]), w.doubleValue(), 1.01e-6, actual.toString());
            assertTrue(w.scale() <= 6, actual.toString());
            sum = sum.add(w);
        }
        assertEquals(0, sum.compareTo(BigDecimal.ONE), actual.toString());
    }

    @Test
    void learnsTheHandComputedWeightsAndLeavesAFlatIndicatorOut() {
        Learned learned = OutcomeWeights.learn(FOUR, rows(THIRTY, 4));
        assertEquals(11, learned.hits());
        assertEquals(19, learned.cleans());
        Effect i1 = learned.effects().get(0);
        assertEquals(20.94533029612756, i1.mean(), 1e-10);
        assertEquals(26.56846092657754, i1.sd(), 1e-10);
        assertEquals(0.07911361324616202, i1.coefficient(), 1e-9);
        assertEquals(0.002977726615959955, i1.perPoint(), 1e-11);
        assertTrue(learned.effects().get(1).leftOut());
        assertEquals(0, learned.effects().get(1).sd());
        assertEquals(0.26873347041138773, learned.effects().get(2).coefficient(), 1e-9);
        assertEquals(0.005276619542134486, learned.effects().get(3).perPoint(), 1e-11);
        assertEquals(-0.3036707043924385, learned.intercept(), 1e-9);
        assertWeights(learned.weights(), "0.102904", "0", "0.714747", "0.182349");
    }

    @Test
    void anIndicatorWhoseLoadLowersTheRiskGetsWeightZero() {
        // L3 comes with clean results more often than not: c_3 = -0.0763, c_1 = 0.0751
        int[][] rows = {
            {0, 0, 10, 0, 1, 10},
            {0, 0, 0, 0, 1, 10},
            {5, 0, 20, 0, 1, 10},
            {15, 0, 0, 1, 1, 10},
            {0, 0, 5, 0, 1, 10},
            {40, 0, 0, 1, 1, 10},
            {10, 0, 30, 0, 2, 10},
            {15, 0, 10, 0, 2, 10},
            {30, 0, 0, 1, 2, 10},
            {0, 0, 40, 0, 2, 10},
            {55, 0, 5, 1, 2, 10},
            {20, 0, 20, 1, 2, 10},
            {5, 0, 0, 0, 1, 4},
            {45, 0, 10, 1, 1, 4},
            {60, 0, 0, 1, 1, 4},
            {25, 0, 25, 0, 1, 4},
            {35, 0, 15, 1, 1, 4},
            {0, 0, 0, 1, 1, 4},
            {70, 0, 5, 1, 3, 5},
            {80, 0, 0, 1, 3, 5},
            {10, 0, 10, 0, 3, 5},
            {50, 0, 50, 0, 3, 5},
            {90, 0, 0, 1, 3, 5},
            {15, 0, 35, 0, 3, 5}
        };
        Learned learned = OutcomeWeights.learn(THREE, rows(rows, 3));
        assertEquals(0.0750582628137944, learned.effects().get(0).perPoint(), 1e-11);
        assertEquals(-0.07629607393876459, learned.effects().get(2).perPoint(), 1e-11);
        assertWeights(learned.weights(), "1", "0", "0");
    }

    @Test
    void refusesWithTheCountsWhenHitsOrCleansAreFewerThanTen() {
        List<Observation> observations = new ArrayList<>(rows(THIRTY, 4));
        // NOT_REACHABLE and REFUSED are no observations: they do not make up the numbers
        observations.add(
                new Observation("D", uscc(99), Grade.D, 400, new double[] {90, 0, 0, 0}, 1, 1, Outcome.NOT_REACHABLE));
        observations.removeIf(o -> o.hit() && o.load(0) == 0);
        InvalidArgument refused = assertThrows(InvalidArgument.class, () -> OutcomeWeights.learn(FOUR, observations));
        assertEquals("validation.too-few-findings", refused.text().key());
        assertEquals(List.of(8L, 19L, 10), refused.text().args());
    }

    @Test
    void refusesWhenNoIndicatorRaisesTheRisk() {
        List<Observation> observations = new ArrayList<>();
        for (int t = 0; t < 40; t++) {
            // the more load, the cleaner
            boolean hit = t < 20;
            observations.add(new Observation(
                    "D",
                    uscc(t),
                    Grade.C,
                    700,
                    new double[] {hit ? t % 3 : 10 + t % 5, 0},
                    1,
                    2,
                    hit ? Outcome.CORRECTED_ON_SITE : Outcome.NO_PROBLEM));
        }
        InvalidArgument refused =
                assertThrows(InvalidArgument.class, () -> OutcomeWeights.learn(List.of("I1", "I2"), observations));
        assertEquals("validation.no-indicator-raises-the-risk", refused.text().key());
    }

    @Test
    void theFoldIsTheFirstEightHexDigitsOfTheCodesHashModFive() {
        // SHA-256("91110000600037341L") begins b5d6329c = 3050713756, mod 5 = 1; "91350100M000100Y43": 18e746db, 4
        assertEquals(1, OutcomeWeights.fold(Uscc.parse("91110000600037341L")));
        assertEquals(4, OutcomeWeights.fold(Uscc.parse("91350100M000100Y43")));
    }

    /** 200 observations from a formula both this test and the script compute. */
    private static List<Observation> twoHundred() {
        int[][] rows = new int[200][];
        int[][] strata = {{1, 10}, {2, 10}, {1, 4}, {3, 5}};
        for (int t = 0; t < 200; t++) {
            int l1 = (t * 37) % 90;
            int l2 = (t * 53) % 40;
            int l3 = (t * 17) % 45;
            int hit = (t * 7919 + 13) % 100 < 15 + (6 * l1 + 5 * l2) / 10 ? 1 : 0;
            rows[t] = new int[] {l1, l2, l3, hit, strata[t % 4][0], strata[t % 4][1]};
        }
        return rows(rows, 3);
    }

    @Test
    void scoresEqualInExactArithmeticAreTies() {
        // 10 * (0.2 * 77 + 0.3 * 96 + 0.5 * 100) and 10 * (0.2 * 100 + 0.3 * 99 + 0.5 * 89) are both 942,
        // though summed in doubles the first comes out as 941.9999999999999
        List<Observation> two = rows(new int[][] {{23, 4, 0, 1, 1, 1}, {0, 1, 11, 0, 1, 1}}, 3);
        double[] scores = OutcomeWeights.scores(THREE, weights(THREE, "0.2", "0.3", "0.5"), two);
        assertEquals(942, scores[0]);
        assertEquals(942, scores[1]);
        assertEquals(0.5, OutcomeWeights.auc(two, scores));
    }

    @Test
    void assessesCurrentLearnedAndCrossValidatedWeightsOnTheSameObservations() {
        // the current weights' AUC agrees with the script's in exact rational arithmetic
        Assessment assessment = OutcomeWeights.assess(THREE, weights(THREE, "0.2", "0.3", "0.5"), twoHundred());
        assertWeights(assessment.learned().weights(), "0.444155", "0.329256", "0.226589");
        assertEquals(0.667229103795, assessment.currentAuc(), 1e-11);
        assertEquals(0.696658259668, assessment.learnedAuc(), 1e-11);
        assertEquals(0.671161017119, assessment.crossValidatedAuc(), 1e-11);
        assertNull(assessment.crossValidationRefusal());
    }

    @Test
    void aFoldWhoseTrainingDataAreTooFewLeavesTheCrossValidatedAucUndefinedWithTheReason() {
        // 11 hits in all: leaving out a fold with two of them leaves fewer than 10 to learn from
        Assessment assessment = OutcomeWeights.assess(FOUR, weights(FOUR, "0.4", "0.1", "0.3", "0.2"), rows(THIRTY, 4));
        assertEquals(0.571630167218, assessment.currentAuc(), 1e-11);
        assertEquals(0.631153976742, assessment.learnedAuc(), 1e-11);
        assertNull(assessment.crossValidatedAuc());
        assertNotNull(assessment.crossValidationRefusal());
        assertEquals(
                "validation.fold-refused", assessment.crossValidationRefusal().key());
    }

    @Test
    void recoversAPlantedEffectFromARiskWeightedSample() {
        // true log-odds -3 + 0.04 L1 + 0.02 L2 + 0 L3; the riskier a business scores, the likelier it is drawn
        SplittableRandom random = new SplittableRandom(2026);
        List<Observation> observations = new ArrayList<>();
        int[][] strata = {{1, 100}, {1, 30}, {1, 10}, {3, 10}};
        for (int t = 0; t < 20000; t++) {
            double[] loads = new double[3];
            for (int i = 0; i < 3; i++) {
                loads[i] = random.nextInt(2) == 0 ? 0 : random.nextDouble(100);
            }
            double score = 10 * (0.5 * (100 - loads[0]) + 0.2 * (100 - loads[1]) + 0.3 * (100 - loads[2]));
            Grade grade = score >= 900 ? Grade.A : score >= 750 ? Grade.B : score >= 600 ? Grade.C : Grade.D;
            int[] stratum = strata[grade.ordinal()];
            double p = 1 / (1 + Math.exp(-(-3 + 0.04 * loads[0] + 0.02 * loads[1])));
            Outcome outcome = random.nextDouble() < p ? Outcome.VIOLATIONS_FOUND : Outcome.NO_PROBLEM;
            observations.add(new Observation(
                    "D",
                    new Uscc(String.format("9111%014d", t)),
                    grade,
                    score,
                    loads,
                    stratum[0],
                    stratum[1],
                    outcome));
        }
        Assessment assessment = OutcomeWeights.assess(THREE, weights(THREE, "0.5", "0.2", "0.3"), observations);
        Learned learned = assessment.learned();
        assertEquals(0.04, learned.effects().get(0).perPoint(), 0.005);
        assertEquals(0.02, learned.effects().get(1).perPoint(), 0.005);
        assertEquals(0, learned.effects().get(2).perPoint(), 0.005);
        assertEquals(2.0 / 3, learned.weights().get("I1").doubleValue(), 0.06);
        assertEquals(1.0 / 3, learned.weights().get("I2").doubleValue(), 0.06);
        assertTrue(
                learned.weights().get("I3").doubleValue() < 0.06,
                learned.weights().toString());
        assertTrue(assessment.learnedAuc() > assessment.currentAuc(), assessment.toString());
        assertEquals(assessment.learnedAuc(), assessment.crossValidatedAuc(), 0.01);
    }
}
