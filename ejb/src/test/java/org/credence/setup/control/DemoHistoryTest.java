package org.credence.setup.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.credence.business.boundary.BusinessDescription;
import org.credence.credit.control.ModelStore;
import org.credence.credit.control.ModelStore.StoredModel;
import org.credence.inspection.control.PlanEntries;
import org.credence.inspection.entity.InspectorEntry;
import org.credence.inspection.entity.Item;
import org.credence.platform.jdbc.Jdbc;
import org.credence.setup.boundary.DemoDataset;
import org.credence.testing.DirectoryRows;
import org.credence.testing.TestDatabase;
import org.credence.testing.TestEntities;
import org.credence.validation.control.ModelValidation;
import org.credence.validation.control.ObservationStore;
import org.credence.validation.control.OutcomeWeights;
import org.credence.validation.control.ValidationReport;
import org.credence.violation.control.IntakeRun;
import org.credence.violation.control.RecordValidator;
import org.credence.violation.control.RecordValidator.CategoryRule;
import org.credence.violation.entity.Polarity;
import org.junit.jupiter.api.Test;

/** The demo's year of inspections gives a working validation report and outcome weights. */
class DemoHistoryTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @Test
    void aYearOfCompletedInspectionsWhoseHitsRiseWithTheLoads() throws SQLException {
        TestDatabase db = new TestDatabase();
        try (Connection c = db.connection()) {
            // the demo's own population and records, as the demo loads them; the model came into force
            // this year (as on a new installation, today): the plans name it
            for (Item item : DemoInspections.items()) {
                DirectoryRows.insertItem(c, item, "demo-data", TODAY.atTime(1, 0));
            }
            for (InspectorEntry inspector : DemoInspections.inspectors(TODAY)) {
                DirectoryRows.insertInspector(c, inspector, "demo-data", TODAY.atTime(1, 0));
            }
            SyntheticPopulation population = new SyntheticPopulation(DemoDataset.SEED, DemoDataset.BUSINESSES);
            for (int i = 0; i < population.size(); i++) {
                BusinessDescription b = population.business(i);
                Jdbc.update(
                        c,
                        "insert into business (id, uscc, uscc_exception, name, entity_type, region_code, industry_code,"
                                + " status, created_at, created_by, updated_at, updated_by, version) values (?, ?, false, ?, ?, ?, ?, ?,"
                                + " ?, 'demo-data', ?, 'demo-data', 0)",
                        i + 1L,
                        b.uscc(),
                        b.name(),
                        b.entityType(),
                        b.regionCode(),
                        b.industryCode(),
                        b.status().name(),
                        TODAY.atTime(1, 0),
                        TODAY.atTime(1, 0));
            }
            RecordValidator validator = new RecordValidator(catalogue(c), agencies(c), null, TODAY);
            IntakeRun run = new IntakeRun(c, validator, "demo-data", TODAY.atTime(1, 0), false, true, false);
            long[] row = {0};
            population.records(DemoDataset.RECORDS, TODAY, catalogue(c), submission -> {
                try {
                    run.add(row[0]++, submission);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertEquals(0, run.finish().errorCount());

            // the plans are entities: the history is loaded in a transaction of the entity manager, on its connection
            c.commit();
            DemoHistory.Loaded loaded;
            try (TestEntities entities = new TestEntities(db)) {
                loaded = entities.inTransaction(em -> {
                    try {
                        return DemoHistory.load(
                                em.unwrap(Connection.class),
                                new PlanEntries(em),
                                20261122L,
                                TODAY,
                                "demo-data",
                                TODAY.atTime(3, 0));
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
            assertEquals(12, loaded.plans());
            assertEquals(loaded.targets(), loaded.hits() + loaded.cleans() + loaded.notObserved());
            assertEquals(12, (int)
                    Jdbc.one(c, "select count(*) from inspection_plan where status = 'COMPLETED'", rs -> rs.getInt(1)));
            assertEquals(0, (int) Jdbc.one(
                    c,
                    "select count(*) from draw_target where status = 'STAFFED' and (outcome is null"
                            + " or published_at is null)",
                    rs -> rs.getInt(1)));
            assertEquals(0, (int)
                    Jdbc.one(c, "select count(*) from draw_target where completed_on >= ?", rs -> rs.getInt(1), TODAY));
            assertEquals(0, (int) Jdbc.one(
                    c,
                    "select count(*) from draw_target where published_at > ? or recorded_at > ?",
                    rs -> rs.getInt(1),
                    TODAY.atTime(3, 0),
                    TODAY.atTime(3, 0)));

            StoredModel model = ModelStore.find(c, 1);
            ObservationStore.Source source =
                    ObservationStore.read(c, model, TODAY.minusYears(1).plusDays(1), TODAY);
            assertEquals(loaded.targets(), source.targets().size(), "every result lies in the last twelve months");
            ValidationReport report = ModelValidation.report(source.observations(), source.draws(), source.runs());
            assertEquals(loaded.hits(), report.hits());
            assertTrue(loaded.hits() >= 10 && loaded.cleans() >= 10, "enough to learn weights from: " + loaded);
            assertTrue(
                    report.unknownGrades().isEmpty(), "every grade with members is drawn: " + report.unknownGrades());
            assertNotNull(report.scoreAuc());
            assertTrue(report.scoreAuc() > 0.55, "the score ranks the synthetic hits: " + report.scoreAuc());
            OutcomeWeights.Assessment learned =
                    OutcomeWeights.assess(source.codes(), java.util.Map.of(), source.observations());
            assertNotNull(learned.crossValidatedAuc(), String.valueOf(learned.crossValidationRefusal()));
        }
    }

    private static Map<String, Long> agencies(Connection c) throws SQLException {
        Map<String, Long> agencies = new HashMap<>();
        Jdbc.list(c, "select id, code from agency", rs -> agencies.put(rs.getString(2), rs.getLong(1)));
        return agencies;
    }

    private static Map<String, CategoryRule> catalogue(Connection c) throws SQLException {
        Map<Long, Set<String>> reporters = new HashMap<>();
        Jdbc.list(
                c,
                "select ca.category_id, a.code from record_category_agency ca join agency a on a.id = ca.agency_id",
                rs -> reporters
                        .computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
                        .add(rs.getString(2)));
        Map<String, CategoryRule> catalogue = new HashMap<>();
        Jdbc.list(
                c,
                "select id, code, polarity, special_sector from record_category",
                rs -> catalogue.put(
                        rs.getString(2),
                        new CategoryRule(
                                rs.getLong(1),
                                rs.getString(2),
                                Polarity.valueOf(rs.getString(3)),
                                rs.getBoolean(4),
                                reporters.getOrDefault(rs.getLong(1), Set.of()))));
        return catalogue;
    }

    @Test
    void theChanceOfAHitRisesWithTheLoads() {
        assertTrue(DemoHistory.hitChance(0) < DemoHistory.hitChance(20));
        assertTrue(DemoHistory.hitChance(20) < DemoHistory.hitChance(100));
        assertEquals(DemoHistory.hitChance(DemoHistory.LOAD_CAP), DemoHistory.hitChance(10 * DemoHistory.LOAD_CAP));
    }
}
