package org.credence.it;

import static org.credence.it.ChinaDay.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Credit evaluation end to end: models, weights, preview, activation, scoring runs and scores. */
@ExtendWith({ArquillianExtension.class, ChinaDay.class})
class CreditApiIT {

    private static final Api ADMIN = Api.as("admin");
    private static final Api SAMR = Api.as("samr-admin");
    private static final Api CAC = Api.as("cac-admin");
    private static final Api INSPECTOR = Api.as("inspector");

    /** The default model's judgements (docs/default-model.md). */
    private static final String DEFAULT_JUDGEMENTS = """
            {"dimensionMatrix": [[1,0.333333,1,0.5,3],[3,1,3,2,5],[1,0.333333,1,0.5,3],[2,0.5,2,1,4],[0.333333,0.2,0.333333,0.25,1]],
             "dimensions": {"TRADING_INTEGRITY": [[1,0.5],[2,1]],
                            "PRODUCTS_AND_IP": [[1,0.5,0.333333],[2,1,0.5],[3,2,1]],
                            "CONSUMER_RIGHTS": [[1,3,2],[0.333333,1,0.5],[0.5,2,1]],
                            "INFORMATION_SECURITY": [[1,2,0.5],[0.5,1,0.333333],[2,3,1]],
                            "COOPERATION": [[1,2],[0.5,1]]}}
            """;

    @Deployment(testable = false)
    static EnterpriseArchive credence() {
        return Deployments.builtEar();
    }

    private static String newBusiness() {
        String uscc = Api.newUscc();
        ADMIN.post("/businesses", RegistryApiIT.business(uscc)).expect(201);
        return uscc;
    }

    private static void record(String uscc, String category, String severity, LocalDate decided) {
        String id = Api.newShopId();
        String body = """
                {"uscc": "%s", "category": "%s", "severity": "%s", "decisionNumber": "罚〔%s〕", "decisionDate": "%s",
                 "legalBasis": "电子商务法", "penaltyType": "FINE", "penaltyAmount": 5000, "sourceRecordId": "%s"}
                """.formatted(uscc, category, severity, id, decided, id);
        ADMIN.post("/records", body.replace("\"uscc\"", "\"agency\": \"" + agencyOf(category) + "\", \"uscc\""))
                .expect(201);
    }

    private static String agencyOf(String category) {
        return category.equals("TELECOM_FRAUD") ? "MPS" : "SAMR";
    }

    /** The score recomputed from the explanation alone, as an outsider would (score-v1). */
    private static int recompute(JsonObject explanation) {
        double total = 0;
        for (JsonValue value : explanation.getJsonArray("indicators")) {
            JsonObject indicator = value.asJsonObject();
            if (indicator.getString("polarity").equals("NEGATIVE")) {
                double load = 0;
                for (JsonValue r : indicator.getJsonArray("records")) {
                    JsonObject record = r.asJsonObject();
                    double decay = Math.pow(
                            0.5,
                            record.getJsonNumber("ageDays").doubleValue()
                                    / indicator.getJsonNumber("halfLifeDays").doubleValue());
                    assertEquals(decay, record.getJsonNumber("decay").doubleValue(), 1e-12);
                    load += record.getJsonNumber("points").doubleValue() * decay;
                }
                assertEquals(load, indicator.getJsonNumber("load").doubleValue(), 1e-9);
                double subScore = Math.max(0, 100 - load);
                total += 10 * indicator.getJsonNumber("weight").doubleValue() * subScore;
            } else {
                total += Math.min(
                        indicator.getJsonNumber("bonusCap").doubleValue(),
                        indicator.getJsonNumber("load").doubleValue());
            }
        }
        return (int) Math.max(0, Math.min(1000, Math.floor(total + 0.5)));
    }

