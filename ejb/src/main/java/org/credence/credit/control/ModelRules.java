package org.credence.credit.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.credence.credit.entity.ModelDefinition;
import org.credence.credit.entity.ModelDefinition.IndicatorDefinition;
import org.credence.platform.FieldError;
import org.credence.platform.InvalidArgument;
import org.credence.platform.InvalidRequestException;
import org.credence.platform.Message;
import org.credence.violation.entity.Polarity;
import org.credence.violation.entity.RecordCategory;
import org.credence.violation.entity.Severity;

/**
 * Checks a model definition against score-v1 and the record catalogue, and fills in the spec's
 * defaults. Every fault is reported with the field it concerns.
 */
public final class ModelRules {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,47}");
    public static final int MAX_INDICATORS = 60;

    /** A definition made complete: defaults applied, weights exact (or null when not yet set). */
    public record Checked(
            String name,
            Map<Severity, BigDecimal> severityPoints,
            BigDecimal positivePoints,
            Map<String, BigDecimal> positivePointsByCategory,
            int thresholdA,
            int thresholdB,
            int thresholdC,
            boolean seriousList,
            boolean abnormalList,
            boolean recentSerious,
            BigDecimal worstFactorBelow,
            List<IndicatorDefinition> indicators,
            Map<String, BigDecimal> weights) {}

    private ModelRules() {}

    /**
     * The completed definition, checked against the record catalogue.
     *
     * @throws InvalidRequestException with every field error found
     */
    public static Checked check(ModelDefinition d, List<RecordCategory> catalogue) {
        Map<String, Polarity> categories = new LinkedHashMap<>();
        for (RecordCategory category : catalogue) {
            categories.put(category.code(), category.polarity());
        }
        List<FieldError> errors = new ArrayList<>();
        Checked checked = check(d, categories, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return checked;
    }

    /**
     * @param categories the catalogue: category code to polarity
     * @return the completed definition, or the field errors in {@code errors}
     */
    public static Checked check(ModelDefinition d, Map<String, Polarity> categories, List<FieldError> errors) {
        String name = d.name() == null ? null : d.name().strip();
        if (name == null || name.isEmpty() || name.length() > 200) {
            errors.add(new FieldError("name", Message.of("required-at-most-200")));
        }
        Map<Severity, BigDecimal> severityPoints = new LinkedHashMap<>();
        for (Severity s : List.of(Severity.MINOR, Severity.ORDINARY, Severity.HEAVY, Severity.SERIOUS)) {
            severityPoints.put(s, BigDecimal.valueOf(ScoreModel.DEFAULT_SEVERITY_POINTS.get(s)));
        }
        if (d.severityPoints() != null) {
            d.severityPoints().forEach((key, value) -> {
                Severity severity = parse(Severity.class, key);
                if (severity == null || !severityPoints.containsKey(severity)) {
                    errors.add(new FieldError(
                            "severityPoints." + key,
                            Message.of(
                                    "unknown-severity",
                                    Message.values("Severity", "MINOR", "ORDINARY", "HEAVY", "SERIOUS"),
                                    new Message.Value("Severity", "WARNING"))));
                } else if (!points(value)) {
                    errors.add(new FieldError("severityPoints." + key, Message.of("points-0-to-1000")));
                } else {
                    severityPoints.put(severity, value);
                }
            });
        }
        BigDecimal positivePoints = d.positivePoints() == null
                ? BigDecimal.valueOf(ScoreModel.DEFAULT_POSITIVE_POINTS)
                : d.positivePoints();
        if (!points(positivePoints)) {
            errors.add(new FieldError("positivePoints", Message.of("points-0-to-1000")));
        }
        Map<String, BigDecimal> byCategory = new LinkedHashMap<>();
        if (d.positivePointsByCategory() != null) {
            d.positivePointsByCategory().forEach((code, value) -> {
                if (categories.get(code) != Polarity.POSITIVE) {
                    errors.add(new FieldError(
                            "positivePointsByCategory." + code, Message.of("is-not-a-positive-record-category")));
                } else if (!points(value)) {
                    errors.add(new FieldError("positivePointsByCategory." + code, Message.of("points-0-to-1000")));
                } else {
                    byCategory.put(code, value);
                }
            });
        }
        int a = 900;
        int b = 750;
        int c = 600;
        if (d.thresholds() != null) {
            a = d.thresholds().a() == null ? a : d.thresholds().a();
            b = d.thresholds().b() == null ? b : d.thresholds().b();
            c = d.thresholds().c() == null ? c : d.thresholds().c();
            if (!(a <= 1000 && a > b && b > c && c >= 0)) {
                errors.add(new FieldError("thresholds", Message.of("must-satisfy-a-b-c")));
            }
        }
        boolean seriousList = true;
        boolean abnormalList = true;
        boolean recentSerious = true;
        BigDecimal worst = BigDecimal.valueOf(40);
        if (d.vetoes() != null) {
            seriousList = d.vetoes().seriousList() == null || d.vetoes().seriousList();
            abnormalList = d.vetoes().abnormalList() == null || d.vetoes().abnormalList();
            recentSerious =
                    d.vetoes().recentSeriousRecord() == null || d.vetoes().recentSeriousRecord();
            boolean worstFactor = d.vetoes().worstFactor() == null || d.vetoes().worstFactor();
            BigDecimal below =
                    d.vetoes().worstFactorBelow() == null ? worst : d.vetoes().worstFactorBelow();
            if (below.signum() < 0
                    || below.compareTo(BigDecimal.valueOf(100)) > 0
                    || below.stripTrailingZeros().scale() > 3) {
                errors.add(new FieldError("vetoes.worstFactorBelow", Message.of("veto-0-to-100")));
            }
            worst = worstFactor ? below : null;
        }
        List<IndicatorDefinition> indicators = new ArrayList<>();
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        int weighted = 0;
        int negative = 0;
        if (d.indicators() == null || d.indicators().isEmpty()) {
            errors.add(new FieldError("indicators", Message.of("at-least-one-indicator-is-required")));
        } else if (d.indicators().size() > MAX_INDICATORS) {
            errors.add(new FieldError("indicators", Message.of("at-most-indicators", MAX_INDICATORS)));
        } else {
            Set<String> codes = new HashSet<>();
            Map<String, String> fedBy = new HashMap<>();
            for (int i = 0; i < d.indicators().size(); i++) {
                IndicatorDefinition in = d.indicators().get(i);
                String at = "indicators[" + i + "]";
                if (in == null) {
                    errors.add(new FieldError(at, Message.of("is-required")));
                    continue;
                }
                if (in.code() == null || !CODE.matcher(in.code()).matches()) {
                    errors.add(new FieldError(at + ".code", Message.of("must-be-of-a-z-and")));
                } else if (!codes.add(in.code())) {
                    errors.add(new FieldError(at + ".code", Message.of("repeats-indicator", in.code())));
                }
                Polarity polarity = parse(Polarity.class, in.polarity());
                if (polarity == null) {
                    errors.add(new FieldError(
                            at + ".polarity",
                            Message.of("must-be-one-of", Message.values("Polarity", "NEGATIVE", "POSITIVE"))));
                }
                String dimension = in.dimension() == null
                        ? (polarity == Polarity.POSITIVE ? "POSITIVE" : "GENERAL")
                        : in.dimension();
                if (!CODE.matcher(dimension).matches()) {
                    errors.add(new FieldError(at + ".dimension", Message.of("must-be-of-a-z-and")));
                }
                if (in.categories() == null || in.categories().isEmpty()) {
                    errors.add(new FieldError(at + ".categories", Message.of("at-least-one-record-category-is")));
                } else {
                    for (int k = 0; k < in.categories().size(); k++) {
                        String category = in.categories().get(k);
                        Polarity categoryPolarity = categories.get(category);
                        String field = at + ".categories[" + k + "]";
                        if (categoryPolarity == null) {
                            errors.add(new FieldError(field, Message.of("unknown-record-category", category)));
                        } else if (polarity != null && categoryPolarity != polarity) {
                            errors.add(new FieldError(
                                    field,
                                    Message.of(
                                            "is-a-category-this-indicator-is", category, categoryPolarity, polarity)));
                        } else if (fedBy.containsKey(category)) {
                            errors.add(new FieldError(
                                    field, Message.of("already-feeds-indicator", category, fedBy.get(category))));
                        } else {
                            fedBy.put(category, in.code());
                        }
                    }
                }
                BigDecimal halfLife = in.halfLifeDays() == null
                        ? BigDecimal.valueOf(ScoreModel.DEFAULT_HALF_LIFE_DAYS)
                        : in.halfLifeDays();
                if (halfLife.signum() <= 0
                        || halfLife.compareTo(BigDecimal.valueOf(36500)) > 0
                        || halfLife.stripTrailingZeros().scale() > 3) {
                    errors.add(new FieldError(at + ".halfLifeDays", Message.of("must-be-above-and-at-most")));
                }
                if (in.windowMonths() != null && (in.windowMonths() < 1 || in.windowMonths() > 36)) {
                    errors.add(new FieldError(at + ".windowMonths", Message.of("must-be-to-months-a-window")));
                }
                BigDecimal cap = null;
                if (polarity == Polarity.NEGATIVE) {
                    negative++;
                    if (in.bonusCap() != null) {
                        errors.add(new FieldError(at + ".bonusCap", Message.of("applies-to-positive-indicators-only")));
                    }
                    if (in.weight() != null) {
                        weighted++;
                        weights.put(in.code(), in.weight());
                    }
                } else if (polarity == Polarity.POSITIVE) {
                    if (in.weight() != null) {
                        errors.add(new FieldError(at + ".weight", Message.of("applies-to-negative-indicators-only-a")));
                    }
                    cap = in.bonusCap() == null ? BigDecimal.valueOf(ScoreModel.DEFAULT_BONUS_CAP) : in.bonusCap();
                    if (!points(cap)) {
                        errors.add(new FieldError(at + ".bonusCap", Message.of("points-0-to-1000")));
                    }
                }
                String indicatorName = in.name() == null || in.name().isBlank()
                        ? in.code()
                        : in.name().strip();
                String dimensionName =
                        in.dimensionName() == null || in.dimensionName().isBlank()
                                ? dimension
                                : in.dimensionName().strip();
                if (indicatorName != null && indicatorName.length() > 200 || dimensionName.length() > 200) {
                    errors.add(new FieldError(at + ".name", Message.of("names-are-at-most-characters")));
                }
                indicators.add(new IndicatorDefinition(
                        in.code(),
                        indicatorName,
                        dimension,
                        dimensionName,
                        polarity == null ? null : polarity.name(),
                        in.categories(),
                        halfLife,
                        in.windowMonths(),
                        in.weight(),
                        cap));
            }
        }
        Map<String, BigDecimal> exact = null;
        if (!errors.isEmpty()) {
            // the weights are checked once the indicators are right
            weighted = 0;
        } else if (weighted > 0 && weighted < negative) {
            errors.add(new FieldError("indicators", Message.of("give-a-weight-to-every-negative", weighted, negative)));
        }
        if (weighted > 0 && weighted == negative) {
            try {
                exact = Weights.exact(weights);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("indicators[].weight", InvalidArgument.reasonOf(e)));
            }
        }
        return new Checked(
                name,
                severityPoints,
                positivePoints,
                byCategory,
                a,
                b,
                c,
                seriousList,
                abnormalList,
                recentSerious,
                worst,
                indicators,
                exact);
    }

    private static boolean points(BigDecimal value) {
        return value != null
                && value.signum() >= 0
                && value.compareTo(BigDecimal.valueOf(1000)) <= 0
                && value.stripTrailingZeros().scale() <= 3;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
