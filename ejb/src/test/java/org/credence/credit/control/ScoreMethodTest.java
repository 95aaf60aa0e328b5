package org.credence.credit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.credence.credit.control.ScoreMethod.ListFacts;
import org.credence.credit.control.ScoreMethod.RecordFacts;
import org.credence.credit.control.ScoreModel.Indicator;
import org.credence.credit.entity.Grade;
import org.credence.violation.control.PublicityPeriod;
import org.credence.violation.entity.Polarity;
import org.credence.violation.entity.RecordStatus;
import org.credence.violation.entity.Severity;
import org.junit.jupiter.api.Test;

/** Hand-computed fixtures for score-v1. */
class ScoreMethodTest {

    private static final LocalDate T = LocalDate.of(2026, 11, 1);
    private static long nextId = 1;

    /** TRADE (w 0.5, half-life 365), SAFETY (w 0.5, half-life 730, 12-month window), HONOURS (cap 20, 3 points each). */
    private static ScoreModel model(ScoreModel.Vetoes vetoes) {
        return new ScoreModel(
                "m",
                1,
                List.of(
                        new Indicator(
                                "TRADE",
                                Polarity.NEGATIVE,
                                Set.of("FALSE_ADVERTISING", "FAKE_PRICE_PROMOTION"),
                                365,
                                null,
                                0.5,
                                0),
                        new Indicator("SAFETY", Polarity.NEGATIVE, Set.of("DRUG_SALES"), 730, 12, 0.5, 0),
                        new Indicator("HONOURS", Polarity.POSITIVE, Set.of("HONOUR"), 365, null, 0, 20)),
                ScoreModel.DEFAULT_SEVERITY_POINTS,
                Map.of("HONOUR", 3.0),
                ScoreModel.DEFAULT_POSITIVE_POINTS,
                ScoreModel.Thresholds.DEFAULT,
                vetoes);
    }

    private static final ScoreModel MODEL = model(ScoreModel.Vetoes.DEFAULT);

    private static RecordFacts penalty(String category, Severity severity, long ageDays) {
        LocalDate decided = T.minusDays(ageDays);
        return new RecordFacts(
                nextId++,
                category,
                Polarity.NEGATIVE,
                severity,
                decided,
                PublicityPeriod.endOf(Polarity.NEGATIVE, severity, decided).orElse(null),
                RecordStatus.ACTIVE,
                null);
    }

    private static RecordFacts honour(long ageDays) {
        LocalDate decided = T.minusDays(ageDays);
        return new RecordFacts(
                nextId++,
                "HONOUR",
                Polarity.POSITIVE,
                null,
                decided,
                PublicityPeriod.endOf(Polarity.POSITIVE, null, decided).orElseThrow(),
                RecordStatus.ACTIVE,
                null);
    }

    private static RecordFacts ended(RecordFacts r, RecordStatus status, LocalDate on) {
        return new RecordFacts(
                r.id(), r.category(), r.polarity(), r.severity(), r.decisionDate(), r.publicityEnd(), status, on);
    }

    private static ScoreExplanation score(RecordFacts... records) {
        return ScoreMethod.score(MODEL, List.of(records), ListFacts.NONE, T);
    }

    @Test
    void noCountingRecordsScore1000AndA() {
        ScoreExplanation e = score();
        assertEquals(1000, e.score());
        assertEquals(Grade.A, e.grade());
    }

    @Test
    void decayHalvesTheLoadEachHalfLife() {
        // ORDINARY 15 points a year old: 15 * 0.5 = 7.5; S = 92.5; 10 * 0.5 * 92.5 + 500 = 962.5 -> 963
        ScoreExplanation e = score(penalty("FALSE_ADVERTISING", Severity.ORDINARY, 365));
        assertEquals(7.5, e.indicators().get(0).load(), 1e-12);
        assertEquals(963, e.score());
        // HEAVY 40 points two years old under a two-year half-life: 20; S = 80; 400 + 500 = 900 -> A
        ScoreExplanation safety = score(penalty("DRUG_SALES", Severity.HEAVY, 300));
        assertEquals(40 * Math.pow(0.5, 300 / 730.0), safety.indicators().get(1).load(), 1e-12);
    }

    @Test
    void onlyRecordsInPublicityCount() {
        assertEquals(
                1000, score(penalty("FALSE_ADVERTISING", Severity.WARNING, 0)).score(), "a warning never counts");
        assertEquals(
                1000, score(penalty("FALSE_ADVERTISING", Severity.MINOR, 93)).score(), "MINOR: 3 months");
        assertEquals(
                975,
                score(penalty("FALSE_ADVERTISING", Severity.MINOR, 0)).score(),
                "5 points today: S 95 -> 475 + 500");
        assertEquals(1000, score(penalty("DRUG_SALES", Severity.ORDINARY, 366)).score(), "SAFETY's 12-month window");
        assertTrue(score(penalty("DRUG_SALES", Severity.ORDINARY, 364)).score() < 1000);
        LocalDate tomorrow = T.plusDays(1);
        RecordFacts future = new RecordFacts(
                99,
                "FALSE_ADVERTISING",
                Polarity.NEGATIVE,
                Severity.HEAVY,
                tomorrow,
                tomorrow.plusMonths(36),
                RecordStatus.ACTIVE,
                null);
        assertEquals(1000, score(future).score(), "not decided yet at T");
    }

    @Test
    void revokedAndRepairedRecordsStopCountingOnTheirDate() {
        RecordFacts heavy = penalty("FALSE_ADVERTISING", Severity.HEAVY, 0);
        assertEquals(800, score(heavy).score());
        assertEquals(1000, score(ended(heavy, RecordStatus.REVOKED, T)).score());
        assertEquals(
                1000, score(ended(heavy, RecordStatus.REPAIRED, T.minusDays(1))).score());
        assertEquals(
                800,
                score(ended(heavy, RecordStatus.REPAIRED, T.plusDays(1))).score(),
                "repaired after T: still counts at T");
    }