    @Test
    void aNewBusinessAndItsRecordsAreScoredFromTheChangeLogAndTheExplanationRecomputes() {
        String uscc = newBusiness();
        JsonObject clean = Api.eventually("the first score of " + uscc, () -> {
            Api.Reply reply = INSPECTOR.get("/credit/" + uscc);
            return reply.status() == 200 ? reply.json() : null;
        });
        assertEquals(1000, clean.getInt("score"));
        assertEquals("A", clean.getString("grade"));
        assertEquals(1, clean.getJsonObject("model").getInt("id"));
        assertEquals("score-v1", clean.getString("method"));

        record(uscc, "TELECOM_FRAUD", "SERIOUS", today().minusDays(10));
        record(uscc, "FALSE_ADVERTISING", "ORDINARY", today().minusDays(200));
        JsonObject graded = Api.eventually("the rescoring of " + uscc, () -> {
            JsonObject credit = INSPECTOR.get("/credit/" + uscc).expect(200).json();
            return credit.getInt("score") < 1000 ? credit : null;
        });
        // a SERIOUS record within 365 days and a sub-score of 0 both cap the grade at C
        assertEquals("C", graded.getString("grade"));
        assertTrue(
                graded.getJsonArray("vetoes").stream()
                        .map(v -> ((jakarta.json.JsonString) v).getString())
                        .toList()
                        .containsAll(List.of("RECENT_SERIOUS_RECORD", "WORST_FACTOR")),
                graded.toString());

        JsonObject explanation =
                INSPECTOR.get("/credit/" + uscc + "/explanation").expect(200).json();
        assertEquals(graded.getInt("score"), explanation.getInt("score"));
        assertEquals(explanation.getInt("score"), recompute(explanation));
        long counted = explanation.getJsonArray("indicators").stream()
                .mapToLong(i -> i.asJsonObject().getJsonArray("records").size())
                .sum();
        assertEquals(2, counted);

        JsonArray history = (JsonArray)
                INSPECTOR.get("/credit/" + uscc + "/history").expect(200).structure();
        assertTrue(history.size() >= 2, history.toString());
        assertEquals(graded.getInt("score"), history.getJsonObject(0).getInt("score"));
        assertEquals(1000, history.getJsonObject(history.size() - 1).getInt("score"));

        // before the business was first scored there was no score
        INSPECTOR.get("/credit/" + uscc + "?on=" + today().minusDays(1)).problem(404);
        INSPECTOR.get("/credit/" + uscc + "?on=yesterday").problem(400);
        INSPECTOR.get("/credit/" + Api.newUscc()).problem(404);
        INSPECTOR.get("/credit/not-a-code").problem(400);
    }

    @Test
    void triggersAtOnceShareARunAndFullRunsNeverOverlap() {
        // four triggers at once: each gets a run; a trigger that finds one RUNNING gets it (200) rather
        // than a new one (202). On a small population a run may end before the next trigger arrives,
        // so the invariant checked is that FULL runs never overlap and each was created once.
        List<CompletableFuture<Api.Reply>> triggers = List.of(SAMR, ADMIN, SAMR, ADMIN).stream()
                .map(api -> CompletableFuture.supplyAsync(() -> api.post("/credit/runs", "")))
                .toList();
        java.util.Map<Long, Integer> created = new java.util.HashMap<>();
        java.util.Set<Long> ids = new java.util.TreeSet<>();
        for (CompletableFuture<Api.Reply> trigger : triggers) {
            Api.Reply reply = trigger.join();
            assertTrue(
                    List.of(200, 202).contains(reply.status()), reply.response().body());
            long id = reply.json().getJsonNumber("id").longValue();
            ids.add(id);
            created.merge(id, reply.status() == 202 ? 1 : 0, Integer::sum);
        }
        ids.forEach(id -> assertTrue(created.get(id) <= 1, "run " + id + " was created twice"));

        for (long id : ids) {
            JsonObject done = Api.eventually("run " + id + " to complete", () -> {
                JsonObject run = ADMIN.get("/credit/runs/" + id).expect(200).json();
                return run.getString("status").equals("RUNNING") ? null : run;
            });
            assertEquals("COMPLETED", done.getString("status"), done.toString());
            assertEquals("FULL", done.getString("kind"));
            assertEquals(
                    done.getJsonNumber("total").longValue(),
                    done.getJsonNumber("processed").longValue());
            assertTrue(done.getJsonNumber("ratePerSecond").doubleValue() >= 0);
        }

        JsonArray runs = (JsonArray) Api.as("auditor")
                .get("/credit/runs?kind=FULL&limit=500")
                .expect(200)
                .structure();
        List<JsonObject> full = runs.stream()
                .map(JsonValue::asJsonObject)
                .filter(r -> !r.getString("status").equals("RUNNING"))
                .toList();
        assertTrue(full.stream()
                .map(r -> r.getJsonNumber("id").longValue())
                .toList()
                .containsAll(ids));
        for (JsonObject a : full) {
            for (JsonObject b : full) {
                if (a.getJsonNumber("id").longValue() < b.getJsonNumber("id").longValue()) {
                    assertFalse(
                            java.time.LocalDateTime.parse(a.getString("finishedAt"))
                                    .isAfter(java.time.LocalDateTime.parse(b.getString("startedAt"))),
                            "FULL runs overlap: " + a + " and " + b);
                }
            }
        }
        INSPECTOR.post("/credit/runs", "").problem(403);
        ADMIN.get("/credit/runs?kind=SOMETIMES").problem(400);
    }

