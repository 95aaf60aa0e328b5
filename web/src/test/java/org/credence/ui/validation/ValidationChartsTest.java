package org.credence.ui.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.credence.validation.boundary.ValidationView;
import org.junit.jupiter.api.Test;

class ValidationChartsTest {

    /** Labels as a key with its arguments, so that what the chart asks for can be checked. */
    private static final ValidationCharts.Texts TEXTS =
            (key, arguments) -> arguments.length == 0 ? key : key + Arrays.toString(arguments);

    private static ValidationView report() {
        List<ValidationView.GradeView> grades = List.of(
                new ValidationView.GradeView("A", 100, 5, 5, 0, 0, 0, 0.0, 0.0, 0.4345, 0.0, "OBSERVED"),
                new ValidationView.GradeView("B", 80, 4, 4, 1, 0, 0, 0.25, 0.0456, 0.6994, 0.8, "OBSERVED"),
                new ValidationView.GradeView("C", 20, 4, 3, 2, 1, 0, 2.0 / 3, 0.2077, 0.9385, 2.13, "OBSERVED"),
                new ValidationView.GradeView("D", 7, 0, 0, 0, 0, 0, null, null, null, null, "NEVER_DRAWN"));
        return new ValidationView(
                new ValidationView.ModelRef(1, "SAMR", "m", 1),
                "validation-v1",
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31),
                2,
                12,
                3,
                9,
                1,
                0,
                0.3125,
                grades,
                List.of("D"),
                true,
                List.of(),
                new ValidationView.DiscriminationView(true, 0.8, 0.6),
                new ValidationView.DiscriminationView(true, 0.7, 0.4),
                List.of(
                        new ValidationView.ShiftView(
                                9, LocalDate.of(2026, 6, 1), 8, LocalDate.of(2026, 5, 1), 0.01234, "STABLE"),
                        new ValidationView.ShiftView(
                                10, LocalDate.of(2026, 7, 1), 9, LocalDate.of(2026, 6, 1), null, null)));
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void theGradesChartDrawsEachRateInsideItsIntervalAndNamesAGradeNeverDrawnUnknown() {
        JsonObject chart = parse(ValidationCharts.grades(report(), TEXTS));
        JsonArray labels = chart.getJsonObject("data").getJsonArray("labels");
        assertEquals("A", labels.getString(0));
        assertEquals("validationPage.chart.unknownGrade[D]", labels.getString(3));
        JsonArray datasets = chart.getJsonObject("data").getJsonArray("datasets");
        JsonArray rates = datasets.getJsonObject(0).getJsonArray("data");
        assertEquals(25, rates.getJsonNumber(1).doubleValue(), 1e-9, "in percent");
        assertEquals(66.67, rates.getJsonNumber(2).doubleValue(), 1e-9, "to two places");
        assertEquals(JsonValue.NULL, rates.get(3), "no point for the unknown grade");
        JsonArray intervals = datasets.getJsonObject(1).getJsonArray("data");
        assertEquals(4.56, intervals.getJsonArray(1).getJsonNumber(0).doubleValue(), 1e-9);
        assertEquals(69.94, intervals.getJsonArray(1).getJsonNumber(1).doubleValue(), 1e-9);
        assertEquals(JsonValue.NULL, intervals.get(3));
        assertEquals(
                31.25,
                datasets.getJsonObject(2).getJsonArray("data").getJsonNumber(0).doubleValue(),
                1e-9);
        assertFalse(chart.toString().contains("E-"), "no scientific notation in the chart");
    }

    @Test
    void theRocChartHasBothCurvesAndTheDiagonal() {
        List<RocCurve.Point> score =
                List.of(new RocCurve.Point(0, 0), new RocCurve.Point(0.123456, 0.5), new RocCurve.Point(1, 1));
        JsonObject chart = parse(ValidationCharts.roc(score, List.of(), TEXTS));
        JsonArray datasets = chart.getJsonObject("data").getJsonArray("datasets");
        assertEquals(2, datasets.size(), "the grade's curve is left out when it has none");
        assertEquals("validationPage.chart.rocScore", datasets.getJsonObject(0).getString("label"));
        assertEquals(
                0.1235,
                datasets.getJsonObject(0)
                        .getJsonArray("data")
                        .getJsonObject(1)
                        .getJsonNumber("x")
                        .doubleValue(),
                1e-12);
        assertEquals("validationPage.chart.chance", datasets.getJsonObject(1).getString("label"));
    }

    @Test
    void theStabilityChartDatesEachRunInTheReadersLanguageAndLeavesAMissingPsiOut() {
        JsonObject chart = parse(ValidationCharts.stability(report().stability(), TEXTS, Locale.SIMPLIFIED_CHINESE));
        JsonArray labels = chart.getJsonObject("data").getJsonArray("labels");
        assertTrue(labels.getString(0).startsWith("2026年6月1日"), labels.getString(0));
        JsonArray psi = chart.getJsonObject("data")
                .getJsonArray("datasets")
                .getJsonObject(0)
                .getJsonArray("data");
        assertEquals(0.0123, psi.getJsonNumber(0).doubleValue(), 1e-12);
        assertEquals(JsonValue.NULL, psi.get(1));
        JsonObject english = parse(ValidationCharts.stability(report().stability(), TEXTS, Locale.ENGLISH));
        assertEquals(
                "Jun 1, 2026",
                english.getJsonObject("data").getJsonArray("labels").getString(0));
    }
}
