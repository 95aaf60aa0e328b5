package org.credence.it;

import static org.credence.it.ChinaDay.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Model validation end to end: a draw, results recorded through the API, then the report of the
 * default model recomputed from its published observations by an implementation written from
 * validation-v1 in the test sources ({@link IndependentValidation}), and who may read it.
 */
@ExtendWith({ArquillianExtension.class, ChinaDay.class})
class ValidationApiIT {

    private static final Api SAMR = Api.as("samr-admin");
    private static final Api CAC = Api.as("cac-admin");
    private static final Api INSPECTOR = Api.as("inspector");
    private static final Api CAC_INSPECTOR = Api.as("cac-inspector");
    private static final Api AUDITOR = Api.as("auditor");
    private static final Api PUBLIC = Api.anonymous();
    private static final List<String> OUTCOMES = List.of(
            "CORRECTED_ON_SITE",
            "NO_PROBLEM",
            "NO_PROBLEM",
            "NOT_REACHABLE",
            "CORRECTED_ON_SITE",
            "NO_PROBLEM",
            "REFUSED");

    @Deployment(testable = false)
    static EnterpriseArchive credence() {
        return Deployments.builtEar();
    }

    @Test
    void theReportIsRecomputedFromItsPublishedObservations() {
        String item = InspectionApiIT.item(SAMR, "SAMR", "KEY", null, "SAMR-0001", "SAMR-0002");
        long plan = InspectionApiIT.createPlan(
                SAMR,
                InspectionApiIT.plan(
                        "\"SAMR\"",
                        "\"" + item + "\"",
                        ", \"ratios\": {\"A\": 3000, \"B\": 5000, \"C\": 10000, \"D\": 0}",
                        today().plusDays(10)));
        SAMR.post("/plans/" + plan + "/publication", "").expect(200);
        String key =
                SAMR.post("/plans/" + plan + "/draws", "").expect(201).json().getString("key");
        JsonObject draw = AUDITOR.get("/draws/" + key).expect(200).json();
        assertEquals(0, draw.getJsonObject("selectedByGrade").getInt("D"), "grade D is not drawn");
        List<JsonObject> mine =
                INSPECTOR
                        .get("/assignments/mine")
                        .expect(200)
                        .structure()
                        .asJsonArray()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(a -> a.getString("drawKey").equals(key))
                        .toList();
        assertTrue(mine.size() >= 2, "at least two assignments: " + mine.size() + " of " + draw);
        Map<String, String> recorded = new HashMap<>();
        for (int i = 0; i < mine.size(); i++) {
            String outcome = OUTCOMES.get(i % OUTCOMES.size());
            INSPECTOR
                    .put(
                            "/assignments/" + mine.get(i).getJsonNumber("id") + "/result",
                            "{\"outcome\": \"" + outcome + "\", \"completedOn\": \"" + today() + "\"}")
                    .expect(200);
            recorded.put(mine.get(i).getString("uscc"), outcome);
        }
        Map<String, String> drawnGrade = new HashMap<>();
        for (JsonObject t : AUDITOR.get("/draws/" + key + "/targets?limit=10000")
                .expect(200)
                .structure()
                .asJsonArray()
                .getValuesAs(JsonObject.class)) {
            drawnGrade.put(t.getString("uscc"), t.getString("grade"));
        }

        String period = "?from=" + today() + "&to=" + today();
        JsonObject report =
                SAMR.get("/models/1/validation" + period).expect(200).json();
        JsonObject published = AUDITOR.get("/models/1/validation/observations" + period)
                .expect(200)
                .json();
        List<JsonObject> rows = published.getJsonArray("observations").getValuesAs(JsonObject.class);
        assertEquals("validation-v1", report.getString("method"));
        assertEquals(today().toString(), report.getString("from"));

        // every result just recorded is published with the grade the draw used and the score of its snapshot
        int checkedScores = 0;
        for (Map.Entry<String, String> r : recorded.entrySet()) {
            JsonObject row = rows.stream()
                    .filter(o -> o.getString("drawKey").equals(key)
                            && o.getString("uscc").equals(r.getKey()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("not published: " + r.getKey()));
            assertEquals(r.getValue(), row.getString("outcome"));
            assertEquals(drawnGrade.get(r.getKey()), row.getString("grade"));
            assertEquals(draw.getJsonObject("selectedByGrade").getInt(row.getString("grade")), row.getInt("selected"));
            assertEquals(draw.getJsonObject("poolByGrade").getInt(row.getString("grade")), row.getInt("pool"));
            assertEquals(
                    published.getJsonArray("indicators").size(),
                    row.getJsonObject("loads").size());
            Api.Reply credit = checkedScores < 3 ? SAMR.get("/credit/" + r.getKey() + "?model=1&on=" + today()) : null;
            if (credit != null && credit.status() == 200) {
                // the draw was made today: its snapshot is the one in force today
                assertEquals(
                        credit.json().getInt("score"),
                        row.getJsonNumber("score").intValue(),
                        row.toString());
                checkedScores++;
            }
        }

        // the figures, recomputed apart from the published observations
        IndependentValidation.Figures figures = IndependentValidation.recompute(rows);
        assertEquals(
                figures.observations(), report.getJsonNumber("observations").longValue());
        assertEquals(figures.hits(), report.getJsonNumber("hits").longValue());
        assertClose(figures.prevalence(), report, "prevalence");
        assertEquals(figures.monotone(), report.getBoolean("monotone"));
        assertDiscrimination(figures.scoreAuc(), report.getJsonObject("score"));
        assertDiscrimination(figures.gradeAuc(), report.getJsonObject("grade"));
        assertTrue(report.getJsonObject("score").getBoolean("defined"), "at least one hit and one clean result");

        // the strata of the draws behind the observations
        Set<String> keys = new LinkedHashSet<>();
        rows.forEach(o -> keys.add(o.getString("drawKey")));
        assertEquals(keys.size(), report.getInt("draws"));
        Map<String, long[]> strata = new HashMap<>();
        IndependentValidation.GRADES.forEach(g -> strata.put(g, new long[2]));
        for (String k : keys) {
            JsonObject d = AUDITOR.get("/draws/" + k).expect(200).json();
            for (String g : IndependentValidation.GRADES) {
                strata.get(g)[0] += d.getJsonObject("poolByGrade").getInt(g);
                strata.get(g)[1] += d.getJsonObject("selectedByGrade").getInt(g);
            }
        }
        List<JsonObject> grades = report.getJsonArray("grades").getValuesAs(JsonObject.class);
        for (int i = 0; i < 4; i++) {
            String g = IndependentValidation.GRADES.get(i);
            JsonObject reported = grades.get(i);
            IndependentValidation.Grade expected = figures.grades().get(g);
            assertEquals(g, reported.getString("grade"));
            assertEquals(
                    expected.observations(),
                    reported.getJsonNumber("observations").longValue(),
                    g);
            assertEquals(expected.hits(), reported.getJsonNumber("hits").longValue(), g);
            assertEquals(
                    expected.notReachable(),
                    reported.getJsonNumber("notReachable").longValue(),
                    g);
            assertEquals(expected.refused(), reported.getJsonNumber("refused").longValue(), g);
            assertClose(expected.rate(), reported, "hitRate");
            assertClose(expected.lower(), reported, "lower");
            assertClose(expected.upper(), reported, "upper");
            if (expected.rate() != null && figures.prevalence() != null && figures.prevalence() > 0) {
                assertEquals(
                        expected.rate() / figures.prevalence(),
                        reported.getJsonNumber("lift").doubleValue(),
                        1e-9,
                        g);
            }
            assertEquals(strata.get(g)[0], reported.getJsonNumber("poolMembers").longValue(), g);
            assertEquals(strata.get(g)[1], reported.getJsonNumber("selected").longValue(), g);
            boolean neverDrawn = strata.get(g)[0] > 0 && strata.get(g)[1] == 0;
            assertEquals(neverDrawn, "NEVER_DRAWN".equals(reported.getString("coverage")), reported.toString());
            assertEquals(
                    neverDrawn, report.getJsonArray("unknownGrades").toString().contains("\"" + g + "\""));
        }

        // the same observations as CSV, for a spreadsheet
        Api.Reply csv = AUDITOR.send(AUDITOR.request("/models/1/validation/observations" + period)
                        .header("Accept", "text/csv")
                        .GET())
                .expect(200);
        assertTrue(csv.header("Content-Type").startsWith("text/csv"), csv.header("Content-Type"));
        String[] lines = csv.response().body().split("\r\n");
        assertEquals(rows.size() + 1, lines.length);
        assertTrue(lines[0].startsWith("drawKey,uscc,grade,score,load.FALSE_MARKETING,"), lines[0]);
        int loads = published.getJsonArray("indicators").size();
        for (int i = 1; i < lines.length; i++) {
            String[] fields = lines[i].split(",");
            // score, loads, selected, pool, inclusion and weight as plain decimals, never in scientific notation
            for (int f = 3; f < 3 + 1 + loads + 4; f++) {
                assertTrue(fields[f].matches("\\d+(\\.\\d+)?"), "field " + f + " of " + lines[i]);
            }
        }
    }

    @Test
    void readableByTheModelsAgencyAndOverseersOnly() {
        SAMR.get("/models/1/validation").expect(200);
        INSPECTOR.get("/models/1/validation").expect(200);
        AUDITOR.get("/models/1/validation/observations").expect(200);
        CAC.get("/models/1/validation").problem(403);
        CAC_INSPECTOR.get("/models/1/validation/observations").problem(403);
        PUBLIC.get("/models/1/validation").problem(401);
        AUDITOR.get("/models/987654321/validation").problem(404);
        JsonObject backwards = SAMR.get("/models/1/validation?from=" + today() + "&to=" + today().minusDays(1))
                .problem(400);
        assertNotNull(backwards.get("errors"), backwards.toString());
        SAMR.get("/models/1/validation?from=yesterday").problem(400);
    }

    @Test
    void outcomesOfTheLastTwelveMonthsMakeADraftWithTheirAucs() {
        // the demo dataset's year of completed inspections under market regulation's model
        Api.Reply reply = SAMR.post("/models/1/weights/outcomes", "").expect(201);
        JsonObject learned = reply.json();
        long draft = learned.getJsonNumber("draft").longValue();
        assertTrue(reply.header("Location").endsWith("/models/" + draft), reply.header("Location"));
        assertEquals(1, learned.getInt("model"));
        assertEquals(today().toString(), learned.getString("to"));
        assertEquals(today().minusYears(1).plusDays(1).toString(), learned.getString("from"));
        assertTrue(learned.getInt("hits") >= 10 && learned.getInt("cleans") >= 10, learned.toString());
        for (String auc : List.of("currentAuc", "learnedAuc", "crossValidatedAuc")) {
            double value = learned.getJsonNumber(auc).doubleValue();
            assertTrue(value >= 0 && value <= 1, auc + ": " + learned);
        }
        assertTrue(
                !learned.containsKey("crossValidationRefusal") || learned.isNull("crossValidationRefusal"),
                learned.toString());

        JsonObject weights = learned.getJsonObject("result").getJsonObject("weights");
        assertEquals("OUTCOMES", learned.getJsonObject("result").getString("method"));
        assertEquals(learned.getJsonObject("currentWeights").keySet(), weights.keySet());
        assertEquals(
                0,
                weights.values().stream()
                        .map(v -> ((jakarta.json.JsonNumber) v).bigDecimalValue())
                        .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)
                        .compareTo(java.math.BigDecimal.ONE),
                weights.toString());
        assertEquals(weights.size(), learned.getJsonArray("effects").size());
        JsonObject preview = learned.getJsonObject("preview");
        assertEquals(draft, preview.getJsonNumber("model").longValue());
        assertTrue(preview.getJsonNumber("businesses").longValue() >= 300, preview.toString());

        // the same weights and figures are readable without making a draft, by the model's agency and overseers
        JsonObject read =
                INSPECTOR.get("/models/1/validation/weights").expect(200).json();
        assertEquals(weights, read.getJsonObject("learnedWeights"));
        assertEquals(learned.getJsonObject("currentWeights"), read.getJsonObject("currentWeights"));
        for (String auc : List.of("currentAuc", "learnedAuc", "crossValidatedAuc")) {
            assertEquals(
                    learned.getJsonNumber(auc).doubleValue(),
                    read.getJsonNumber(auc).doubleValue(),
                    1e-12,
                    auc);
        }
        assertEquals(learned.getInt("hits"), read.getInt("hits"));
        CAC.get("/models/1/validation/weights").problem(403);
        assertTrue(SAMR.get("/models/1/validation/weights?from=2001-01-01&to=2001-12-31")
                .problem(422)
                .getString("detail")
                .contains("0 hits and 0 clean results"));

        // the draft is a new version of the model, with the learned weights and where they came from
        JsonObject model = SAMR.get("/models/" + draft).expect(200).json();
        assertEquals("DRAFT", model.getString("status"));
        assertEquals(1, model.getInt("basedOn"));
        assertEquals("OUTCOMES", model.getString("weightMethod"));
        for (JsonObject indicator :
                model.getJsonObject("definition").getJsonArray("indicators").getValuesAs(JsonObject.class)) {
            if (weights.containsKey(indicator.getString("code"))) {
                assertEquals(
                        weights.getJsonNumber(indicator.getString("code")).bigDecimalValue(),
                        indicator.getJsonNumber("weight").bigDecimalValue(),
                        indicator.toString());
            }
        }
        JsonObject basis = jakarta.json.Json.createReader(new java.io.StringReader(model.getString("weightBasis")))
                .readObject();
        assertEquals(learned.getInt("hits"), basis.getInt("hits"));
        assertEquals(learned.getInt("cleans"), basis.getInt("cleans"));
    }