    @Test
    void roundsHalfUp() {
        // MINOR today: 475; SAFETY 500; one honour a year old: 3 * 0.5 = 1.5 -> 976.5 -> floor(977.0) = 977
        ScoreExplanation e = score(penalty("FALSE_ADVERTISING", Severity.MINOR, 0), honour(365));
        assertEquals(1.5, e.indicators().get(2).bonus(), 0);
        assertEquals(977, e.score());
    }

    @Test
    void bonusesAreCappedAndTheScoreClamped() {
        List<RecordFacts> honours = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            honours.add(honour(0));
        }
        honours.add(penalty("FALSE_ADVERTISING", Severity.HEAVY, 0));
        ScoreExplanation e = ScoreMethod.score(MODEL, honours, ListFacts.NONE, T);
        assertEquals(30, e.indicators().get(2).load(), 1e-12);
        assertEquals(20, e.indicators().get(2).bonus(), 0);
        assertEquals(820, e.score());
        honours.remove(honours.size() - 1);
        assertEquals(1000, ScoreMethod.score(MODEL, honours, ListFacts.NONE, T).score(), "clamped at 1000");
    }

    @Test
    void eachVetoCapsTheGradeAndCanBeSwitchedOff() {
        assertEquals(
                Grade.D,
                ScoreMethod.score(MODEL, List.of(), new ListFacts(true, false), T)
                        .grade());
        assertEquals(
                Grade.C,
                ScoreMethod.score(MODEL, List.of(), new ListFacts(false, true), T)
                        .grade());
        ScoreExplanation light = score(penalty("FALSE_ADVERTISING", Severity.SERIOUS, 364 * 3));
        assertEquals(Grade.A, light.thresholdGrade());
        assertEquals(Grade.A, light.grade(), "a SERIOUS record older than 365 days does not veto");
        RecordFacts seriousRecent = penalty("FALSE_ADVERTISING", Severity.SERIOUS, 364);
        // 100 * 0.5^(364/365) = 50.095; S = 49.905 -> 749.5 -> 750 (B) but the veto caps it at C
        ScoreExplanation capped = score(seriousRecent);
        assertEquals(750, capped.score());
        assertEquals(Grade.B, capped.thresholdGrade());
        assertEquals(Grade.C, capped.grade());
        ScoreModel noRecentVeto = model(new ScoreModel.Vetoes(true, true, false, 40.0));
        assertEquals(
                Grade.B,
                ScoreMethod.score(noRecentVeto, List.of(seriousRecent), ListFacts.NONE, T)
                        .grade());
        // worst single factor: two HEAVY today in a lightly weighted TRADE: 80 points, S = 20 < 40, yet 0.1 * 20 * 10
        // + 0.9 * 100 * 10 = 920 (A by threshold) -> capped at C
        ScoreModel heavyTrade = new ScoreModel(
                "m",
                1,
                List.of(
                        new Indicator("TRADE", Polarity.NEGATIVE, Set.of("FALSE_ADVERTISING"), 365, null, 0.1, 0),
                        new Indicator("SAFETY", Polarity.NEGATIVE, Set.of("DRUG_SALES"), 730, null, 0.9, 0)),
                ScoreModel.DEFAULT_SEVERITY_POINTS,
                Map.of(),
                10,
                ScoreModel.Thresholds.DEFAULT,
                ScoreModel.Vetoes.DEFAULT);
        List<RecordFacts> twoHeavy = List.of(
                penalty("FALSE_ADVERTISING", Severity.HEAVY, 0), penalty("FALSE_ADVERTISING", Severity.HEAVY, 0));
        ScoreExplanation worst = ScoreMethod.score(heavyTrade, twoHeavy, ListFacts.NONE, T);
        assertEquals(920, worst.score());
        assertEquals(Grade.A, worst.thresholdGrade());
        assertEquals(Grade.C, worst.grade());
        ScoreModel noWorstVeto = new ScoreModel(
                "m",
                1,
                heavyTrade.indicators(),
                heavyTrade.severityPoints(),
                Map.of(),
                10,
                ScoreModel.Thresholds.DEFAULT,
                new ScoreModel.Vetoes(true, true, true, null));
        assertEquals(
                Grade.A,
                ScoreMethod.score(noWorstVeto, twoHeavy, ListFacts.NONE, T).grade());
    }

    @Test
    void anExplanationRecomputesToItsScore() {
        Random random = new Random(7);
        String[] categories = {"FALSE_ADVERTISING", "FAKE_PRICE_PROMOTION", "DRUG_SALES"};
        Severity[] severities = Severity.values();
        for (int b = 0; b < 500; b++) {
            List<RecordFacts> records = new ArrayList<>();
            for (int k = random.nextInt(8); k > 0; k--) {
                records.add(
                        random.nextInt(6) == 0
                                ? honour(random.nextInt(1500))
                                : penalty(
                                        categories[random.nextInt(3)],
                                        severities[random.nextInt(severities.length)],
                                        random.nextInt(1500)));
            }
            ScoreExplanation e = ScoreMethod.score(MODEL, records, ListFacts.NONE, T);
            assertEquals(e.score(), e.recomputedScore());
            double recomputedLoad = e.indicators().get(0).records().stream()
                    .mapToDouble(r -> r.points() * r.decay())
                    .sum();
            assertEquals(e.indicators().get(0).load(), recomputedLoad, 1e-9);
        }
    }
}
