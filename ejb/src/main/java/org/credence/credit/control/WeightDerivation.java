package org.credence.credit.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.credence.credit.entity.ModelDefinition.IndicatorDefinition;
import org.credence.platform.InvalidArgument;
import org.credence.platform.Message;

/**
 * Weights of a model's NEGATIVE indicators by AHP, flat (one matrix over the indicators, in model
 * order) or hierarchical (one matrix per dimension over its indicators, and one over the dimensions,
 * in order of first appearance; global weight = product). A matrix with CR at or above 0.10 is refused
 * with its CR and most inconsistent pair.
 */
public final class WeightDerivation {

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    /** The weights, exact to 6 places, the consistency ratio of each matrix, and the basis to store. */
    public record Derived(Map<String, BigDecimal> weights, Map<String, Double> consistencyRatios, String basis) {}

    /** A matrix that is too inconsistent: which one, its CR, and the pair furthest from the weights. */
    public static final class Inconsistent extends InvalidArgument {
        private static final long serialVersionUID = 1L;
        public final String matrix;
        public final double consistencyRatio;
        public final String rowItem;
        public final String columnItem;
        public final double suggested;

        Inconsistent(String matrix, Ahp.Result result, List<String> items) {
            super(Message.of(
                    "ahp-inconsistent",
                    matrix,
                    String.format(Locale.ROOT, "%.3f", result.consistencyRatio()),
                    String.format(Locale.ROOT, "%.2f", Ahp.ACCEPTABLE_CR),
                    items.get(result.worstRow()),
                    items.get(result.worstColumn()),
                    String.format(Locale.ROOT, "%.2f", result.suggestedValue())));
            this.matrix = matrix;
            this.consistencyRatio = result.consistencyRatio();
            this.rowItem = items.get(result.worstRow());
            this.columnItem = items.get(result.worstColumn());
            this.suggested = result.suggestedValue();
        }
    }

    private WeightDerivation() {}

    /** The NEGATIVE indicators' codes in model order. */
    public static List<String> negativeCodes(List<IndicatorDefinition> indicators) {
        return indicators.stream()
                .filter(i -> "NEGATIVE".equals(i.polarity()))
                .map(IndicatorDefinition::code)
                .toList();
    }

    /** The dimensions of the NEGATIVE indicators, in order of first appearance, with their indicators. */
    public static Map<String, List<String>> dimensions(List<IndicatorDefinition> indicators) {
        Map<String, List<String>> dimensions = new LinkedHashMap<>();
        for (IndicatorDefinition i : indicators) {
            if ("NEGATIVE".equals(i.polarity())) {
                dimensions
                        .computeIfAbsent(i.dimension(), k -> new ArrayList<>())
                        .add(i.code());
            }
        }
        return dimensions;
    }

    public static Derived flat(List<IndicatorDefinition> indicators, double[][] matrix) {
        List<String> codes = negativeCodes(indicators);
        if (matrix == null || matrix.length != codes.size()) {
            throw new InvalidArgument(Message.of("the-matrix-must-compare-the-negative", codes.size(), codes));
        }
        Ahp.Result result = weigh("indicator", matrix, codes);
        Map<String, Double> crs = new LinkedHashMap<>();
        crs.put("indicators", result.consistencyRatio());
        String basis = JSON.createObjectBuilder()
                .add("indicators", array(codes))
                .add("matrix", matrix(matrix))
                .build()
                .toString();
        return new Derived(Weights.fromFractions(codes, result.weights()), crs, basis);
    }

    public static Derived hierarchical(
            List<IndicatorDefinition> indicators,
            double[][] dimensionMatrix,
            Map<String, double[][]> dimensionMatrices) {
        Map<String, List<String>> dimensions = dimensions(indicators);
        List<String> dimensionCodes = new ArrayList<>(dimensions.keySet());
        if (dimensionMatrix == null || dimensionMatrix.length != dimensionCodes.size()) {
            throw new InvalidArgument(Message.of(
                    "dimensionmatrix-must-compare-the-dimensions-in", dimensionCodes.size(), dimensionCodes));
        }
        for (String code : dimensionMatrices == null ? List.<String>of() : dimensionMatrices.keySet()) {
            if (!dimensions.containsKey(code)) {
                throw new InvalidArgument(Message.of("dimensions-is-not-a-dimension-with", code, dimensionCodes));
            }
        }
        Map<String, Double> crs = new LinkedHashMap<>();
        Ahp.Result top = weigh("dimension", dimensionMatrix, dimensionCodes);
        crs.put("dimensions", top.consistencyRatio());
        List<String> codes = new ArrayList<>();
        List<Double> global = new ArrayList<>();
        JsonObjectBuilder basisDimensions = JSON.createObjectBuilder();
        for (int d = 0; d < dimensionCodes.size(); d++) {
            String dimension = dimensionCodes.get(d);
            List<String> members = dimensions.get(dimension);
            double[][] matrix = dimensionMatrices == null ? null : dimensionMatrices.get(dimension);
            if (matrix == null && members.size() == 1) {
                matrix = new double[][] {{1}};
            }
            if (matrix == null || matrix.length != members.size()) {
                throw new InvalidArgument(Message.of(
                        "dimensions-must-compare-its-negative-indicators", dimension, members.size(), members));
            }
            Ahp.Result local = weigh(dimension, matrix, members);
            crs.put(dimension, local.consistencyRatio());
            for (int i = 0; i < members.size(); i++) {
                codes.add(members.get(i));
                global.add(top.weights()[d] * local.weights()[i]);
            }
            basisDimensions.add(dimension, matrix(matrix));
        }
        // the weights keep the model's indicator order
        List<String> order = negativeCodes(indicators);
        double[] fractions = new double[order.size()];
        for (int i = 0; i < order.size(); i++) {
            fractions[i] = global.get(codes.indexOf(order.get(i)));
        }
        String basis = JSON.createObjectBuilder()
                .add("dimensions", basisDimensions)
                .add("dimensionMatrix", matrix(dimensionMatrix))
                .build()
                .toString();
        return new Derived(Weights.fromFractions(order, fractions), crs, basis);
    }

    private static Ahp.Result weigh(String name, double[][] matrix, List<String> items) {
        Ahp.Result result;
        try {
            result = Ahp.weigh(matrix);
        } catch (IllegalArgumentException e) {
            throw new InvalidArgument(Message.of("ahp-matrix-refused", name, InvalidArgument.reasonOf(e)), e);
        }
        if (!result.acceptable()) {
            throw new Inconsistent(name, result, items);
        }
        return result;
    }

    private static JsonArrayBuilder array(List<String> items) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        items.forEach(array::add);
        return array;
    }

    private static JsonArrayBuilder matrix(double[][] matrix) {
        JsonArrayBuilder rows = JSON.createArrayBuilder();
        for (double[] row : matrix) {
            JsonArrayBuilder r = JSON.createArrayBuilder();
            for (double v : row) {
                r.add(v);
            }
            rows.add(r);
        }
        return rows;
    }
}