    @Test
    void tooFewOutcomesAreRefusedWithTheCountsInBothLanguages() {
        String empty = "/models/1/weights/outcomes?from=2001-01-01&to=2001-12-31";
        JsonObject english = SAMR.post(empty, "").problem(422);
        assertTrue(english.getString("detail").contains("0 hits and 0 clean results"), english.toString());
        assertTrue(english.getString("type").endsWith("too-few-outcomes"), english.toString());
        JsonObject chinese =
                SAMR.with("Accept-Language", "zh-CN").post(empty, "").problem(422);
        assertTrue(chinese.getString("detail").contains("只有 0 个发现问题、0 个未发现问题"), chinese.toString());
        SAMR.post("/models/1/weights/outcomes?from=" + today() + "&to=" + today().minusDays(1), "")
                .problem(400);
        SAMR.post("/models/1/weights/outcomes?to=tomorrow", "").problem(400);
        SAMR.post("/models/987654321/weights/outcomes", "").problem(404);
    }

    @Test
    void onlyTheModelsAgencyAdministratorsLearnWeightsAndRefusalsAreAudited() {
        CAC.post("/models/1/weights/outcomes", "").problem(403);
        INSPECTOR.post("/models/1/weights/outcomes", "").problem(403);
        AUDITOR.post("/models/1/weights/outcomes", "").problem(403);
        PUBLIC.post("/models/1/weights/outcomes", "").problem(401);
        String target = "POST /credence/api/v1/models/1/weights/outcomes";
        JsonObject denied = Api.eventually(
                "the refusal's audit entry",
                () -> AUDITOR
                        .get("/audit?limit=50&target="
                                + java.net.URLEncoder.encode(target, java.nio.charset.StandardCharsets.UTF_8))
                        .expect(200)
                        .structure()
                        .asJsonArray()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(e -> e.getString("actor").equals("cac-admin"))
                        .findFirst()
                        .orElse(null));
        assertEquals("access.denied", denied.getString("action"));
    }

