package org.credence.setup.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.credence.credit.control.ModelStore;
import org.credence.credit.control.ModelStore.StoredModel;
import org.credence.platform.Jdbc;
import org.credence.testing.TestDatabase;
import org.credence.validation.control.ModelValidation;
import org.credence.validation.control.ObservationStore;
import org.credence.validation.control.OutcomeWeights;
import org.credence.validation.control.ValidationReport;
import org.junit.jupiter.api.Test;

/** The demo's year of inspections gives a working validation report and outcome weights. */
class DemoHistoryTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    static final List<String> CATEGORIES = List.of("FALSE_ADVERTISING", "DRUG_SALES", "TELECOM_FRAUD");
    static final List<String> SEVERITIES = List.of("MINOR", "ORDINARY", "HEAVY", "SERIOUS");

    @Test
    void aYearOfCompletedInspectionsWhoseHitsRiseWithTheLoads() throws SQLException {
        TestDatabase db = new TestDatabase();
        try (Connection c = db.connection()) {
            // the model came into force this year (as on a new installation, today): the plans name it
            DemoInspections.load(c, TODAY, "demo-data", TODAY.atTime(8, 0));
            SplittableRandom random = new SplittableRandom(5);
            for (int i = 0; i < 300; i++) {
                long id = db.business(c, i);
                if (random.nextInt(10) < 3) {
                    for (int k = 1 + random.nextInt(4); k > 0; k--) {
                        db.record(c, id, CATEGORIES.get(random.nextInt(CATEGORIES.size())),
                                SEVERITIES.get(random.nextInt(SEVERITIES.size())), TODAY.minusDays(random.nextInt(4 * 365)));
                    }
                }
            }
            DemoHistory.Loaded loaded = DemoHistory.load(c, 20261122L, TODAY, "demo-data", TODAY.atTime(3, 0));
            assertEquals(12, loaded.plans());
            assertEquals(loaded.targets(), loaded.hits() + loaded.cleans() + loaded.notObserved());
            assertEquals(12, (int) Jdbc.one(c, "select count(*) from inspection_plan where status = 'COMPLETED'", rs -> rs.getInt(1)));
            assertEquals(0, (int) Jdbc.one(c, "select count(*) from draw_target where status = 'STAFFED' and (outcome is null"
                    + " or published_at is null)", rs -> rs.getInt(1)));
            assertEquals(0, (int) Jdbc.one(c, "select count(*) from draw_target where completed_on >= ?", rs -> rs.getInt(1), TODAY));
            assertEquals(0, (int) Jdbc.one(c, "select count(*) from draw_target where published_at > ? or recorded_at > ?",
                    rs -> rs.getInt(1), TODAY.atTime(3, 0), TODAY.atTime(3, 0)));

            StoredModel model = ModelStore.find(c, 1);
            ObservationStore.Source source = ObservationStore.read(c, model, TODAY.minusYears(1).plusDays(1), TODAY);
            assertEquals(loaded.targets(), source.targets().size(), "every result lies in the last twelve months");
            ValidationReport report = ModelValidation.report(source.observations(), source.draws(), source.runs());
            assertEquals(loaded.hits(), report.hits());
            assertTrue(report.unknownGrades().isEmpty(), "every grade with members is drawn: " + report.unknownGrades());
            assertNotNull(report.scoreAuc());
            assertTrue(report.scoreAuc() > 0.55, "the score ranks the synthetic hits: " + report.scoreAuc());
            OutcomeWeights.Assessment learned = OutcomeWeights.assess(source.codes(), java.util.Map.of(), source.observations());
            assertNotNull(learned.crossValidatedAuc(), String.valueOf(learned.crossValidationRefusal()));
        }
    }

    @Test
    void theChanceOfAHitRisesWithTheLoads() {
        assertTrue(DemoHistory.hitChance(0) < DemoHistory.hitChance(20));
        assertTrue(DemoHistory.hitChance(20) < DemoHistory.hitChance(100));
        assertEquals(DemoHistory.hitChance(DemoHistory.LOAD_CAP), DemoHistory.hitChance(10 * DemoHistory.LOAD_CAP));
    }
}
