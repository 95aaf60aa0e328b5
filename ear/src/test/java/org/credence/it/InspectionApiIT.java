package org.credence.it;

import static org.credence.it.ChinaDay.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Double-random inspections end to end: items and inspectors, plans, draws (by request and by the
 * scheduler, exactly once), an independent recomputation, assignments, results, evidence and the
 * public read API.
 */
@ExtendWith({ArquillianExtension.class, ChinaDay.class})
class InspectionApiIT {

    private static final Api ADMIN = Api.as("admin");
    private static final Api SAMR = Api.as("samr-admin");
    private static final Api CAC = Api.as("cac-admin");
    private static final Api INSPECTOR = Api.as("inspector");
    private static final Api INSPECTOR2 = Api.as("inspector2");
    private static final Api CAC_INSPECTOR = Api.as("cac-inspector");
    private static final Api AUDITOR = Api.as("auditor");
    private static final Api PUBLIC = Api.anonymous();
    private static final Random RANDOM = new Random();

    @Deployment(testable = false)
    static EnterpriseArchive credence() {
        return Deployments.builtEar();
    }

    /** A new KEY item of the agency, with the given demo inspectors qualified for it (and nobody else). */
    static String item(Api admin, String agency, String kind, Integer maxRatio, String... inspectors) {
        String code = agency + "-IT-"
                + Integer.toString(RANDOM.nextInt(Integer.MAX_VALUE), 36).toUpperCase();
        String body = """
                {"code": "%s", "name": "测试事项 Test item", "legalBasis": "《电子商务法》第十五条", "kind": "%s",
                 "method": "ONLINE_MONITORING", "annualCap": 3 %s}
                """.formatted(code, kind, maxRatio == null ? "" : ", \"maxRatioBasisPoints\": " + maxRatio);
        admin.post("/inspection-items", body).expect(201);
        for (String inspector : inspectors) {
            qualify(inspector, code);
        }
        return code;
    }

    static void qualify(String inspector, String item) {
        JsonObject current = ADMIN.get("/inspectors/" + inspector).expect(200).json();
        JsonArrayBuilder qualifications = Json.createArrayBuilder(current.getJsonArray("qualifications"));
        qualifications.add(Json.createObjectBuilder()
                .add("item", item)
                .add("validFrom", today().minusDays(1).toString())
                .add("validUntil", today().plusYears(1).toString()));
        var body = Json.createObjectBuilder()
                .add("name", current.getString("name"))
                .add("jurisdiction", current.getJsonArray("jurisdiction"))
                .add("certificateNumber", current.getString("certificateNumber"))
                .add("certificateExpiry", current.getString("certificateExpiry"))
                .add("status", current.getString("status"))
                .add("maxAssignments", current.getInt("maxAssignments"))
                .add("qualifications", qualifications);
        if (current.containsKey("username")) {
            body.add("username", current.getString("username"));
        }
        ADMIN.put("/inspectors/" + inspector, body.build().toString()).expect(200);
    }

    /**
     * A plan of the region 330106. Unless {@code extra} says otherwise, it draws grade-A businesses
     * inspected earlier this year too: the demo's year of inspections (and the tests before) would
     * otherwise leave few of them in the region's pool.
     */
    static String plan(String agencies, String items, String extra, LocalDate date) {
        String once = extra.contains("\"gradeAOncePerYear\"") ? "" : ", \"gradeAOncePerYear\": false";
        return """
                {"name": "IT plan", "agencies": [%s], "items": [%s], "date": "%s",
                 "scope": {"regionPrefixes": ["330106"]}, "teamSizes": {"A": 2, "B": 2, "C": 2, "D": 2} %s%s}
                """.formatted(agencies, items, date, extra, once);
    }

    static long createPlan(Api admin, String body) {
        return admin.post("/plans", body).expect(201).json().getJsonNumber("id").longValue();
    }

    private static List<JsonObject> targets(Api api, String path) {
        return api.get(path + "?limit=10000")
                .expect(200)
                .structure()
                .asJsonArray()
                .getValuesAs(JsonObject.class);
    }

