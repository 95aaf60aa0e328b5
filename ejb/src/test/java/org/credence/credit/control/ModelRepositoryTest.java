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
import org.credence.violation.entity.Polarity;
import org.junit.jupiter.api.Test;

/** Models stored and read back on a real (in-memory H2) database. */
class ModelRepositoryTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 9, 0);
    static final LocalDate TODAY = NOW.toLocalDate();

    @Test
    void aDraftRoundTripsIsReplacedAndActivationRetiresThePredecessorFromItsDate() throws SQLException {
        TestDatabase db = new TestDatabase();
        try (Connection c = db.connection()) {
            ModelView original = ModelRepository.find(c, 1);
            assertEquals("ACTIVE", original.status());
            assertEquals(14, original.definition().indicators().size());

            List<FieldError> errors = new ArrayList<>();
            Map<String, Polarity> catalogue = Map.of(
                    "FALSE_ADVERTISING",
                    Polarity.NEGATIVE,
                    "DRUG_SALES",
                    Polarity.NEGATIVE,
                    "HONOUR",
                    Polarity.POSITIVE);
            ModelRules.Checked copy = ModelRules.check(original.definition(), Map.of(), new ArrayList<>());
            assertFalse(copy.indicators().isEmpty());
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
                                    ModelRulesTest.indicator("ADS", "NEGATIVE", List.of("FALSE_ADVERTISING"), "0.25"),
                                    ModelRulesTest.indicator("DRUGS", "NEGATIVE", List.of("DRUG_SALES"), "0.75"),
                                    ModelRulesTest.indicator("GOOD", "POSITIVE", List.of("HONOUR"), null))),
                    catalogue,
                    errors);
            assertEquals(List.of(), errors);
            long id = ModelRepository.insertDraft(c, 1, 2, 1L, small, "DIRECT", null, "samr-admin", NOW);
            ModelView draft = ModelRepository.find(c, id);
            assertTrue(draft.draft());
            assertEquals("small", draft.name());
            assertEquals(2, draft.modelVersion());
            assertEquals(
                    List.of("ADS", "DRUGS", "GOOD"),
                    draft.definition().indicators().stream()
                            .map(ModelDefinition.IndicatorDefinition::code)
                            .toList());
            assertEquals(
                    0,
                    new BigDecimal("0.75")
                            .compareTo(draft.definition().indicators().get(1).weight()));
            assertEquals(
                    0,
                    new BigDecimal("15")
                            .compareTo(draft.definition()
                                    .positivePointsByCategory()
                                    .get("HONOUR")));
            assertEquals(15.0, ModelStore.find(c, id).model().positivePoints().get("HONOUR"));

            assertFalse(
                    ModelRepository.replaceDraft(c, id, draft.version() + 1, small, "DIRECT", null), "stale version");
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
                    catalogue,
                    errors);
            assertTrue(ModelRepository.replaceDraft(c, id, draft.version(), unweighted, "DIRECT", null));
            ModelView replaced = ModelRepository.find(c, id);
            assertEquals(1, replaced.definition().indicators().size());
            assertNull(replaced.definition().indicators().get(0).weight());
            assertNull(replaced.weightMethod());
            assertTrue(ModelRepository.replaceDraft(c, id, replaced.version(), small, "DIRECT", null));

            LocalDate from = TODAY.plusDays(10);
            ModelRepository.activate(c, ModelRepository.find(c, id), from, "samr-admin", NOW);
            assertEquals("ACTIVE", ModelRepository.find(c, id).status());
            ModelView predecessor = ModelRepository.find(c, 1);
            assertEquals("RETIRED", predecessor.status());
            assertEquals(from, predecessor.retiredOn());
            // the predecessor stays in force until the successor's date
            assertEquals(1, ModelStore.inForce(c, from.minusDays(1)).get(0).id());
            assertEquals(id, ModelStore.inForce(c, from).get(0).id());
            c.rollback();
        }
    }
}
