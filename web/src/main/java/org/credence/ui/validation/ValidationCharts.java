package org.credence.ui.validation;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.credence.validation.boundary.ValidationView;
import org.credence.web.Readable;

/**
 * The validation page's charts as Chart.js configurations (JSON for {@code p:chart}): the hit rate of
 * each grade with its Wilson interval and the population's prevalence, the ROC curves of the score
 * and the grade, and the PSI of each full run with its bands. Labels come in the reader's language;
 * rates are drawn in percent. Pure apart from the texts it is given.
 */
final class ValidationCharts {

    /** The labels of the interface in the reader's language, with their arguments filled in. */
    @FunctionalInterface
    interface Texts {
        String text(String key, Object... arguments);
    }

    static final String NAVY = "#1f3a5f";
    static final String RED = "#a4161a";
    static final String GREY = "#8a99ad";
    static final String AMBER = "#b7791f";

    private ValidationCharts() {}

    /**
     * The hit rate of each grade (a point) inside its 95 % Wilson interval (a floating bar), with the
     * population's prevalence as a dashed line; a grade never drawn has neither and is labelled unknown.
     */
    static String grades(ValidationView report, Texts texts) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder intervals = Json.createArrayBuilder();
        JsonArrayBuilder rates = Json.createArrayBuilder();
        JsonArrayBuilder prevalence = Json.createArrayBuilder();
        for (ValidationView.GradeView g : report.grades()) {
            labels.add(
                    report.unknownGrades().contains(g.grade())
                            ? texts.text("validationPage.chart.unknownGrade", g.grade())
                            : g.grade());
            if (g.lower() != null && g.upper() != null) {
                intervals.add(Json.createArrayBuilder().add(percent(g.lower())).add(percent(g.upper())));
            } else {
                intervals.addNull();
            }
            if (g.hitRate() != null) {
                rates.add(percent(g.hitRate()));
            } else {
                rates.addNull();
            }
            if (report.prevalence() != null) {
                prevalence.add(percent(report.prevalence()));
            } else {
                prevalence.addNull();
            }
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                        .add("type", "line")
                        .add("label", texts.text("validationPage.chart.hitRate"))
                        .add("data", rates)
                        .add("showLine", false)
                        .add("pointRadius", 7)
                        .add("pointHoverRadius", 8)
                        .add("pointStyle", "rectRot")
                        .add("backgroundColor", RED)
                        .add("borderColor", RED)
                        .add("order", 0))
                .add(Json.createObjectBuilder()
                        .add("type", "bar")
                        .add("label", texts.text("validationPage.chart.interval"))
                        .add("data", intervals)
                        .add("backgroundColor", "rgba(31, 58, 95, 0.25)")
                        .add("borderColor", NAVY)
                        .add("borderWidth", 1)
                        .add("barPercentage", 0.35)
                        .add("order", 2))
                .add(Json.createObjectBuilder()
                        .add("type", "line")
                        .add("label", texts.text("validationPage.chart.prevalence"))
                        .add("data", prevalence)
                        .add("borderColor", GREY)
                        .add("borderWidth", 2)
                        .add("borderDash", Json.createArrayBuilder().add(6).add(4))
                        .add("pointRadius", 0)
                        .add("fill", false)
                        .add("order", 1));
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("animation", false)
                                .add("aspectRatio", 1.6)
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add("x", axis(texts.text("validationPage.chart.grade")))
                                                .add(
                                                        "y",
                                                        axis(texts.text("validationPage.chart.percent"))
                                                                .add("min", 0))))
                .build()
                .toString();
    }

    /** The ROC curves of the score and of the grade, with chance as the diagonal. */
    static String roc(List<RocCurve.Point> score, List<RocCurve.Point> grade, Texts texts) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        if (!score.isEmpty()) {
            datasets.add(curve(texts.text("validationPage.chart.rocScore"), score, NAVY, 0));
        }
        if (!grade.isEmpty()) {
            datasets.add(curve(texts.text("validationPage.chart.rocGrade"), grade, AMBER, 3));
        }
        datasets.add(Json.createObjectBuilder()
                .add("label", texts.text("validationPage.chart.chance"))
                .add("data", Json.createArrayBuilder().add(xy(0, 0)).add(xy(1, 1)))
                .add("showLine", true)
                .add("borderColor", GREY)
                .add("borderDash", Json.createArrayBuilder().add(6).add(4))
                .add("pointRadius", 0)
                .add("borderWidth", 1));
        return Json.createObjectBuilder()
                .add("type", "scatter")
                .add("data", Json.createObjectBuilder().add("datasets", datasets))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("animation", false)
                                .add("aspectRatio", 1.25)
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "x",
                                                        axis(texts.text("validationPage.chart.falsePositive"))
                                                                .add("min", 0)
                                                                .add("max", 1))
                                                .add(
                                                        "y",
                                                        axis(texts.text("validationPage.chart.truePositive"))
                                                                .add("min", 0)
                                                                .add("max", 1))))
                .build()
                .toString();
    }

    /** The PSI of each full run against the one before it, with the bands' limits 0.1 and 0.25 as dashed lines. */
    static String stability(List<ValidationView.ShiftView> shifts, Texts texts, Locale locale) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        JsonArrayBuilder shifting = Json.createArrayBuilder();
        JsonArrayBuilder shifted = Json.createArrayBuilder();
        for (ValidationView.ShiftView s : shifts) {
            labels.add(Readable.date(s.asOf(), locale));
            if (s.psi() == null) {
                values.addNull();
            } else {
                values.add(round(s.psi(), 4));
            }
            shifting.add(0.1);
            shifted.add(0.25);
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                        .add("label", texts.text("validationPage.chart.psi"))
                        .add("data", values)
                        .add("borderColor", NAVY)
                        .add("backgroundColor", NAVY)
                        .add("pointRadius", 4)
                        .add("fill", false))
                .add(limit(texts.text("validationPage.chart.shifting"), shifting, AMBER))
                .add(limit(texts.text("validationPage.chart.shifted"), shifted, RED));
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("animation", false)
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add("x", axis(texts.text("validationPage.chart.run")))
                                                .add(
                                                        "y",
                                                        axis(texts.text("validationPage.chart.psi"))
                                                                .add("min", 0))))
                .build()
                .toString();
    }

    private static JsonObjectBuilder curve(String label, List<RocCurve.Point> points, String colour, int radius) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        points.forEach(p -> data.add(xy(p.falsePositive(), p.truePositive())));
        return Json.createObjectBuilder()
                .add("label", label)
                .add("data", data)
                .add("showLine", true)
                .add("borderColor", colour)
                .add("backgroundColor", colour)
                .add("pointRadius", radius)
                .add("borderWidth", 2);
    }

    private static JsonObjectBuilder limit(String label, JsonArrayBuilder values, String colour) {
        return Json.createObjectBuilder()
                .add("label", label)
                .add("data", values)
                .add("borderColor", colour)
                .add("borderWidth", 1)
                .add("borderDash", Json.createArrayBuilder().add(4).add(4))
                .add("pointRadius", 0)
                .add("fill", false);
    }

    private static JsonObjectBuilder xy(double x, double y) {
        return Json.createObjectBuilder().add("x", round(x, 4)).add("y", round(y, 4));
    }

    private static JsonObjectBuilder axis(String title) {
        return Json.createObjectBuilder()
                .add("title", Json.createObjectBuilder().add("display", true).add("text", title));
    }

    /** A rate as the percent drawn, to two places. */
    private static BigDecimal percent(double rate) {
        return round(rate * 100, 2);
    }

    /** A plain decimal for the chart's JSON: never scientific notation, never more places than a reader can see. */
    private static BigDecimal round(double value, int places) {
        BigDecimal rounded =
                BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }
}