    @Test
    void aDrawIsMadeOnceEvenWhenTriggeredFourTimesAtOnceAndAnOutsiderRecomputesIt() {
        String item = item(SAMR, "SAMR", "KEY", null, "SAMR-0001", "SAMR-0002");
        long plan = createPlan(
                SAMR,
                plan(
                        "\"SAMR\"",
                        "\"" + item + "\"",
                        ", \"ratios\": {\"A\": 300, \"B\": 500, \"C\": 2000, \"D\": 5000}",
                        today().plusDays(30)));

        SAMR.post("/plans/" + plan + "/draws", "").problem(409); // not published yet
        JsonObject scheduled =
                SAMR.post("/plans/" + plan + "/publication", "").expect(200).json();
        String commitment = scheduled.getString("seedCommitment");
        String key = scheduled.getString("key");
        assertEquals(64, commitment.length());
        assertTrue(absent(scheduled, "seed"), "the seed stays secret until the draw");
        JsonObject before = PUBLIC.get("/public/draws/" + key).expect(200).json();
        assertEquals(commitment, before.getString("seedCommitment"));
        assertTrue(absent(before, "seed"));

        List<CompletableFuture<Api.Reply>> triggers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            triggers.add(CompletableFuture.supplyAsync(
                    () -> SAMR.send(SAMR.request("/plans/" + plan + "/draws?publicEntropy=lottery-2026-11-22")
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.noBody()))));
        }
        List<Integer> statuses = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (CompletableFuture<Api.Reply> t : triggers) {
            Api.Reply reply = t.join();
            statuses.add(reply.status());
            keys.add(reply.json().getString("key"));
        }
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "exactly one trigger draws: " + statuses);
        assertEquals(3, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(Set.of(key), keys);
        List<JsonObject> draws = SAMR.get("/plans/" + plan + "/draws")
                .expect(200)
                .structure()
                .asJsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals(1, draws.size(), "a one-off plan has one draw: " + draws);

        JsonObject draw = AUDITOR.get("/draws/" + key).expect(200).json();
        assertEquals("DRAWN", draw.getString("status"));
        String seed = draw.getString("seed");
        assertTrue(seed.endsWith(":lottery-2026-11-22"));
        assertEquals(commitment, sha256(seed.substring(0, seed.indexOf(':'))), "the seed matches its commitment");
        assertEquals("DRAWN", SAMR.get("/plans/" + plan).expect(200).json().getString("status"));

        // an independent implementation written from draw-v1 recomputes everything from the published inputs
        JsonObject inputs = AUDITOR.get("/draws/" + key + "/inputs").expect(200).json();
        assertEquals(seed, inputs.getString("seed"));
        IndependentDraw.Outcome outsider = IndependentDraw.recompute(inputs);
        assertEquals(draw.getString("poolHash"), outsider.poolHash());
        assertEquals(grades(draw.getJsonObject("poolByGrade")), outsider.poolByGrade());
        assertEquals(grades(draw.getJsonObject("selectedByGrade")), outsider.selectedByGrade());
        List<JsonObject> published = targets(AUDITOR, "/draws/" + key + "/targets");
        assertFalse(published.isEmpty());
        assertEquals(outsider.targets().size(), published.size());
        for (int i = 0; i < published.size(); i++) {
            JsonObject p = published.get(i);
            IndependentDraw.Target o = outsider.targets().get(i);
            assertEquals(o.uscc(), p.getString("uscc"));
            assertEquals(o.ticket(), p.getString("ticket"));
            assertEquals(o.staffed(), p.getBoolean("staffed"));
            assertEquals(
                    o.team(),
                    p.getJsonArray("team").getValuesAs(jakarta.json.JsonString.class).stream()
                            .map(jakarta.json.JsonString::getString)
                            .toList());
            if (o.staffed()) {
                assertEquals(Set.of("SAMR-0001", "SAMR-0002"), Set.copyOf(o.team()), "only the qualified inspectors");
            }
        }
        JsonObject verified =
                AUDITOR.post("/draws/" + key + "/verify", "").expect(200).json();
        assertTrue(verified.getBoolean("verified"), verified.toString());

        // the public sees the seed now, the teams by code, and no grade
        JsonObject open = PUBLIC.get("/public/draws/" + key).expect(200).json();
        assertEquals(seed, open.getString("seed"));
        for (JsonObject t : targets(PUBLIC, "/public/draws/" + key + "/targets")) {
            assertTrue(absent(t, "grade"), "no grade in public: " + t);
        }
    }

    /** Whether a field is left out or null (the API leaves nulls out). */
    private static boolean absent(JsonObject o, String field) {
        return !o.containsKey(field) || o.isNull(field);
    }

    private static Map<String, Integer> grades(JsonObject o) {
        return Map.of("A", o.getInt("A"), "B", o.getInt("B"), "C", o.getInt("C"), "D", o.getInt("D"));
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theSchedulerDrawsAPlanDueTodayOnce() {
        String item = item(SAMR, "SAMR", "KEY", null, "SAMR-0001", "SAMR-0002");
        long plan = createPlan(SAMR, plan("\"SAMR\"", "\"" + item + "\"", "", today()));
        String key = SAMR.post("/plans/" + plan + "/publication", "")
                .expect(200)
                .json()
                .getString("key");
        JsonObject drawn = Api.eventually("the scheduled draw", () -> {
            JsonObject d = AUDITOR.get("/draws/" + key).expect(200).json();
            return "DRAWN".equals(d.getString("status")) ? d : null;
        });
        assertEquals(today().toString(), drawn.getString("drawDate"));
        // a trigger after the scheduler drew gets the same draw back
        JsonObject again =
                SAMR.post("/plans/" + plan + "/draws", "").expect(200).json();
        assertEquals(key, again.getString("key"));
        assertEquals(
                1,
                SAMR.get("/plans/" + plan + "/draws")
                        .expect(200)
                        .structure()
                        .asJsonArray()
                        .size());
    }

    @Test
    void aJointPlanSeatsOneInspectorOfEachAgencyFirst() {
        String samrItem = item(SAMR, "SAMR", "KEY", null, "SAMR-0001", "SAMR-0002");
        // only CAC-0001 (the cac-inspector login) is qualified, so every CAC seat is theirs: with the 4 to 7 targets
        // of this pool, a second CAC inspector would leave them none about one run in 16
        String cacItem = item(CAC, "CAC", "KEY", null, "CAC-0001");
        long plan = createPlan(
                SAMR,
                plan(
                        "\"SAMR\", \"CAC\"",
                        "\"" + samrItem + "\", \"" + cacItem + "\"",
                        ", \"ratios\": {\"A\": 500, \"B\": 500, \"C\": 500, \"D\": 500}",
                        today().plusDays(10)));
        // it uses CAC's item and inspector: published only once CAC's administrator has confirmed it
        JsonObject waiting = SAMR.get("/plans/" + plan + "/consent").expect(200).json();
        assertFalse(waiting.getBoolean("complete"));
        assertEquals(
                Set.of("SAMR", "CAC"),
                waiting.getJsonArray("agencies").getValuesAs(JsonObject.class).stream()
                        .map(a -> a.getString("agency"))
                        .collect(java.util.stream.Collectors.toSet()));
        assertTrue(SAMR.post("/plans/" + plan + "/publication", "")
                .problem(409)
                .getString("detail")
                .contains("CAC"));
        CAC_INSPECTOR.post("/plans/" + plan + "/consent", "").problem(403);
        ADMIN.post("/plans/" + plan + "/consent", "").problem(403); // a system administrator is no agency's
        JsonObject confirmed =
                CAC.post("/plans/" + plan + "/consent", "").expect(200).json();
        JsonObject cac = confirmed.getJsonArray("agencies").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("agency").equals("CAC"))
                .findFirst()
                .orElseThrow();
        assertEquals("cac-admin", cac.getString("by"));
        SAMR.post("/plans/" + plan + "/publication", "").expect(200); // SAMR's administrator confirms by publishing
        JsonObject complete =
                AUDITOR.get("/plans/" + plan + "/consent").expect(200).json();
        assertTrue(complete.getBoolean("complete"));
        assertTrue(
                complete.getJsonArray("agencies").getValuesAs(JsonObject.class).stream()
                        .allMatch(a -> a.containsKey("by") && a.containsKey("at")),
                complete.toString());
        CAC.post("/plans/" + plan + "/consent", "").problem(409); // published: nothing left to confirm
        JsonObject audited = Api.eventually(
                "the confirmation's audit entry",
                () -> AUDITOR
                        .get("/audit?target="
                                + java.net.URLEncoder.encode(
                                        "plan " + plan + " for CAC", java.nio.charset.StandardCharsets.UTF_8))
                        .expect(200)
                        .structure()
                        .asJsonArray()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .findFirst()
                        .orElse(null));
        assertEquals("plan.consent", audited.getString("action"));
        assertEquals("cac-admin", audited.getString("actor"));
        String key =
                SAMR.post("/plans/" + plan + "/draws", "").expect(201).json().getString("key");
        List<JsonObject> targets = targets(SAMR, "/draws/" + key + "/targets");
        assertFalse(targets.isEmpty());
        for (JsonObject t : targets) {
            List<String> team = t.getJsonArray("team").getValuesAs(jakarta.json.JsonString.class).stream()
                    .map(jakarta.json.JsonString::getString)
                    .toList();
            assertEquals(2, team.size(), t.toString());
            assertTrue(
                    team.get(0).startsWith("CAC-") && team.get(1).startsWith("SAMR-"),
                    "one per agency, in code order: " + team);
        }
        // the CAC inspector now has assignments of this joint plan
        assertTrue(
                CAC_INSPECTOR
                        .get("/assignments/mine")
                        .expect(200)
                        .structure()
                        .asJsonArray()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .anyMatch(a -> a.getString("drawKey").equals(key)));
    }

    @Test
    void aTeamRecordsResultsWithEvidenceAndPublishesThem() {
        String item = item(SAMR, "SAMR", "KEY", null, "SAMR-0001", "SAMR-0002");
        long plan = createPlan(
                SAMR,
                plan(
                        "\"SAMR\"",
                        "\"" + item + "\"",
                        ", \"ratios\": {\"A\": 1000, \"B\": 1000, \"C\": 1000, \"D\": 1000}",
                        today().plusDays(10)));
        SAMR.post("/plans/" + plan + "/publication", "").expect(200);
        String key =
                SAMR.post("/plans/" + plan + "/draws", "").expect(201).json().getString("key");
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
        assertTrue(mine.size() >= 2, "at least two assignments: " + mine);
        long first = mine.get(0).getJsonNumber("id").longValue();
        long second = mine.get(1).getJsonNumber("id").longValue();
        String uscc = mine.get(0).getString("uscc");

        // only the team sees and records an assignment
        CAC_INSPECTOR.get("/assignments/" + first).problem(403);
        CAC_INSPECTOR
                .put(
                        "/assignments/" + first + "/result",
                        "{\"outcome\": \"NO_PROBLEM\", \"completedOn\": \"" + today() + "\"}")
                .problem(403);
        SAMR.get("/assignments/" + first).problem(403);
        assertTrue(absent(INSPECTOR.get("/assignments/" + first).expect(200).json(), "outcome"), "no result yet");

        // evidence: PDF accepted; a renamed executable, another type, or a file too large refused
        byte[] pdf = "%PDF-1.4\n% inspection photo sheet\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        JsonObject file = INSPECTOR
                .send(INSPECTOR
                        .request("/assignments/" + first + "/evidence?name=sheet.pdf")
                        .header("Content-Type", "application/pdf")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(pdf)))
                .expect(201)
                .json();
        assertEquals(pdf.length, file.getInt("size"));
        INSPECTOR
                .send(INSPECTOR
                        .request("/assignments/" + first + "/evidence?name=x.pdf")
                        .header("Content-Type", "application/pdf")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'M', 'Z', 0, 0})))
                .problem(415);
        INSPECTOR
                .send(INSPECTOR
                        .request("/assignments/" + first + "/evidence?name=x.exe")
                        .header("Content-Type", "application/x-msdownload")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(pdf)))
                .problem(415);
        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(pdf, 0, huge, 0, pdf.length);
        INSPECTOR
                .send(INSPECTOR
                        .request("/assignments/" + first + "/evidence?name=big.pdf")
                        .header("Content-Type", "application/pdf")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(huge)))
                .problem(413);
        assertEquals(
                1,
                INSPECTOR2
                        .get("/assignments/" + first + "/evidence")
                        .expect(200)
                        .structure()
                        .asJsonArray()
                        .size(),
                "the refused files changed nothing; the colleague on the team sees the evidence");

        // violations found: the record goes through the intake, as the inspector's agency
        String violation = """
                {"outcome": "VIOLATIONS_FOUND", "notes": "虚假宣传", "completedOn": "%s",
                 "record": {"category": "FALSE_ADVERTISING", "severity": "ORDINARY", "decisionNumber": "杭市监罚〔2026〕%d号",
                            "decisionDate": "%s", "legalBasis": "《广告法》第五十五条", "penaltyType": "FINE", "penaltyAmount": 20000}}
                """.formatted(today(), RANDOM.nextInt(1_000_000), today());
        JsonObject result = INSPECTOR
                .put("/assignments/" + first + "/result", violation)
                .expect(200)
                .json();
        assertEquals("VIOLATIONS_FOUND", result.getString("outcome"));
        long recordId = result.getJsonNumber("recordId").longValue();
        JsonObject record = SAMR.get("/records/" + recordId).expect(200).json();
        assertEquals(uscc, record.getString("uscc"));
        assertTrue(
                LocalDate.parse(result.getString("publishDue")).isAfter(today().plusDays(25)),
                "20 working days: " + result);
        assertEquals(
                "IN_PROGRESS", SAMR.get("/plans/" + plan).expect(200).json().getString("status"));

        // not reachable: an abnormal-list candidate, unless another test already put the drawn business on that list
        // on or after the day the result was completed (a listing before it does not answer this result)
        INSPECTOR2
                .put(
                        "/assignments/" + second + "/result",
                        "{\"outcome\": \"NOT_REACHABLE\", \"completedOn\": \"" + today() + "\"}")
                .expect(200);
        String secondUscc = mine.get(1).getString("uscc");
        boolean listed = SAMR
                .get("/businesses/" + secondUscc + "/list-entries")
                .expect(200)
                .structure()
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .anyMatch(e -> "ABNORMAL_OPERATIONS".equals(e.getString("list"))
                        && !e.containsKey("removedOn")
                        && !LocalDate.parse(e.getString("listedOn")).isBefore(today()));
        assertEquals(
                !listed,
                SAMR
                        .get("/inspection-results/abnormal-list-candidates")
                        .expect(200)
                        .structure()
                        .asJsonArray()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .anyMatch(a -> a.getJsonNumber("id").longValue() == second),
                "a candidate exactly when the business is not on the abnormal list yet");

        // bad results change nothing
        INSPECTOR
                .put(
                        "/assignments/" + second + "/result",
                        "{\"outcome\": \"MAYBE\", \"completedOn\": \"" + today() + "\"}")
                .problem(400);
        INSPECTOR
                .put(
                        "/assignments/" + second + "/result",
                        "{\"outcome\": \"NO_PROBLEM\", \"completedOn\": \"" + today().plusDays(1) + "\"}")
                .problem(400);
        assertEquals(
                "NOT_REACHABLE",
                INSPECTOR.get("/assignments/" + second).expect(200).json().getString("outcome"));

        // publication: public result with inspector codes, no names, no grade
        INSPECTOR.post("/assignments/" + first + "/result/publication", "").expect(200);
        INSPECTOR
                .put(
                        "/assignments/" + first + "/result",
                        "{\"outcome\": \"NO_PROBLEM\", \"completedOn\": \"" + today() + "\"}")
                .problem(409);
        Api.Reply open = PUBLIC.get("/public/results?uscc=" + uscc).expect(200);
        List<JsonObject> results = open.structure().asJsonArray().getValuesAs(JsonObject.class);
        JsonObject published = results.stream()
                .filter(r -> r.getJsonNumber("id").longValue() == first)
                .findFirst()
                .orElseThrow();
        assertEquals("VIOLATIONS_FOUND", published.getString("outcome"));
        assertTrue(published.getJsonArray("inspectors").getValuesAs(jakarta.json.JsonString.class).stream()
                .allMatch(s -> s.getString().matches("SAMR-\\d{4}")));
        assertFalse(open.response().body().contains("检查员"), "no inspector names in public");
        assertFalse(open.response().body().contains("grade"), "no grades in public");
        assertTrue(PUBLIC.get("/public/plans/" + plan)
                .expect(200)
                .json()
                .getJsonArray("draws")
                .getString(0)
                .equals(key));
    }

    @Test
    void badPlansAndDrawsAreRefusedAndChangeNothing() {
        String item = item(SAMR, "SAMR", "GENERAL", 1000, "SAMR-0001", "SAMR-0002");
        String items = "\"" + item + "\"";
        SAMR.post("/plans", plan("\"SAMR\"", items, "", today()).replace("\"A\": 2,", "\"A\": 1,"))
                .problem(400);
        JsonObject tooHigh = SAMR.post("/plans", plan("\"SAMR\"", items, ", \"ratios\": {\"D\": 10001}", today()))
                .problem(400);
        assertTrue(tooHigh.toString().contains("ratios.D"), tooHigh.toString());
        JsonObject aboveItem = SAMR.post("/plans", plan("\"SAMR\"", items, ", \"ratios\": {\"D\": 3000}", today()))
                .problem(400);
        assertTrue(aboveItem.toString().contains(item), aboveItem.toString());
        // the ratio refused in the percentages people type, in either language; field and type stay the same
        assertEquals(
                "30 % exceeds general item " + item + "'s maximum of 10 %",
                aboveItem.getJsonArray("errors").getJsonObject(0).getString("message"));
        JsonObject aboveItemChinese = SAMR.with("Accept-Language", "zh-CN")
                .post("/plans", plan("\"SAMR\"", items, ", \"ratios\": {\"D\": 3000}", today()))
                .problem(400);
        assertEquals(aboveItem.getString("type"), aboveItemChinese.getString("type"));
        assertEquals(
                "ratios.D",
                aboveItemChinese.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(
                "30% 超过一般事项 " + item + " 的最高比例 10%",
                aboveItemChinese.getJsonArray("errors").getJsonObject(0).getString("message"));
        SAMR.post("/plans", plan("\"SAMR\"", items, ", \"cron\": \"not a cron\"", today()))
                .problem(400);
        CAC.post("/plans", plan("\"SAMR\"", items, "", today())).problem(403);
        INSPECTOR.post("/plans", plan("\"SAMR\"", items, "", today())).problem(403);
        PUBLIC.get("/plans").problem(401);

        // a QUOTA larger than the pool: 422 at the draw, which stays SCHEDULED with no targets
        long quota = createPlan(
                SAMR,
                plan(
                        "\"SAMR\"",
                        items,
                        ", \"mode\": \"QUOTA\", \"quotaTotal\": 9000000,"
                                + " \"weights\": {\"A\": 1, \"B\": 1, \"C\": 1, \"D\": 1}, \"ratios\": null",
                        today().plusDays(5)));
        CAC.post("/plans/" + quota + "/publication", "").problem(403);
        String key = SAMR.post("/plans/" + quota + "/publication", "")
                .expect(200)
                .json()
                .getString("key");
        SAMR.post("/plans/" + quota + "/publication", "").problem(409);
        JsonObject refused = SAMR.post("/plans/" + quota + "/draws", "").problem(422);
        assertTrue(refused.getString("detail").contains("pool"), refused.toString());
        assertEquals(
                "SCHEDULED", AUDITOR.get("/draws/" + key).expect(200).json().getString("status"));
        assertEquals(
                0,
                AUDITOR.get("/draws/" + key + "/targets")
                        .expect(200)
                        .structure()
                        .asJsonArray()
                        .size());
        assertEquals("PUBLISHED", SAMR.get("/plans/" + quota).expect(200).json().getString("status"));
        SAMR.put("/plans/" + quota, plan("\"SAMR\"", items, "", today())).problem(409);
    }

    @Test
    void onlyASystemAdministratorCancelsADrawAndTheReplacementGetsANewKey() {
        String item = item(SAMR, "SAMR", "KEY", null, "SAMR-0001", "SAMR-0002");
        long plan = createPlan(SAMR, plan("\"SAMR\"", "\"" + item + "\"", "", today().plusDays(20)));
        SAMR.post("/plans/" + plan + "/publication", "").expect(200);
        String key =
                SAMR.post("/plans/" + plan + "/draws", "").expect(201).json().getString("key");
        SAMR.post("/draws/" + key + "/cancellation", "{\"reason\": \"wrong scope\"}")
                .problem(403);
        ADMIN.post("/draws/" + key + "/cancellation", "{}").problem(400);
        JsonObject cancelled = ADMIN.post("/draws/" + key + "/cancellation", "{\"reason\": \"scope entered wrongly\"}")
                .expect(200)
                .json();
        assertEquals("CANCELLED", cancelled.getString("status"));
        String replacement = cancelled.getString("replacedBy");
        assertFalse(replacement.equals(key));
        JsonObject redrawn = Api.eventually("the replacement draw", () -> {
            JsonObject d = AUDITOR.get("/draws/" + replacement).expect(200).json();
            return "DRAWN".equals(d.getString("status")) ? d : null;
        });
        assertFalse(redrawn.getString("seedCommitment").equals(cancelled.getString("seedCommitment")), "a new seed");
        assertTrue(
                INSPECTOR
                        .get("/assignments/mine")
                        .expect(200)
                        .structure()
                        .asJsonArray()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .noneMatch(a -> a.getString("drawKey").equals(key)),
                "a cancelled draw's assignments are gone");
    }

    /**
     * The directory as an administrator keeps it: an item changed, an inspector created with a qualification, changed
     * (the qualification's days, a second item), a conflict of interest declared once; the refusals of a second
     * inspector or conflict with the same key, of a login that is not the agency's inspector and of a login another
     * inspector holds; and the same entries read back afterwards, unchanged by the refusals.
     */
    @Test
    void theDirectoryKeepsItemsInspectorsAndConflicts() {
        String first = item(SAMR, "SAMR", "GENERAL", 500);
        String second = item(SAMR, "SAMR", "KEY", null);
        SAMR.put("/inspection-items/" + first, """
                {"name": "改名事项 Renamed item", "legalBasis": "《电子商务法》第十六条", "kind": "GENERAL",
                 "method": "DOCUMENTARY", "annualCap": 2, "maxRatioBasisPoints": 700, "regionPrefixes": ["3301"]}
                """).expect(200);
        JsonObject changed = SAMR.get("/inspection-items/" + first).expect(200).json();
        assertEquals("改名事项 Renamed item", changed.getString("name"));
        assertEquals("DOCUMENTARY", changed.getString("method"));
        assertEquals(700, changed.getInt("maxRatioBp"));
        assertEquals(2, changed.getInt("annualCap"));
        assertEquals(List.of("3301"), strings(changed.getJsonObject("scope").getJsonArray("regionPrefixes")));
        assertEquals(
                1,
                SAMR.get("/inspection-items?agency=SAMR").expect(200).structure().asJsonArray().stream()
                        .filter(i -> i.asJsonObject().getString("code").equals(first))
                        .count());

        String code =
                "IT-" + Integer.toString(RANDOM.nextInt(Integer.MAX_VALUE), 36).toUpperCase();
        String inspector = """
                {"code": "%s", "name": "测试检查员", "jurisdiction": ["3301"], "certificateNumber": "执法证 %s",
                 "certificateExpiry": "%s", "maxAssignments": 7 %s,
                 "qualifications": [%s]}
                """;
        String qualification = "{\"item\": \"%s\", \"validFrom\": \"%s\", \"validUntil\": \"%s\"}";
        String firstQualification = qualification.formatted(first, today(), today().plusYears(1));
        SAMR.post("/inspectors", inspector.formatted(code, code, today().plusYears(2), "", firstQualification))
                .expect(201);
        SAMR.post("/inspectors", inspector.formatted(code, code, today().plusYears(2), "", firstQualification))
                .problem(409);
        JsonObject created = SAMR.get("/inspectors/" + code).expect(200).json();
        assertEquals("SAMR", created.getString("agencyCode"));
        assertEquals("ACTIVE", created.getString("status"));
        assertEquals(7, created.getInt("maxAssignments"));
        assertEquals(1, created.getJsonArray("qualifications").size());

        // the same item's days changed and a second item added, in one request
        String both = qualification.formatted(second, today(), today().plusYears(3)) + ", "
                + qualification.formatted(first, today().minusDays(10), today().plusYears(2));
        SAMR.put("/inspectors/" + code, inspector.formatted(code, code, today().plusYears(2), "", both))
                .expect(200);
        SAMR.put(
                        "/inspectors/" + code,
                        inspector.formatted(code, code, today().plusYears(2), ", \"username\": \"samr-admin\"", both))
                .problem(400);
        SAMR.put(
                        "/inspectors/" + code,
                        inspector.formatted(code, code, today().plusYears(2), ", \"username\": \"inspector\"", both))
                .problem(409);
        JsonObject kept = SAMR.get("/inspectors/" + code).expect(200).json();
        List<JsonObject> qualifications = kept.getJsonArray("qualifications").getValuesAs(JsonObject.class);
        assertEquals(2, qualifications.size());
        Map<String, String> from = new java.util.HashMap<>();
        Map<String, String> until = new java.util.HashMap<>();
        for (JsonObject q : qualifications) {
            from.put(q.getString("item"), q.getString("validFrom"));
            until.put(q.getString("item"), q.getString("validUntil"));
        }
        assertEquals(today().minusDays(10).toString(), from.get(first));
        assertEquals(today().plusYears(2).toString(), until.get(first));
        assertEquals(today().plusYears(3).toString(), until.get(second));
        assertFalse(kept.containsKey("username") && !kept.isNull("username"), "the refused logins were not kept");
        assertTrue(SAMR.get("/inspectors?agency=SAMR").expect(200).structure().asJsonArray().stream()
                .anyMatch(i -> i.asJsonObject().getString("code").equals(code)));

        String uscc = Api.newUscc();
        ADMIN.post("/businesses", RegistryApiIT.business(uscc)).expect(201);
        String conflict = "{\"uscc\": \"%s\", \"reason\": \"亲属关系 A relative\"}".formatted(uscc);
        JsonObject declared = SAMR.post("/inspectors/" + code + "/conflicts", conflict)
                .expect(201)
                .json();
        assertEquals(code, declared.getString("inspector"));
        assertEquals(uscc, declared.getString("uscc"));
        assertEquals("samr-admin", declared.getString("declaredBy"));
        SAMR.post("/inspectors/" + code + "/conflicts", conflict).problem(409);
        CAC.post("/inspectors/" + code + "/conflicts", conflict).problem(403);
        JsonArray conflicts = SAMR.get("/inspectors/" + code + "/conflicts")
                .expect(200)
                .structure()
                .asJsonArray();
        assertEquals(1, conflicts.size());
        assertEquals(declared.getInt("id"), conflicts.getJsonObject(0).getInt("id"));
        assertEquals("亲属关系 A relative", conflicts.getJsonObject(0).getString("reason"));
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
    }

    @Test
    void theCalendarIsDataThatOnlyASystemAdministratorChanges() {
        JsonArray days = AUDITOR.get("/calendar/2025").expect(200).structure().asJsonArray();
        assertTrue(days.getValuesAs(JsonObject.class).stream()
                .anyMatch(d -> d.getString("day").equals("2025-10-11")
                        && d.getString("kind").equals("WORKDAY")));
        SAMR.put("/calendar/2030", "[]").problem(403);
        ADMIN.put("/calendar/2030", "[{\"day\": \"2030-01-02\", \"kind\": \"WORKDAY\", \"name\": \"x\"}]")
                .problem(400);
        ADMIN.put("/calendar/2030", "[{\"day\": \"2030-01-01\", \"kind\": \"HOLIDAY\", \"name\": \"元旦\"}]")
                .expect(200);
        PUBLIC.get("/calendar/2030").problem(401);
        assertEquals(
                1,
                ADMIN.get("/calendar/2030")
                        .expect(200)
                        .structure()
                        .asJsonArray()
                        .size());
        // each day names the notice it comes from, which may be left out
        ADMIN.put(
                        "/calendar/2030",
                        "[{\"day\": \"2030-01-01\", \"kind\": \"HOLIDAY\", \"name\": \"元旦\","
                                + " \"notice\": \"测试通知〔2029〕1号\"}]")
                .expect(200);
        assertEquals(
                "测试通知〔2029〕1号",
                ADMIN.get("/calendar/2030")
                        .expect(200)
                        .structure()
                        .asJsonArray()
                        .getJsonObject(0)
                        .getString("notice"));
        assertTrue(
                days.getValuesAs(JsonObject.class).stream()
                        .allMatch(d -> "国办发明电〔2024〕12号".equals(d.getString("notice"))),
                "the seeded days name the State Council's notice");
    }

    /**
     * A deadline reaching into a year without official data is stored as provisional and counted again when the
     * year's days arrive and when they go. The year is the deadline's own, whatever today is: the pinned holiday
     * library (tyme4j 1.4.9) has no year after 2026, so from December 2026 on every 20-working-day deadline
     * reaches into a year without official data once an administrator's entries for it are given back.
     */
    @Test
    void aProvisionalDeadlineIsCountedAgainWhenItsYearsCalendarArrives() {
        for (int year = today().getYear(); year <= today().getYear() + 1; year++) {
            Api.Reply released = ADMIN.send(ADMIN.request("/calendar/" + year).DELETE());
            assertTrue(
                    released.status() == 200 || released.status() == 404,
                    released.response().body());
        }
        String item = item(SAMR, "SAMR", "KEY", null, "SAMR-0001", "SAMR-0002");
        long plan = createPlan(
                SAMR,
                plan(
                        "\"SAMR\"",
                        "\"" + item + "\"",
                        ", \"ratios\": {\"A\": 1000, \"B\": 1000, \"C\": 1000, \"D\": 1000}",
                        today().plusDays(10)));
        SAMR.post("/plans/" + plan + "/publication", "").expect(200);
        String key =
                SAMR.post("/plans/" + plan + "/draws", "").expect(201).json().getString("key");
        long id =
                INSPECTOR
                        .get("/assignments/mine")
                        .expect(200)
                        .structure()
                        .asJsonArray()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(a -> a.getString("drawKey").equals(key))
                        .findFirst()
                        .orElseThrow()
                        .getJsonNumber("id")
                        .longValue();

        JsonObject recorded = INSPECTOR
                .put(
                        "/assignments/" + id + "/result",
                        "{\"outcome\": \"NO_PROBLEM\", \"completedOn\": \"" + today() + "\"}")
                .expect(200)
                .json();
        LocalDate due = LocalDate.parse(recorded.getString("publishDue"));
        int year = due.getYear();
        assertEquals(
                "NONE",
                ADMIN.get("/calendar/" + year + "/source").expect(200).json().getString("source"),
                "the deadline's year has no official data (after a library upgrade, this test needs a later year)");
        assertTrue(recorded.getBoolean("publishDueProvisional"), recorded.toString());

        // the year's days arrive: its first weekday after today (New Year's Day aside) is a holiday
        LocalDate holiday = today().getYear() == year ? today().plusDays(1) : LocalDate.of(year, 1, 2);
        while (holiday.getDayOfWeek().getValue() >= 6) {
            holiday = holiday.plusDays(1);
        }
        StringBuilder days = new StringBuilder("[");
        if (holiday.getDayOfYear() > 1 && today().getYear() < year) {
            days.append("{\"day\": \"").append(year).append("-01-01\", \"kind\": \"HOLIDAY\", \"name\": \"元旦\"}, ");
        }
        days.append("{\"day\": \"").append(holiday).append("\", \"kind\": \"HOLIDAY\", \"name\": \"测试假日\"}]");
        boolean thisYearUnknown = "NONE"
                .equals(ADMIN.get("/calendar/" + today().getYear() + "/source")
                        .expect(200)
                        .json()
                        .getString("source"));
        if (today().getYear() < year && thisYearUnknown) {
            // the part of this year the deadline spans must be known too: kept as the provisional count had it
            ADMIN.put(
                            "/calendar/" + today().getYear(),
                            "[{\"day\": \"" + today().getYear() + "-01-01\", \"kind\": \"HOLIDAY\","
                                    + " \"name\": \"元旦\"}]")
                    .expect(200);
        }
        ADMIN.put("/calendar/" + year, days.toString()).expect(200);
        assertEquals(
                "ADMIN",
                ADMIN.get("/calendar/" + year + "/source").expect(200).json().getString("source"));
        LocalDate later = due.plusDays(1);
        while (later.getDayOfWeek().getValue() >= 6 || later.getDayOfYear() == 1) {
            later = later.plusDays(1);
        }
        JsonObject counted = INSPECTOR.get("/assignments/" + id).expect(200).json();
        assertEquals(later.toString(), counted.getString("publishDue"), "one working day more for the holiday");
        assertEquals(later.getYear() != year, counted.getBoolean("publishDueProvisional"), counted.toString());

        // the administrator gives the year back: provisional again, on the first count
        ADMIN.send(ADMIN.request("/calendar/" + year).DELETE()).expect(200);
        JsonObject again = INSPECTOR.get("/assignments/" + id).expect(200).json();
        assertEquals(due.toString(), again.getString("publishDue"));
        assertTrue(again.getBoolean("publishDueProvisional"));
        if (today().getYear() < year && thisYearUnknown) {
            ADMIN.send(ADMIN.request("/calendar/" + today().getYear()).DELETE()).expect(200);
        }
    }
}
