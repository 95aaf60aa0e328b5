package org.credence.credit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.credence.credit.entity.ModelDefinition;
import org.credence.credit.entity.ModelView;
import org.credence.platform.FieldError;
import org.credence.testing.TestDatabase;
import org.credence.testing.TestEntities;
import org.credence.violation.entity.Polarity;
import org.junit.jupiter.api.Test;

/** Models kept as entities and read back, on a real (in-memory H2) database through the server's JPA provider. */
class ModelEntriesTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 9, 0);
    static final LocalDate TODAY = NOW.toLocalDate();

    static final Map<String, Polarity> CATALOGUE = Map.of(
            "FALSE_ADVERTISING", Polarity.NEGATIVE, "DRUG_SALES", Polarity.NEGATIVE, "HONOUR", Polarity.POSITIVE);

    static ModelRules.Checked small() {
        return small("0.25", "0.75");
    }

    static ModelRules.Checked small(String ads, String drugs) {
        List<FieldError> errors = new ArrayList<>();
        ModelRules.Checked small = ModelRules.check(
                new ModelDefinition(
                        null,
                        "small",
                        null,
                        null,
                        Map.of("HONOUR", new BigDecimal("15")),
                        null,
                        null,
                        List.of(
                                ModelRulesTest.indicator("ADS", "NEGATIVE", List.of("FALSE_ADVERTISING"), ads),
                                ModelRulesTest.indicator("DRUGS", "NEGATIVE", List.of("DRUG_SALES"), drugs),
                                ModelRulesTest.indicator("GOOD", "POSITIVE", List.of("HONOUR"), null))),
                CATALOGUE,
                errors);
        assertEquals(List.of(), errors);
        return small;
    }

    static ModelRules.Checked unweighted() {
        List<FieldError> errors = new ArrayList<>();
        ModelRules.Checked unweighted = ModelRules.check(
                new ModelDefinition(
                        null,
                        "small",
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(ModelRulesTest.indicator("ADS", "NEGATIVE", List.of("FALSE_ADVERTISING"), null))),
                CATALOGUE,
                errors);
        assertEquals(List.of(), errors);
        return unweighted;
    }

    @Test
    void aDraftRoundTripsIsReplacedAndActivationRetiresThePredecessorFromItsDate() throws SQLException {
        TestDatabase db = new TestDatabase();
        try (TestEntities entities = new TestEntities(db);
                Connection c = db.connection()) {
            ModelView original = entities.inTransaction(em -> new ModelEntries(em).find(1));
            assertEquals("ACTIVE", original.status());
            assertEquals(14, original.definition().indicators().size());

            ModelRules.Checked small = small();
            long id = entities.inTransaction(
                    em -> new ModelEntries(em).insertDraft(1, 2, 1L, small, "DIRECT", null, "samr-admin", NOW));
            ModelView draft = entities.inTransaction(em -> new ModelEntries(em).find(id));
            assertTrue(draft.draft());
            assertEquals(1, draft.version(), "a new draft's version (0 in the JDBC code)");
            assertEquals("small", draft.name());
            assertEquals(2, draft.modelVersion());
            assertEquals(1L, draft.basedOn());
            assertEquals("DIRECT", draft.weightMethod());
            assertEquals(
                    List.of("ADS", "DRUGS", "GOOD"),
                    draft.definition().indicators().stream()
                            .map(ModelDefinition.IndicatorDefinition::code)
                            .toList());
            assertEquals(
                    List.of("DRUG_SALES"),
                    draft.definition().indicators().get(1).categories());
            // a weight reads back as the column keeps it, six decimals, as the JDBC reader read it before
            assertEquals(
                    new BigDecimal("0.750000"),
                    draft.definition().indicators().get(1).weight());
            assertEquals(
                    new BigDecimal("15"),
                    draft.definition().positivePointsByCategory().get("HONOUR"));
            // what scoring reads in JDBC is what the entity wrote
            assertEquals(15.0, ModelStore.find(c, id).model().positivePoints().get("HONOUR"));
            assertEquals(
                    0.75, ModelStore.find(c, id).model().indicators().get(1).weight());
            // the same view whether read in the writing transaction or in a later one
            assertEquals(draft, entities.inTransaction(em -> {
                ModelEntries models = new ModelEntries(em);
                long again = models.insertDraft(1, 3, 1L, small, "DIRECT", null, "samr-admin", NOW);
                ModelView inside = models.find(again);
                em.getTransaction().setRollbackOnly();
                return new ModelView(
                        id,
                        inside.agencyId(),
                        inside.agency(),
                        inside.name(),
                        2,
                        inside.status(),
                        inside.effectiveFrom(),
                        inside.retiredOn(),
                        inside.basedOn(),
                        inside.weightMethod(),
                        inside.weightBasis(),
                        inside.createdAt(),
                        inside.createdBy(),
                        inside.activatedAt(),
                        inside.activatedBy(),
                        inside.retiredBy(),
                        inside.version(),
                        inside.definition());
            }));

            boolean stale = entities.inTransaction(
                    em -> new ModelEntries(em).replaceDraft(id, draft.version() + 1, small, "DIRECT", null));
            assertFalse(stale, "stale version");
            boolean done = entities.inTransaction(
                    em -> new ModelEntries(em).replaceDraft(id, draft.version(), unweighted(), "DIRECT", null));
            assertTrue(done);
            ModelView replaced = entities.inTransaction(em -> new ModelEntries(em).find(id));
            assertEquals(1, replaced.definition().indicators().size());
            assertNull(replaced.definition().indicators().get(0).weight());
            assertNull(replaced.weightMethod());
            assertEquals(Map.of(), replaced.definition().positivePointsByCategory());
            assertTrue(replaced.version() > draft.version(), "a replaced draft's version grows");
            done = entities.inTransaction(
                    em -> new ModelEntries(em).replaceDraft(id, replaced.version(), small, "DIRECT", null));
            assertTrue(done);
            ModelView weighted = entities.inTransaction(em -> new ModelEntries(em).find(id));
            assertEquals(replaced.version() + 1, weighted.version());
            // only the weights change, columns of the indicators and none of the model's row: the version grows all
            // the same, by one
            done = entities.inTransaction(em ->
                    new ModelEntries(em).replaceDraft(id, weighted.version(), small("0.5", "0.5"), "DIRECT", null));
            assertTrue(done);
            ModelView reweighted = entities.inTransaction(em -> new ModelEntries(em).find(id));
            assertEquals(
                    new BigDecimal("0.500000"),
                    reweighted.definition().indicators().get(0).weight());
            assertEquals(weighted.version() + 1, reweighted.version());
            stale = entities.inTransaction(
                    em -> new ModelEntries(em).replaceDraft(id, weighted.version(), small, "DIRECT", null));
            assertFalse(stale, "the version read before the last change is stale");

            LocalDate from = TODAY.plusDays(10);
            entities.inTransaction(em -> {
                ModelEntries models = new ModelEntries(em);
                models.lockAgency(1);
                models.lock(id);
                models.activate(models.find(id), from, "samr-admin", NOW);
                return null;
            });
            ModelView active = entities.inTransaction(em -> new ModelEntries(em).find(id));
            assertEquals("ACTIVE", active.status());
            assertEquals(from, active.effectiveFrom());
            assertEquals("samr-admin", active.activatedBy());
            ModelView predecessor = entities.inTransaction(em -> new ModelEntries(em).find(1));
            assertEquals("RETIRED", predecessor.status());
            assertEquals(from, predecessor.retiredOn());
            // the predecessor stays in force until the successor's date
            assertEquals(1, ModelStore.inForce(c, from.minusDays(1)).get(0).id());
            assertEquals(id, ModelStore.inForce(c, from).get(0).id());
            assertEquals(
                    List.of(id),
                    entities.inTransaction(em -> new ModelEntries(em).list(1L, "ACTIVE")).stream()
                            .map(ModelView::id)
                            .toList());
            // version 3 was written in a transaction rolled back: it is free
            int last = entities.inTransaction(em -> new ModelEntries(em).lastVersion(1, "small"));
            assertEquals(2, last);
            int none = entities.inTransaction(em -> new ModelEntries(em).lastVersion(1, "no such model"));
            assertEquals(0, none);

            // a second draft activated from an earlier date: the first, retired before it came into force, leaves
            // office on that date, and the second is the agency's one ACTIVE model
            long second = entities.inTransaction(
                    em -> new ModelEntries(em).insertDraft(1, 3, id, small(), "DIRECT", null, "samr-admin", NOW));
            LocalDate earlier = TODAY.plusDays(5);
            entities.inTransaction(em -> {
                ModelEntries models = new ModelEntries(em);
                models.activate(models.find(second), earlier, "samr-admin", NOW);
                return null;
            });
            assertEquals(
                    "ACTIVE",
                    entities.inTransaction(em -> new ModelEntries(em).find(second))
                            .status());
            ModelView first = entities.inTransaction(em -> new ModelEntries(em).find(id));
            assertEquals("RETIRED", first.status());
            assertEquals(earlier, first.retiredOn());
            assertEquals(
                    earlier,
                    entities.inTransaction(em -> new ModelEntries(em).find(1)).retiredOn());

            entities.inTransaction(em -> {
                new ModelEntries(em).retire(second, from, "samr-admin");
                return null;
            });
            assertEquals(
                    "RETIRED",
                    entities.inTransaction(em -> new ModelEntries(em).find(second))
                            .status());
            assertEquals(List.of(), entities.inTransaction(em -> new ModelEntries(em).list(1L, "ACTIVE")));
        }
    }

    /**
     * In the server the entity manager and the JDBC work of one transaction share its connection: a draft written as
     * an entity is seen by the JDBC reader before commit (a preview scores it so), and is gone after a rollback (a
     * trial of new weights).
     */
    @Test
    void theJdbcReaderOfTheSameTransactionSeesTheDraftAndARollbackTakesItAway() {
        TestDatabase db = new TestDatabase();
        try (TestEntities entities = new TestEntities(db)) {
            long id = entities.inTransaction(em -> {
                ModelEntries models = new ModelEntries(em);
                long draft = models.insertDraft(1, 2, 1L, small(), "DIRECT", null, "samr-admin", NOW);
                try {
                    ModelStore.StoredModel stored = ModelStore.find(em.unwrap(Connection.class), draft);
                    assertEquals(
                            List.of("ADS", "DRUGS", "GOOD"),
                            stored.model().indicators().stream()
                                    .map(ScoreModel.Indicator::code)
                                    .toList());
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                em.getTransaction().setRollbackOnly();
                return draft;
            });
            assertNull(entities.inTransaction(em -> new ModelEntries(em).find(id)));
        }
    }

    @Test
    void aMissingModelIsRefusedAsNotFound() {
        TestDatabase db = new TestDatabase();
        try (TestEntities entities = new TestEntities(db)) {
            assertNull(entities.inTransaction(em -> new ModelEntries(em).find(999_999)));
            org.junit.jupiter.api.Assertions.assertThrows(
                    org.credence.platform.NotFoundException.class,
                    () -> entities.inTransaction(em -> new ModelEntries(em).existing(999_999)));
        }
    }
}
