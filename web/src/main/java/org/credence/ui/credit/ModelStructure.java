package org.credence.ui.credit;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.credence.credit.entity.ModelDefinition;
import org.credence.credit.entity.ModelDefinition.IndicatorDefinition;

/**
 * A model's index tree as its editor holds it: dimensions in order, each with its indicators. It
 * comes from a stored definition and goes back into one; the rules are the service's, which names
 * each faulty field by the indicator's position ({@code indicators[i].code}), so the tree also tells
 * where each position is shown.
 */
public final class ModelStructure implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One indicator, as edited. */
    public static final class Indicator implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private String name;
        private String polarity = "NEGATIVE";
        private List<String> categories = new ArrayList<>();
        private BigDecimal halfLifeDays;
        private Integer windowMonths;
        private BigDecimal bonusCap;
        private BigDecimal weight;

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code == null ? null : code.strip();
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getPolarity() {
            return polarity;
        }

        public void setPolarity(String polarity) {
            this.polarity = polarity;
        }

        public List<String> getCategories() {
            return categories;
        }

        public void setCategories(List<String> categories) {
            this.categories = categories == null ? new ArrayList<>() : new ArrayList<>(categories);
        }

        public BigDecimal getHalfLifeDays() {
            return halfLifeDays;
        }

        public void setHalfLifeDays(BigDecimal halfLifeDays) {
            this.halfLifeDays = halfLifeDays;
        }

        public Integer getWindowMonths() {
            return windowMonths;
        }

        public void setWindowMonths(Integer windowMonths) {
            this.windowMonths = windowMonths;
        }

        public BigDecimal getBonusCap() {
            return bonusCap;
        }

        public void setBonusCap(BigDecimal bonusCap) {
            this.bonusCap = bonusCap;
        }

        public BigDecimal getWeight() {
            return weight;
        }

        public void setWeight(BigDecimal weight) {
            this.weight = weight;
        }

        public boolean isNegative() {
            return "NEGATIVE".equals(polarity);
        }
    }

    /** A dimension: a code, a name and its indicators. */
    public static final class Dimension implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private String name;
        private final List<Indicator> indicators = new ArrayList<>();

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code == null ? null : code.strip();
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public List<Indicator> getIndicators() {
            return indicators;
        }

        /** The sum of its NEGATIVE indicators' weights (null when none has one). */
        public BigDecimal getWeight() {
            BigDecimal sum = null;
            for (Indicator i : indicators) {
                if (i.isNegative() && i.getWeight() != null) {
                    sum = sum == null ? i.getWeight() : sum.add(i.getWeight());
                }
            }
            return sum;
        }
    }

    private final List<Dimension> dimensions = new ArrayList<>();

    /** The tree of a stored definition: dimensions in order of first appearance. */
    public static ModelStructure of(ModelDefinition definition) {
        ModelStructure structure = new ModelStructure();
        Map<String, Dimension> byCode = new LinkedHashMap<>();
        for (IndicatorDefinition d : definition.indicators()) {
            Dimension dimension = byCode.computeIfAbsent(d.dimension(), code -> {
                Dimension created = new Dimension();
                created.setCode(code);
                created.setName(d.dimensionName());
                return created;
            });
            Indicator i = new Indicator();
            i.setCode(d.code());
            i.setName(d.name());
            i.setPolarity(d.polarity());
            i.setCategories(d.categories());
            i.setHalfLifeDays(d.halfLifeDays());
            i.setWindowMonths(d.windowMonths());
            i.setBonusCap(d.bonusCap());
            i.setWeight(d.weight());
            dimension.getIndicators().add(i);
        }
        structure.dimensions.addAll(byCode.values());
        return structure;
    }

    public List<Dimension> getDimensions() {
        return dimensions;
    }

    /** A new, empty dimension at the end, with one NEGATIVE indicator to fill in. */
    public Dimension addDimension() {
        Dimension dimension = new Dimension();
        dimensions.add(dimension);
        addIndicator(dimension);
        return dimension;
    }

    public Indicator addIndicator(Dimension dimension) {
        Indicator indicator = new Indicator();
        dimension.getIndicators().add(indicator);
        return indicator;
    }

    public void remove(Dimension dimension, Indicator indicator) {
        dimension.getIndicators().remove(indicator);
        if (dimension.getIndicators().isEmpty()) {
            dimensions.remove(dimension);
        }
    }

    public void remove(Dimension dimension) {
        dimensions.remove(dimension);
    }

    /** The indicators in tree order: the order the definition lists them in. */
    public List<IndicatorDefinition> indicators() {
        List<IndicatorDefinition> indicators = new ArrayList<>();
        for (Dimension d : dimensions) {
            for (Indicator i : d.getIndicators()) {
                indicators.add(new IndicatorDefinition(
                        i.getCode(),
                        blankToNull(i.getName()),
                        d.getCode(),
                        blankToNull(d.getName()),
                        i.getPolarity(),
                        List.copyOf(i.getCategories()),
                        i.getHalfLifeDays(),
                        i.getWindowMonths(),
                        i.isNegative() ? i.getWeight() : null,
                        i.isNegative() ? null : i.getBonusCap()));
            }
        }
        return indicators;
    }

    /** The definition with this tree in place of the base's indicators, and the given name and thresholds. */
    public ModelDefinition applyTo(ModelDefinition base, String name, ModelDefinition.Thresholds thresholds) {
        return new ModelDefinition(
                base.agency(),
                name,
                base.severityPoints(),
                base.positivePoints(),
                base.positivePointsByCategory(),
                thresholds,
                base.vetoes(),
                indicators());
    }

    /** Where the indicator at a position of the definition is: [dimension index, index within it], or null. */
    public int[] position(int index) {
        int seen = 0;
        for (int d = 0; d < dimensions.size(); d++) {
            int size = dimensions.get(d).getIndicators().size();
            if (index < seen + size) {
                return new int[] {d, index - seen};
            }
            seen += size;
        }
        return null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
