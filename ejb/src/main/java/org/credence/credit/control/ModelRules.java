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
import org.credence.credit.control.ModelDefinition.IndicatorDefinition;
import org.credence.platform.FieldError;
import org.credence.violation.entity.Polarity;
import org.credence.violation.entity.Severity;

/**
 * Checks a model definition against score-v1 and the record catalogue, and fills in the spec's
 * defaults. Every fault is reported with the field it concerns.
 */
public final class ModelRules {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,47}");
    public static final int MAX_INDICATORS = 60;

    /** A definition made complete: defaults applied, weights exact (or null when not yet set). */
    public record Checked(String name, Map<Severity, BigDecimal> severityPoints, BigDecimal positivePoints,
                          Map<String, BigDecimal> positivePointsByCategory, int thresholdA, int thresholdB,
                          int thresholdC, boolean seriousList, boolean abnormalList, boolean recentSerious,
                          BigDecimal worstFactorBelow, List<IndicatorDefinition> indicators,
                          Map<String, BigDecimal> weights) {
    }

    private ModelRules() {
    }

    /**
     * @param categories the catalogue: category code to polarity
     * @return the completed definition, or the field errors in {@code errors}
     */
    public static Checked check(ModelDefinition d, Map<String, Polarity> categories, List<FieldError> errors) {
        String name = d.name() == null ? null : d.name().strip();
        if (name == null || name.isEmpty() || name.length() > 200) {
            errors.add(new FieldError("name", "is required, at most 200 characters"));
        }
        Map<Severity, BigDecimal> severityPoints = new LinkedHashMap<>();
        for (Severity s : List.of(Severity.MINOR, Severity.ORDINARY, Severity.HEAVY, Severity.SERIOUS)) {
            severityPoints.put(s, BigDecimal.valueOf(ScoreModel.DEFAULT_SEVERITY_POINTS.get(s)));
        }
        if (d.severityPoints() != null) {
            d.severityPoints().forEach((key, value) -> {
                Severity severity = parse(Severity.class, key);
                if (severity == null || !severityPoints.containsKey(severity)) {
                    errors.add(new FieldError("severityPoints." + key, "unknown severity; one of MINOR, ORDINARY, HEAVY, SERIOUS"
                            + " (a WARNING never counts)"));
                } else if (!points(value)) {
                    errors.add(new FieldError("severityPoints." + key, "must be from 0 to 1000 with at most 3 decimals"));
                } else {
                    severityPoints.put(severity, value);
                }
            });
        }
        BigDecimal positivePoints = d.positivePoints() == null ? BigDecimal.valueOf(ScoreModel.DEFAULT_POSITIVE_POINTS)
                : d.positivePoints();
        if (!points(positivePoints)) {
            errors.add(new FieldError("positivePoints", "must be from 0 to 1000 with at most 3 decimals"));
        }
        Map<String, BigDecimal> byCategory = new LinkedHashMap<>();
        if (d.positivePointsByCategory() != null) {
            d.positivePointsByCategory().forEach((code, value) -> {
                if (categories.get(code) != Polarity.POSITIVE) {
                    errors.add(new FieldError("positivePointsByCategory." + code, "is not a positive record category"));
                } else if (!points(value)) {
                    errors.add(new FieldError("positivePointsByCategory." + code, "must be from 0 to 1000 with at most 3 decimals"));
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
                errors.add(new FieldError("thresholds", "must satisfy 1000 >= a > b > c >= 0"));
            }
        }
        boolean seriousList = true;
        boolean abnormalList = true;
        boolean recentSerious = true;
        BigDecimal worst = BigDecimal.valueOf(40);
        if (d.vetoes() != null) {
            seriousList = d.vetoes().seriousList() == null || d.vetoes().seriousList();
            abnormalList = d.vetoes().abnormalList() == null || d.vetoes().abnormalList();
            recentSerious = d.vetoes().recentSeriousRecord() == null || d.vetoes().recentSeriousRecord();
            boolean worstFactor = d.vetoes().worstFactor() == null || d.vetoes().worstFactor();
            BigDecimal below = d.vetoes().worstFactorBelow() == null ? worst : d.vetoes().worstFactorBelow();
            if (below.signum() < 0 || below.compareTo(BigDecimal.valueOf(100)) > 0 || below.stripTrailingZeros().scale() > 3) {
                errors.add(new FieldError("vetoes.worstFactorBelow", "must be from 0 to 100 with at most 3 decimals"
                        + " (switch the veto off with worstFactor: false)"));
            }
            worst = worstFactor ? below : null;
        }
        List<IndicatorDefinition> indicators = new ArrayList<>();
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        int weighted = 0;
        int negative = 0;
        if (d.indicators() == null || d.indicators().isEmpty()) {
            errors.add(new FieldError("indicators", "at least one indicator is required"));
        } else if (d.indicators().size() > MAX_INDICATORS) {
            errors.add(new FieldError("indicators", "at most " + MAX_INDICATORS + " indicators"));
        } else {
            Set<String> codes = new HashSet<>();
            Map<String, String> fedBy = new HashMap<>();
            for (int i = 0; i < d.indicators().size(); i++) {
                IndicatorDefinition in = d.indicators().get(i);
                String at = "indicators[" + i + "]";
                if (in == null) {
                    errors.add(new FieldError(at, "is required"));
                    continue;
                }
                if (in.code() == null || !CODE.matcher(in.code()).matches()) {
                    errors.add(new FieldError(at + ".code", "must be 2-48 of A-Z, 0-9 and _, starting with a letter"));
                } else if (!codes.add(in.code())) {
                    errors.add(new FieldError(at + ".code", "repeats indicator " + in.code()));
                }
                Polarity polarity = parse(Polarity.class, in.polarity());
                if (polarity == null) {
                    errors.add(new FieldError(at + ".polarity", "must be NEGATIVE or POSITIVE"));
                }
                String dimension = in.dimension() == null ? (polarity == Polarity.POSITIVE ? "POSITIVE" : "GENERAL") : in.dimension();
                if (!CODE.matcher(dimension).matches()) {
                    errors.add(new FieldError(at + ".dimension", "must be 2-48 of A-Z, 0-9 and _, starting with a letter"));
                }
                if (in.categories() == null || in.categories().isEmpty()) {
                    errors.add(new FieldError(at + ".categories", "at least one record category is required"));
                } else {
                    for (int k = 0; k < in.categories().size(); k++) {
                        String category = in.categories().get(k);
                        Polarity categoryPolarity = categories.get(category);
                        String field = at + ".categories[" + k + "]";
                        if (categoryPolarity == null) {
                            errors.add(new FieldError(field, "unknown record category " + category));
                        } else if (polarity != null && categoryPolarity != polarity) {
                            errors.add(new FieldError(field, category + " is a " + categoryPolarity
                                    + " category; this indicator is " + polarity));
                        } else if (fedBy.containsKey(category)) {
                            errors.add(new FieldError(field, category + " already feeds indicator " + fedBy.get(category)));
                        } else {
                            fedBy.put(category, in.code());
                        }
                    }
                }
                BigDecimal halfLife = in.halfLifeDays() == null ? BigDecimal.valueOf(ScoreModel.DEFAULT_HALF_LIFE_DAYS)
                        : in.halfLifeDays();
                if (halfLife.signum() <= 0 || halfLife.compareTo(BigDecimal.valueOf(36500)) > 0
                        || halfLife.stripTrailingZeros().scale() > 3) {
                    errors.add(new FieldError(at + ".halfLifeDays", "must be above 0 and at most 36500 days, with at most 3 decimals"));
                }
                if (in.windowMonths() != null && (in.windowMonths() < 1 || in.windowMonths() > 36)) {
                    errors.add(new FieldError(at + ".windowMonths", "must be 1 to 36 months: a window may shorten publicity, never lengthen it"));
                }
                BigDecimal cap = null;
                if (polarity == Polarity.NEGATIVE) {
                    negative++;
                    if (in.bonusCap() != null) {
                        errors.add(new FieldError(at + ".bonusCap", "applies to POSITIVE indicators only"));
                    }
                    if (in.weight() != null) {
                        weighted++;
                        weights.put(in.code(), in.weight());
                    }
                } else if (polarity == Polarity.POSITIVE) {
                    if (in.weight() != null) {
                        errors.add(new FieldError(at + ".weight", "applies to NEGATIVE indicators only; a POSITIVE one has a bonus cap"));
                    }
                    cap = in.bonusCap() == null ? BigDecimal.valueOf(ScoreModel.DEFAULT_BONUS_CAP) : in.bonusCap();
                    if (!points(cap)) {
                        errors.add(new FieldError(at + ".bonusCap", "must be from 0 to 1000 with at most 3 decimals"));
                    }
                }
                String indicatorName = in.name() == null || in.name().isBlank() ? in.code() : in.name().strip();
                String dimensionName = in.dimensionName() == null || in.dimensionName().isBlank() ? dimension
                        : in.dimensionName().strip();
                if (indicatorName != null && indicatorName.length() > 200 || dimensionName.length() > 200) {
                    errors.add(new FieldError(at + ".name", "names are at most 200 characters"));
                }
                indicators.add(new IndicatorDefinition(in.code(), indicatorName, dimension, dimensionName,
                        polarity == null ? null : polarity.name(), in.categories(), halfLife, in.windowMonths(),
                        in.weight(), cap));
            }
        }
        Map<String, BigDecimal> exact = null;
        if (!errors.isEmpty()) {
            // the weights are checked once the indicators are right
            weighted = 0;
        } else if (weighted > 0 && weighted < negative) {
            errors.add(new FieldError("indicators", "give a weight to every NEGATIVE indicator or to none ("
                    + weighted + " of " + negative + " have one)"));
        }
        if (weighted > 0 && weighted == negative) {
            try {
                exact = Weights.exact(weights);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("indicators[].weight", e.getMessage()));
            }
        }
        return new Checked(name, severityPoints, positivePoints, byCategory, a, b, c, seriousList, abnormalList,
                recentSerious, worst, indicators, exact);
    }

    private static boolean points(BigDecimal value) {
        return value != null && value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(1000)) <= 0
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
