package org.credence.credit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.credence.credit.entity.ModelDefinition;
import org.credence.credit.entity.ModelDefinition.IndicatorDefinition;
import org.credence.platform.FieldError;
import org.credence.violation.entity.Polarity;
import org.credence.violation.entity.Severity;
import org.junit.jupiter.api.Test;

class ModelRulesTest {

    static final Map<String, Polarity> CATALOGUE = Map.of(
            "FALSE_ADVERTISING", Polarity.NEGATIVE, "DRUG_SALES", Polarity.NEGATIVE, "HONOUR", Polarity.POSITIVE);

    static IndicatorDefinition indicator(String code, String polarity, List<String> categories, String weight) {
        return new IndicatorDefinition(
                code,
                null,
                null,
                null,
                polarity,
                categories,
                null,
                null,
                weight == null ? null : new BigDecimal(weight),
                null);
    }

    static ModelDefinition model(IndicatorDefinition... indicators) {
        return new ModelDefinition(null, "m", null, null, null, null, null, List.of(indicators));
    }

    static List<String> fields(ModelDefinition definition) {
        List<FieldError> errors = new ArrayList<>();
        ModelRules.check(definition, CATALOGUE, errors);
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void fillsInTheSpecsDefaults() {
        List<FieldError> errors = new ArrayList<>();
        ModelRules.Checked checked = ModelRules.check(
                model(
                        indicator("ADS", "NEGATIVE", List.of("FALSE_ADVERTISING"), null),
                        indicator("GOOD", "POSITIVE", List.of("HONOUR"), null)),
                CATALOGUE,
                errors);
        assertEquals(List.of(), errors);
        assertEquals(0, new BigDecimal("100").compareTo(checked.severityPoints().get(Severity.SERIOUS)));
        assertEquals(900, checked.thresholdA());
        assertEquals(0, new BigDecimal("40").compareTo(checked.worstFactorBelow()));
        assertEquals(
                0, new BigDecimal("365").compareTo(checked.indicators().get(0).halfLifeDays()));
        assertEquals(
                0, new BigDecimal("20").compareTo(checked.indicators().get(1).bonusCap()));
        assertNull(checked.weights(), "no weights until they are set");
    }

    @Test
    void namesTheFieldOfEveryFault() {
        assertEquals(
                List.of("indicators[0].categories[0]"),
                fields(model(indicator("ADS", "NEGATIVE", List.of("NO_SUCH_CATEGORY"), "1"))));
        assertEquals(
                List.of("indicators[0].categories[0]"),
                fields(model(indicator("ADS", "NEGATIVE", List.of("HONOUR"), "1"))));
        assertEquals(
                List.of("indicators[1].categories[0]"),
                fields(model(
                        indicator("ADS", "NEGATIVE", List.of("FALSE_ADVERTISING"), "0.5"),
                        indicator("ADS2", "NEGATIVE", List.of("FALSE_ADVERTISING"), "0.5"))));
        assertEquals(
                List.of("indicators[1].code"),
                fields(model(
                        indicator("ADS", "NEGATIVE", List.of("FALSE_ADVERTISING"), "0.5"),
                        indicator("ADS", "NEGATIVE", List.of("DRUG_SALES"), "0.5"))));
        assertEquals(
                List.of("indicators[].weight"),
                fields(model(
                        indicator("ADS", "NEGATIVE", List.of("FALSE_ADVERTISING"), "0.5"),
                        indicator("DRUGS", "NEGATIVE", List.of("DRUG_SALES"), "0.6"))));
        assertEquals(
                List.of("indicators[].weight"),
                fields(model(
                        indicator("ADS", "NEGATIVE", List.of("FALSE_ADVERTISING"), "-0.5"),
                        indicator("DRUGS", "NEGATIVE", List.of("DRUG_SALES"), "1.5"))));
        assertEquals(
                List.of("indicators"),
                fields(model(
                        indicator("ADS", "NEGATIVE", List.of("FALSE_ADVERTISING"), "1"),
                        indicator("DRUGS", "NEGATIVE", List.of("DRUG_SALES"), null))));
        assertEquals(
                List.of("indicators[0].weight"), fields(model(indicator("GOOD", "POSITIVE", List.of("HONOUR"), "1"))));
        assertEquals(List.of("indicators"), fields(model()));
        ModelDefinition thresholds = new ModelDefinition(
                null,
                "m",
                Map.of("WARNING", BigDecimal.ONE),
                null,
                null,
                new ModelDefinition.Thresholds(700, 750, 600),
                null,
                List.of(indicator("ADS", "NEGATIVE", List.of("FALSE_ADVERTISING"), "1")));
        assertTrue(
                fields(thresholds).containsAll(List.of("severityPoints.WARNING", "thresholds")),
                fields(thresholds).toString());
    }

    @Test
    void vetoesLeftOutKeepTheirDefaultsAndAreSwitchedOffExplicitly() {
        IndicatorDefinition ads = indicator("ADS", "NEGATIVE", List.of("FALSE_ADVERTISING"), "1");
        List<FieldError> errors = new ArrayList<>();
        ModelRules.Checked partly = ModelRules.check(
                new ModelDefinition(
                        null,
                        "m",
                        null,
                        null,
                        null,
                        null,
                        new ModelDefinition.Vetoes(null, false, null, null, null),
                        List.of(ads)),
                CATALOGUE,
                errors);
        assertEquals(List.of(), errors);
        assertTrue(partly.seriousList() && partly.recentSerious() && !partly.abnormalList());
        assertEquals(0, new BigDecimal("40").compareTo(partly.worstFactorBelow()));
        ModelRules.Checked off = ModelRules.check(
                new ModelDefinition(
                        null,
                        "m",
                        null,
                        null,
                        null,
                        null,
                        new ModelDefinition.Vetoes(null, null, null, false, null),
                        List.of(ads)),
                CATALOGUE,
                errors);
        assertNull(off.worstFactorBelow());
        assertEquals(
                List.of("vetoes.worstFactorBelow"),
                fields(new ModelDefinition(
                        null,
                        "m",
                        null,
                        null,
                        null,
                        null,
                        new ModelDefinition.Vetoes(null, null, null, null, new BigDecimal("39.0001")),
                        List.of(ads))));
    }

    @Test
    void aWeightAboveOneIsRefusedBeforeAnySum() {
        assertEquals(
                List.of("indicators[].weight"),
                fields(model(
                        indicator("ADS", "NEGATIVE", List.of("FALSE_ADVERTISING"), "1e1000000000"),
                        indicator("DRUGS", "NEGATIVE", List.of("DRUG_SALES"), "0.5"))));
    }

    @Test
    void weightsWithinOneMillionthAreRescaled() {
        List<FieldError> errors = new ArrayList<>();
        ModelRules.Checked checked = ModelRules.check(
                model(
                        indicator("ADS", "NEGATIVE", List.of("FALSE_ADVERTISING"), "0.333333"),
                        indicator("DRUGS", "NEGATIVE", List.of("DRUG_SALES"), "0.666666")),
                CATALOGUE,
                errors);
        assertEquals(List.of(), errors);
        assertEquals(
                0,
                BigDecimal.ONE.compareTo(checked.weights().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)));
    }
}