    @Test
    void anAdministratorDerivesWeightsPreviewsAndCannotChangeAnActiveModel() {
        // a new version of the default model, derived by the documented hierarchical AHP
        JsonObject draft = SAMR.post("/models", "{\"basedOn\": 1}").expect(201).json();
        long id = draft.getJsonNumber("id").longValue();
        assertEquals("DRAFT", draft.getString("status"));
        assertTrue(draft.getInt("modelVersion") >= 2);

        JsonObject derived = SAMR.post("/models/" + id + "/weights/ahp", DEFAULT_JUDGEMENTS)
                .expect(200)
                .json();
        JsonObject original = SAMR.get("/models/1").expect(200).json();
        for (JsonValue value : original.getJsonObject("definition").getJsonArray("indicators")) {
            JsonObject indicator = value.asJsonObject();
            if (indicator.getString("polarity").equals("NEGATIVE")) {
                assertEquals(
                        indicator
                                .getJsonNumber("weight")
                                .bigDecimalValue()
                                .compareTo(derived.getJsonObject("weights")
                                        .getJsonNumber(indicator.getString("code"))
                                        .bigDecimalValue()),
                        0);
            }
        }
        assertEquals("HIERARCHICAL_AHP", derived.getString("method"));
        assertTrue(derived.getJsonObject("consistencyRatios")
                        .getJsonNumber("dimensions")
                        .doubleValue()
                < 0.10);

        // the same weights: nobody's grade would change
        JsonObject same = SAMR.get("/models/" + id + "/preview").expect(200).json();
        assertEquals(0, same.getInt("changed"));
        assertEquals(same.getJsonObject("current"), same.getJsonObject("draft"));
        long businesses = same.getJsonNumber("businesses").longValue();
        assertEquals(
                businesses,
                same.getJsonObject("draft").values().stream()
                        .mapToLong(v -> ((JsonNumber) v).longValue())
                        .sum());

        // thresholds A >= 2 and no vetoes: every business would be A, so exactly the others change
        JsonObject definition = SAMR.get("/models/" + id).expect(200).json().getJsonObject("definition");
        String lenient = definition
                .toString()
                .replaceFirst("\"thresholds\":\\{[^}]*}", "\"thresholds\":{\"a\":2,\"b\":1,\"c\":0}")
                .replaceFirst(
                        "\"vetoes\":\\{[^}]*}",
                        "\"vetoes\":{\"seriousList\":false,\"abnormalList\":false,"
                                + "\"recentSeriousRecord\":false,\"worstFactor\":false}");
        SAMR.put("/models/" + id, lenient).expect(200);
        JsonObject preview =
                SAMR.get("/models/" + id + "/preview?limit=5").expect(200).json();
        assertEquals(
                businesses, preview.getJsonObject("draft").getJsonNumber("A").longValue());
        assertEquals(
                businesses - preview.getJsonObject("current").getJsonNumber("A").longValue(),
                preview.getInt("changed"));
        assertTrue(preview.getJsonArray("changes").size() <= 5);
        preview.getJsonArray("changes")
                .forEach(c -> assertEquals("A", c.asJsonObject().getString("draftGrade")));

        // bad weights name the field; changes nothing
        SAMR.put("/models/" + id + "/weights", "{\"FALSE_MARKETING\": -0.1}").problem(400);
        JsonObject sum = SAMR.put("/models/" + id + "/weights", weightsSummingTo("0.9", definition))
                .problem(400);
        assertTrue(sum.toString().contains("sum"), sum.toString());
        JsonObject unknown = SAMR.put("/models/" + id + "/weights", "{\"NO_SUCH_INDICATOR\": 1}")
                .problem(400);
        assertTrue(unknown.toString().contains("weights.NO_SUCH_INDICATOR"), unknown.toString());
        JsonObject badCategory = SAMR.put(
                        "/models/" + id, definition.toString().replace("\"TELECOM_FRAUD\"", "\"NO_SUCH_CATEGORY\""))
                .problem(400);
        assertTrue(badCategory.toString().contains("NO_SUCH_CATEGORY"), badCategory.toString());

        // AHP: off the scale or not reciprocal is 400; inconsistent is 422 with the CR and the pair
        SAMR.post(
                        "/models/" + id + "/weights/ahp",
                        DEFAULT_JUDGEMENTS.replace("[[1,0.5],[2,1]]", "[[1,12],[0.083333,1]]"))
                .problem(400);
        SAMR.post("/models/" + id + "/weights/ahp", DEFAULT_JUDGEMENTS.replace("[[1,0.5],[2,1]]", "[[1,2],[2,1]]"))
                .problem(400);
        JsonObject inconsistent = SAMR.post(
                        "/models/" + id + "/weights/ahp",
                        DEFAULT_JUDGEMENTS.replace(
                                "[[1,3,2],[0.333333,1,0.5],[0.5,2,1]]",
                                "[[1,9,0.111111],[0.111111,1,9],[9,0.111111,1]]"))
                .problem(422);
        assertTrue(inconsistent.getString("detail").contains("CR"), inconsistent.toString());
        assertTrue(inconsistent.getString("detail").contains("CONSUMER_RIGHTS"), inconsistent.toString());
        assertTrue(
                inconsistent.getString("detail").matches(".*judgement is [A-Z_]+ over [A-Z_]+.*"),
                inconsistent.toString());
        assertEquals(
                derived.getJsonObject("weights"),
                weightsOf(SAMR.get("/models/" + id).expect(200).json()));

        // only the owning agency's administrators (or a system administrator) change it
        CAC.post("/models/" + id + "/weights/ahp", DEFAULT_JUDGEMENTS).problem(403);
        CAC.post("/models", "{\"basedOn\": 1}").problem(403);
        INSPECTOR.post("/models", "{\"basedOn\": 1}").problem(403);

        // an active model never changes; activation is for drafts, from today on
        SAMR.put("/models/1", definition.toString()).problem(409);
        SAMR.put("/models/1/weights", derived.getJsonObject("weights").toString())
                .problem(409);
        SAMR.post("/models/1/activation", "{}").problem(409);
        SAMR.post("/models/" + id + "/activation", "{\"effectiveFrom\": \"" + today().minusDays(1) + "\"}")
                .problem(400);

        // entropy weights from the population's loads: exact, summing to 1
        JsonObject entropy =
                SAMR.post("/models/" + id + "/weights/entropy", "").expect(200).json();
        assertEquals("ENTROPY", entropy.getString("method"));
        assertTrue(entropy.getJsonNumber("businessesCounted").longValue() > 1);
        assertEquals(
                0,
                java.math.BigDecimal.ONE.compareTo(entropy.getJsonObject("weights").values().stream()
                        .map(v -> ((JsonNumber) v).bigDecimalValue())
                        .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)));
        assertEquals(
                entropy.getJsonObject("weights"),
                weightsOf(SAMR.get("/models/" + id).expect(200).json()));
    }

    @Test
    void anotherAgencyActivatesItsOwnModelAndEveryBusinessIsScoredUnderIt() {
        String name = "CAC network conduct " + Api.newShopId();
        String definition = """
                {"name": "%s", "indicators": [
                  {"code": "HARMFUL_CONTENT", "dimension": "NETWORK", "polarity": "NEGATIVE", "categories": ["HARMFUL_INFORMATION"]},
                  {"code": "PERSONAL_DATA", "dimension": "NETWORK", "polarity": "NEGATIVE", "categories": ["PERSONAL_INFORMATION_LEAK"],
                   "halfLifeDays": 180},
                  {"code": "GOOD_CONDUCT", "polarity": "POSITIVE", "categories": ["HONOUR"], "bonusCap": 10}]}
                """.formatted(name);
        JsonObject draft = CAC.post("/models", "{\"definition\": " + definition + "}")
                .expect(201)
                .json();
        long id = draft.getJsonNumber("id").longValue();
        assertEquals("CAC", draft.getString("agency"));
        // no weights yet: it cannot be activated
        CAC.post("/models/" + id + "/activation", "{}").problem(409);
        // a model with no NEGATIVE indicator is empty
        JsonObject empty = CAC.post(
                        "/models",
                        "{\"definition\": {\"name\": \"only bonuses " + Api.newShopId()
                                + "\", \"indicators\": [{\"code\": \"GOOD\", \"polarity\": \"POSITIVE\", \"categories\": [\"HONOUR\"]}]}}")
                .expect(201)
                .json();
        CAC.post("/models/" + empty.getJsonNumber("id") + "/activation", "{}").problem(409);

        CAC.put("/models/" + id + "/weights", "{\"HARMFUL_CONTENT\": 0.6, \"PERSONAL_DATA\": 0.4}")
                .expect(200);
        JsonObject active =
                CAC.post("/models/" + id + "/activation", "{}").expect(200).json();
        assertEquals("ACTIVE", active.getString("status"));
        assertEquals(today().toString(), active.getString("effectiveFrom"));
        CAC.put("/models/" + id + "/weights", "{\"HARMFUL_CONTENT\": 0.5, \"PERSONAL_DATA\": 0.5}")
                .problem(409);

        String uscc = "91110000600037341L"; // a demo business
        JsonObject credit = Api.eventually("a score under model " + id, () -> {
            Api.Reply reply = INSPECTOR.get("/credit/" + uscc + "?model=" + id);
            return reply.status() == 200 ? reply.json() : null;
        });
        assertEquals(id, credit.getJsonObject("model").getJsonNumber("id").longValue());
        assertEquals("CAC", credit.getJsonObject("model").getString("agency"));
        JsonObject explanation = INSPECTOR
                .get("/credit/" + uscc + "/explanation?model=" + id)
                .expect(200)
                .json();
        assertEquals(credit.getInt("score"), recompute(explanation));
        assertEquals(3, explanation.getJsonArray("indicators").size());

        JsonObject retired =
                CAC.post("/models/" + id + "/retirement", "").expect(200).json();
        assertEquals("RETIRED", retired.getString("status"));
        assertNotNull(retired.getString("retiredOn"));
        CAC.post("/models/" + id + "/retirement", "").problem(409);
    }

    private static String weightsSummingTo(String total, JsonObject definition) {
        StringBuilder json = new StringBuilder("{");
        boolean first = true;
        for (JsonValue value : definition.getJsonArray("indicators")) {
            JsonObject indicator = value.asJsonObject();
            if (indicator.getString("polarity").equals("NEGATIVE")) {
                json.append(first ? "" : ",")
                        .append('"')
                        .append(indicator.getString("code"))
                        .append("\":")
                        .append(first ? total : "0");
                first = false;
            }
        }
        return json.append('}').toString();
    }

    private static JsonObject weightsOf(JsonObject model) {
        var builder = jakarta.json.Json.createObjectBuilder();
        for (JsonValue value : model.getJsonObject("definition").getJsonArray("indicators")) {
            JsonObject indicator = value.asJsonObject();
            if (indicator.getString("polarity").equals("NEGATIVE")) {
                builder.add(indicator.getString("code"), indicator.getJsonNumber("weight"));
            }
        }
        return builder.build();
    }
}
