package org.credence.credit.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credence.credit.control.ScoreModel.Indicator;
import org.credence.violation.entity.Polarity;

/**
 * The default model, "网络经营主体公共信用评价 Online business public credit evaluation" (V30 gave it the Chinese
 * part), owned by market regulation: five
 * dimensions of NEGATIVE indicators covering every violation category, and one POSITIVE indicator.
 * Its weights come from hierarchical AHP over the judgements written below (global weight = the
 * dimension's weight times the indicator's weight within it), so anyone can recompute them.
 */
public final class DefaultModel {

    public static final String NAME = "网络经营主体公共信用评价 Online business public credit evaluation";
    public static final String OWNER = "SAMR";

    /** A dimension: its indicators with their categories, and the pairwise judgements between them. */
    public record Dimension(String code, String name, Map<String, Set<String>> indicators, double[][] judgements) {}

    /** Judgements on Saaty's scale, row over column. */
    public static final List<Dimension> DIMENSIONS = List.of(
            new Dimension(
                    "TRADING_INTEGRITY",
                    "交易诚信 Trading integrity",
                    ordered(
                            "FALSE_MARKETING", Set.of("FALSE_ADVERTISING", "FAKE_PRICE_PROMOTION"),
                            "CREDIT_SPECULATION", Set.of("ORDER_BRUSHING", "FAKE_REVIEWS", "TRANSACTION_TAMPERING")),
                    // speculating on credit (brushing, fake reviews) corrupts what consumers rely on: twice as grave
                    new double[][] {{1, 1.0 / 2}, {2, 1}}),
            new Dimension(
                    "PRODUCTS_AND_IP",
                    "产品与知识产权 Products and intellectual property",
                    ordered(
                            "IP_AND_COUNTERFEITS", Set.of("IP_INFRINGEMENT", "CROSS_BORDER_GOODS"),
                            "PRODUCT_QUALITY", Set.of("PRODUCT_QUALITY", "FOOD_QUALITY", "SPECIAL_EQUIPMENT"),
                            "REGULATED_GOODS", Set.of("DRUG_SALES", "WILDLIFE_TRADE", "PROHIBITED_DELIVERY")),
                    // safety first: regulated goods over quality over IP
                    new double[][] {{1, 1.0 / 2, 1.0 / 3}, {2, 1, 1.0 / 2}, {3, 2, 1}}),
            new Dimension(
                    "CONSUMER_RIGHTS",
                    "消费者权益 Consumer rights",
                    ordered(
                            "CONSUMER_DISPUTES", Set.of("CONSUMER_DISPUTES"),
                            "UNSOLICITED_MARKETING", Set.of("UNSOLICITED_SMS"),
                            "LIVE_STREAM_MARKETING", Set.of("LIVE_STREAM_MARKETING")),
                    new double[][] {{1, 3, 2}, {1.0 / 3, 1, 1.0 / 2}, {1.0 / 2, 2, 1}}),
            new Dimension(
                    "INFORMATION_SECURITY",
                    "信息与网络安全 Information and network security",
                    ordered(
                            "PERSONAL_INFORMATION", Set.of("PERSONAL_INFORMATION_LEAK"),
                            "HARMFUL_CONTENT", Set.of("HARMFUL_INFORMATION"),
                            "NETWORK_FRAUD", Set.of("TELECOM_FRAUD")),
                    new double[][] {{1, 2, 1.0 / 2}, {1.0 / 2, 1, 1.0 / 3}, {2, 3, 1}}),
            new Dimension(
                    "COOPERATION",
                    "配合监管与纳税 Cooperation with supervision and tax",
                    ordered(
                            "NON_COOPERATION", Set.of("NON_COOPERATION"),
                            "TAX_COMPLIANCE", Set.of("TAX_INVOICE")),
                    new double[][] {{1, 2}, {1.0 / 2, 1}}));

    /**
     * Between dimensions, in the order above: products and IP weigh most (safety), then information
     * security, then trading integrity and consumer rights alike, then cooperation.
     */
    public static final double[][] DIMENSION_JUDGEMENTS = {
        {1, 1.0 / 3, 1, 1.0 / 2, 3},
        {3, 1, 3, 2, 5},
        {1, 1.0 / 3, 1, 1.0 / 2, 3},
        {2, 1.0 / 2, 2, 1, 4},
        {1.0 / 3, 1.0 / 5, 1.0 / 3, 1.0 / 4, 1}
    };

    public static final String POSITIVE_INDICATOR = "POSITIVE_RECORDS";
    public static final Set<String> POSITIVE_CATEGORIES =
            Set.of("QUALITY_CERTIFICATION", "HONOUR", "INTEGRITY_COMMITMENT", "FAST_DISPUTE_RESOLUTION");

    private DefaultModel() {}

    /** The global weights of the NEGATIVE indicators, exact to 6 places, in dimension order. */
    public static Map<String, BigDecimal> weights() {
        double[] dimensionWeights = Ahp.weigh(DIMENSION_JUDGEMENTS).weights();
        List<String> codes = new ArrayList<>();
        List<Double> global = new ArrayList<>();
        for (int d = 0; d < DIMENSIONS.size(); d++) {
            Dimension dimension = DIMENSIONS.get(d);
            double[] local = Ahp.weigh(dimension.judgements()).weights();
            int i = 0;
            for (String code : dimension.indicators().keySet()) {
                codes.add(code);
                global.add(dimensionWeights[d] * local[i++]);
            }
        }
        return Weights.fromFractions(
                codes, global.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** The model as score-v1 needs it, with every default: half-life 365 days, bonus cap 20, points, thresholds, vetoes. */
    public static ScoreModel scoreModel(String id, int version) {
        List<Indicator> indicators = new ArrayList<>();
        Map<String, BigDecimal> weights = weights();
        for (Dimension dimension : DIMENSIONS) {
            dimension
                    .indicators()
                    .forEach((code, categories) -> indicators.add(new Indicator(
                            code,
                            Polarity.NEGATIVE,
                            categories,
                            ScoreModel.DEFAULT_HALF_LIFE_DAYS,
                            null,
                            weights.get(code).doubleValue(),
                            0)));
        }
        indicators.add(new Indicator(
                POSITIVE_INDICATOR,
                Polarity.POSITIVE,
                POSITIVE_CATEGORIES,
                ScoreModel.DEFAULT_HALF_LIFE_DAYS,
                null,
                0,
                ScoreModel.DEFAULT_BONUS_CAP));
        return new ScoreModel(
                id,
                version,
                indicators,
                ScoreModel.DEFAULT_SEVERITY_POINTS,
                Map.of(),
                ScoreModel.DEFAULT_POSITIVE_POINTS,
                ScoreModel.Thresholds.DEFAULT,
                ScoreModel.Vetoes.DEFAULT);
    }

    private static Map<String, Set<String>> ordered(Object... codesAndCategories) {
        Map<String, Set<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < codesAndCategories.length; i += 2) {
            @SuppressWarnings("unchecked")
            Set<String> categories = (Set<String>) codesAndCategories[i + 1];
            map.put((String) codesAndCategories[i], categories);
        }
        return map;
    }
}
