package org.credence.ui.credit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.credence.credit.entity.ModelDefinition;
import org.credence.credit.entity.ModelDefinition.IndicatorDefinition;
import org.junit.jupiter.api.Test;

class ModelStructureTest {

    private static final ModelDefinition DEFINITION = new ModelDefinition(
            "CAC",
            "Network conduct",
            null,
            null,
            null,
            new ModelDefinition.Thresholds(900, 750, 600),
            null,
            List.of(
                    new IndicatorDefinition(
                            "HARMFUL",
                            "Harmful",
                            "NETWORK",
                            "Network",
                            "NEGATIVE",
                            List.of("HARMFUL_INFORMATION"),
                            BigDecimal.valueOf(365),
                            null,
                            new BigDecimal("0.6"),
                            null),
                    new IndicatorDefinition(
                            "GOOD",
                            "Good",
                            "POSITIVE",
                            "Positive",
                            "POSITIVE",
                            List.of("HONOUR"),
                            BigDecimal.valueOf(365),
                            null,
                            null,
                            BigDecimal.TEN),
                    new IndicatorDefinition(
                            "DATA",
                            "Data",
                            "NETWORK",
                            "Network",
                            "NEGATIVE",
                            List.of("PERSONAL_INFORMATION_LEAK"),
                            BigDecimal.valueOf(180),
                            12,
                            new BigDecimal("0.4"),
                            null)));

    @Test
    void aDefinitionBecomesATreeByDimensionInOrderOfFirstAppearance() {
        ModelStructure tree = ModelStructure.of(DEFINITION);
        assertEquals(
                List.of("NETWORK", "POSITIVE"),
                tree.getDimensions().stream()
                        .map(ModelStructure.Dimension::getCode)
                        .toList());
        assertEquals(
                List.of("HARMFUL", "DATA"),
                tree.getDimensions().get(0).getIndicators().stream()
                        .map(ModelStructure.Indicator::getCode)
                        .toList());
        assertEquals(0, BigDecimal.ONE.compareTo(tree.getDimensions().get(0).getWeight()));
        assertNull(tree.getDimensions().get(1).getWeight(), "a dimension of POSITIVE indicators has no weight");
    }

    @Test
    void theTreeGoesBackInTreeOrderAndTellsWhereEachPositionIsShown() {
        ModelStructure tree = ModelStructure.of(DEFINITION);
        ModelStructure.Dimension added = tree.addDimension();
        added.setCode("FRAUD");
        added.getIndicators().get(0).setCode("TELECOM");
        added.getIndicators().get(0).setCategories(List.of("TELECOM_FRAUD"));
        ModelDefinition changed = tree.applyTo(DEFINITION, "Renamed", new ModelDefinition.Thresholds(800, 700, 500));
        assertEquals("Renamed", changed.name());
        assertEquals("CAC", changed.agency());
        assertEquals(
                List.of("HARMFUL", "DATA", "GOOD", "TELECOM"),
                changed.indicators().stream().map(IndicatorDefinition::code).toList());
        IndicatorDefinition data = changed.indicators().get(1);
        assertEquals(12, data.windowMonths());
        assertEquals("NETWORK", data.dimension());
        assertEquals(BigDecimal.TEN, changed.indicators().get(2).bonusCap());
        assertArrayEquals(new int[] {1, 0}, tree.position(2));
        assertArrayEquals(new int[] {2, 0}, tree.position(3));
        assertNull(tree.position(4));

        tree.remove(
                tree.getDimensions().get(1),
                tree.getDimensions().get(1).getIndicators().get(0));
        assertEquals(2, tree.getDimensions().size(), "a dimension left without indicators goes too");
    }
}