    @Test
    void aPlanThatDrawsNoBusinessOfAGradeWithMembersSaysSo() {
        String item = InspectionApiIT.item(SAMR, "SAMR", "KEY", null, "SAMR-0001", "SAMR-0002");
        long withoutA = InspectionApiIT.createPlan(
                SAMR,
                InspectionApiIT.plan(
                        "\"SAMR\"",
                        "\"" + item + "\"",
                        ", \"ratios\": {\"A\": 0, \"B\": 100, \"C\": 100, \"D\": 100}",
                        today().plusDays(20)));
        long everyGrade = InspectionApiIT.createPlan(
                SAMR,
                InspectionApiIT.plan(
                        "\"SAMR\"",
                        "\"" + item + "\"",
                        ", \"ratios\": {\"A\": 1, \"B\": 100, \"C\": 100, \"D\": 100}",
                        today().plusDays(20)));
        // the members per grade are those of the model's latest full run (one runs at installation)
        JsonObject coverage = Api.eventually("a completed full run", () -> {
            JsonObject c = SAMR.get("/plans/" + withoutA + "/grade-coverage")
                    .expect(200)
                    .json();
            return c.containsKey("asOf") && !c.isNull("asOf") ? c : null;
        });
        assertEquals(1, coverage.getInt("model"));
        JsonObject members = coverage.getJsonObject("members");
        assertTrue(members.getJsonNumber("A").longValue() > 0, "the demo's grade A has members: " + coverage);
        assertEquals(0, coverage.getJsonObject("drawn").getInt("A"));
        List<String> expected = new java.util.ArrayList<>(List.of("A"));
        for (String g : List.of("B", "C", "D")) {
            // a share above 0 draws at least one member of a grade that has any (draw-v1 rounds up)
            assertEquals(
                    members.getJsonNumber(g).longValue() > 0,
                    coverage.getJsonObject("drawn").getInt(g) > 0,
                    g);
        }
        assertEquals(
                expected,
                coverage.getJsonArray("neverDrawn").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());
        assertTrue(AUDITOR.get("/plans/" + everyGrade + "/grade-coverage")
                .expect(200)
                .json()
                .getJsonArray("neverDrawn")
                .isEmpty());
        CAC_INSPECTOR.get("/plans/" + withoutA + "/grade-coverage").problem(403);
        PUBLIC.get("/plans/" + withoutA + "/grade-coverage").problem(401);
        AUDITOR.get("/plans/987654321/grade-coverage").problem(404);
    }

    private static void assertClose(Double expected, JsonObject actual, String field) {
        if (expected == null) {
            assertTrue(!actual.containsKey(field) || actual.isNull(field), field + " undefined: " + actual);
        } else {
            assertEquals(expected, actual.getJsonNumber(field).doubleValue(), 1e-9, field + ": " + actual);
        }
    }

    private static void assertDiscrimination(Double expectedAuc, JsonObject actual) {
        assertEquals(expectedAuc != null, actual.getBoolean("defined"), actual.toString());
        assertClose(expectedAuc, actual, "auc");
        if (expectedAuc == null) {
            assertNull(actual.get("gini"));
        } else {
            assertEquals(2 * expectedAuc - 1, actual.getJsonNumber("gini").doubleValue(), 1e-9);
        }
    }
}
