package org.credence.it;

import static org.credence.it.ChinaDay.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/** Inter-agency sharing end to end: clients, tokens, agreements, lookups, the change feed and the audit trail. */
@ExtendWith({ArquillianExtension.class, ChinaDay.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SharingApiIT {

    private static final Api ADMIN = Api.as("admin");
    private static final Api SAMR = Api.as("samr-admin");
    private static final Api AUDITOR = Api.as("auditor");

    @Deployment(testable = false)
    static EnterpriseArchive credence() {
        return Deployments.builtEar();
    }

    /** Registers a client of {@code agency} with an agreement, and returns {clientId, secret}. */
    private static String[] client(String agency, String reads) {
        JsonObject registered = ADMIN.post(
                        "/clients", "{\"name\": \"" + agency + " credit gateway\", \"agency\": \"" + agency + "\"}")
                .expect(201)
                .json();
        String id = registered.getString("clientId");
        ADMIN.put(
                        "/clients/" + id + "/agreement",
                        "{\"reference\": \"DSA-" + id + "\", \"reads\": [" + reads + "], \"models\": [1]}")
                .expect(200);
        return new String[] {id, registered.getString("secret")};
    }

    private static String token(String[] client) {
        JsonObject answer = Api.anonymous()
                .postForm(
                        "/oauth/token",
                        Map.of("grant_type", "client_credentials", "client_id", client[0], "client_secret", client[1]))
                .expect(200)
                .json();
        assertEquals("Bearer", answer.getString("token_type"));
        assertTrue(answer.getInt("expires_in") > 0);
        return answer.getString("access_token");
    }

    /** A new business, once the scheduler has scored it under the default model. */
    private static String scoredBusiness() {
        String uscc = newBusiness();
        return Api.eventually(
                "a score for " + uscc, () -> ADMIN.get("/credit/" + uscc).status() == 200 ? uscc : null);
    }

    /** A purpose in Chinese, percent-encoded as HTTP header values must be ASCII. */
    private static String encoded(String purpose) {
        return java.net.URLEncoder.encode(purpose, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String newBusiness() {
        String uscc = Api.newUscc();
        ADMIN.post("/businesses", RegistryApiIT.business(uscc)).expect(201);
        return uscc;
    }

    @Test
    void clientsGetTokensOnlyWithTheirSecretAndTheSecretIsShownOnce() {
        String[] client = client("STA", "\"SCORE\"");
        assertTrue(client[0].startsWith("sta-"), client[0]);
        assertFalse(ADMIN.get("/clients/" + client[0]).expect(200).json().containsKey("secret"), "never shown again");
        assertEquals(
                "DSA-" + client[0],
                ADMIN.get("/clients/" + client[0])
                        .json()
                        .getJsonObject("agreement")
                        .getString("reference"));
        JsonObject me = Api.bearer(token(client)).get("/me").expect(200).json();
        assertEquals(client[0], me.getString("name"));
        assertEquals(
                List.of("AGENCY_CLIENT"),
                me.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());

        Api.anonymous()
                .postForm(
                        "/oauth/token",
                        Map.of("grant_type", "client_credentials", "client_id", client[0], "client_secret", "wrong"))
                .problem(401);
        Api.anonymous()
                .postForm(
                        "/oauth/token",
                        Map.of("grant_type", "client_credentials", "client_id", "nobody", "client_secret", client[1]))
                .problem(401);
        Api.anonymous()
                .postForm(
                        "/oauth/token",
                        Map.of("grant_type", "password", "client_id", client[0], "client_secret", client[1]))
                .problem(400);
        Api.anonymous()
                .postForm("/oauth/token", Map.of("grant_type", "client_credentials"))
                .problem(400);

        // only a SYSTEM_ADMIN registers clients or changes agreements
        SAMR.post("/clients", "{\"name\": \"x\", \"agency\": \"SAMR\"}").problem(403);
        SAMR.put(
                        "/clients/" + client[0] + "/agreement",
                        "{\"reference\": \"x\", \"reads\": [\"SCORE\"], \"models\": [1]}")
                .problem(403);
        ADMIN.post("/clients", "{\"name\": \"x\", \"agency\": \"NOPE\"}").problem(400);
        JsonObject bad = ADMIN.put(
                        "/clients/" + client[0] + "/agreement",
                        "{\"reference\": \"x\", \"reads\": [\"SCORE\", \"EVERYTHING\"], \"models\": [1, 987654]}")
                .problem(400);
        Set<String> fields = bad.getJsonArray("errors").stream()
                .map(e -> ((JsonObject) e).getString("field"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("reads[1]", "models[1]"), fields);

        // a new agreement replaces the one in force, and reads back as it was stored
        JsonObject changed = ADMIN.put(
                        "/clients/" + client[0] + "/agreement",
                        "{\"reference\": \"DSA-" + client[0] + "-2\", \"reads\": [\"LISTS\", \"SCORE\"],"
                                + " \"models\": [1], \"validUntil\": \"" + today().plusYears(1) + "\"}")
                .expect(200)
                .json()
                .getJsonObject("agreement");
        assertEquals("DSA-" + client[0] + "-2", changed.getString("reference"));
        assertEquals(
                List.of("SCORE", "LISTS"),
                changed.getJsonArray("reads").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList(),
                "in the parts' order");
        assertEquals(today().plusYears(1).toString(), changed.getString("validUntil"));
        assertEquals(
                changed, ADMIN.get("/clients/" + client[0]).expect(200).json().getJsonObject("agreement"));

        // a disabled client gets no token, and its tokens stop working at once
        String token = token(client);
        String uscc = scoredBusiness();
        Api.bearer(token)
                .with("Purpose", "invoice check")
                .get("/credit/" + uscc)
                .expect(200);
        ADMIN.put("/clients/" + client[0] + "/status", "{\"status\": \"DISABLED\"}")
                .expect(200);
        Api.bearer(token)
                .with("Purpose", "invoice check")
                .get("/credit/" + uscc)
                .problem(401);
        Api.anonymous()
                .postForm(
                        "/oauth/token",
                        Map.of("grant_type", "client_credentials", "client_id", client[0], "client_secret", client[1]))
                .problem(401);
    }

    @Test
    void forgedTokensAreRefusedAndRotationKeepsIssuedTokensValid() {
        String[] client = client("GACC", "\"SCORE\"");
        String uscc = scoredBusiness();
        String before = token(client);
        Api.bearer(before)
                .with("Purpose", "customs credit check")
                .get("/credit/" + uscc)
                .expect(200);

        String[] parts = before.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"GACC\"", "\"SAMR\"");
        String forged = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + parts[2];
        Api.Reply refused = Api.bearer(forged).with("Purpose", "x").get("/credit/" + uscc);
        refused.problem(401);
        assertTrue(refused.header("WWW-Authenticate").contains("invalid_token"), refused.header("WWW-Authenticate"));
        Api.bearer("garbage").with("Purpose", "x").get("/credit/" + uscc).problem(401);

        String kidBefore = kid(before);
        JsonObject rotated =
                ADMIN.post("/signing-keys/rotation", "").expect(200).json();
        String newKid = rotated.getString("signingKey");
        assertNotEquals(kidBefore, newKid);
        assertTrue(rotated.getJsonArray("verifying").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList()
                .containsAll(List.of(kidBefore, newKid)));
        Api.bearer(before)
                .with("Purpose", "customs credit check")
                .get("/credit/" + uscc)
                .expect(200);
        String after = token(client);
        assertEquals(newKid, kid(after));
        Api.bearer(after)
                .with("Purpose", "customs credit check")
                .get("/credit/" + uscc)
                .expect(200);
        JsonArray keys = Api.anonymous().get("/oauth/jwks").expect(200).json().getJsonArray("keys");
        Set<String> published =
                keys.stream().map(k -> ((JsonObject) k).getString("kid")).collect(Collectors.toSet());
        assertTrue(published.containsAll(Set.of(kidBefore, newKid)), published.toString());
        assertFalse(keys.getJsonObject(0).containsKey("d"), "no private parts");
        SAMR.post("/signing-keys/rotation", "").problem(403);
    }

    private static String kid(String token) {
        String header = new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8);
        return header.replaceAll(".*\"kid\":\"([^\"]+)\".*", "$1");
    }

    @Test
    void lookupsFollowTheAgreementStateAPurposeAndAreAudited() {
        Api tax = Api.bearer(token(client("STA", "\"SCORE\"")));
        String uscc = scoredBusiness();
        String purpose = "增值税发票核查 invoice check " + Api.newShopId();

        JsonObject credit = tax.with("Purpose", encoded(purpose))
                .get("/credit/" + uscc)
                .expect(200)
                .json();
        assertEquals(uscc, credit.getString("uscc"));
        assertTrue(credit.containsKey("grade"));
        tax.get("/credit/" + uscc).problem(400);
        tax.with("Purpose", " ").get("/credit/" + uscc).problem(400);
        // outside the agreement: the explanation, and everything that is not a lookup
        tax.with("Purpose", encoded(purpose))
                .get("/credit/" + uscc + "/explanation")
                .problem(403);
        tax.with("Purpose", encoded(purpose)).get("/businesses/" + uscc).problem(403);
        tax.with("Purpose", encoded(purpose)).get("/audit").problem(403);
        tax.with("Purpose", encoded(purpose)).post("/records", "{}").problem(403);
        // people may not read the agencies' feed
        SAMR.get("/changes").problem(403);

        // the lookup is in the audit log, sealed into the chain, with who, agency and purpose (and the refused
        // explanation beside it, with its outcome)
        JsonObject entry = Api.eventually(
                "the lookup's audit entry",
                () -> AUDITOR.get("/audit?target=" + uscc + "&limit=50").expect(200).structure().asJsonArray().stream()
                        .map(JsonValue::asJsonObject)
                        .filter(e -> purpose.equals(e.getString("purpose", null))
                                && e.getString("action").equals("credit.lookup"))
                        .findFirst()
                        .orElse(null));
        Api.eventually(
                "the refused explanation's audit entry",
                () -> AUDITOR.get("/audit?target=" + uscc + "&limit=50").expect(200).structure().asJsonArray().stream()
                        .map(JsonValue::asJsonObject)
                        .filter(e -> e.getString("action").equals("credit.explanation.refused")
                                && purpose.equals(e.getString("purpose", null)))
                        .findFirst()
                        .orElse(null));
        assertEquals("CLIENT", entry.getString("actorKind"));
        assertEquals("STA", entry.getString("agency"));
        assertEquals("credit.lookup", entry.getString("action"));
        assertEquals(64, entry.getString("hash").length());
        JsonObject verification =
                AUDITOR.post("/audit/verification", "").expect(200).json();
        assertTrue(verification.getBoolean("intact"), verification.toString());
        assertTrue(verification.getJsonNumber("checked").longValue() >= 1);
        SAMR.post("/audit/verification", "").problem(403);
        SAMR.get("/audit").problem(403);
    }

    @Test
    void batchLookupsAnswerEveryCodeInOrderAndLeaveOutWhatTheAgreementDoesNotOpen() {
        String scored = scoredBusiness();
        String unscored = newBusiness();
        ADMIN.post(
                        "/list-entries",
                        ("{\"agency\": \"SAMR\", \"uscc\": \"%s\", \"list\": \"ABNORMAL_OPERATIONS\","
                                        + " \"reason\": \"通过登记的住所无法联系\", \"listedOn\": \"%s\"}")
                                .formatted(scored, today().minusDays(1)))
                .expect(201);
        String unknown = Api.newUscc();
        String request = "{\"usccs\": [\"%s\", \"91350100M000100Y4Z\", \"%s\", \"%s\", null, \"%s\"]}"
                .formatted(scored, unknown, unscored, scored);

        Api scoresOnly = Api.bearer(token(client("MPS", "\"SCORE\""))).with("Purpose", encoded("网络犯罪线索 case 17"));
        JsonArray results =
                scoresOnly.post("/credit/lookup", request).expect(200).json().getJsonArray("results");
        assertEquals(
                List.of("FOUND", "INVALID", "UNKNOWN", "NOT_SCORED", "INVALID", "FOUND"),
                results.stream().map(r -> ((JsonObject) r).getString("status")).toList());
        assertEquals(scored, results.getJsonObject(0).getString("uscc"));
        assertTrue(results.getJsonObject(0).containsKey("grade"));
        assertTrue(results.getJsonObject(1).getString("detail").contains("check character"));
        assertFalse(results.getJsonObject(0).containsKey("lists"), "LISTS is not in this agreement: absent, not empty");
        assertFalse(results.getJsonObject(2).containsKey("grade"));

        Api withLists =
                Api.bearer(token(client("SPB", "\"SCORE\", \"LISTS\""))).with("Purpose", "postal real-name check");
        JsonArray lists = withLists
                .post("/credit/lookup", request)
                .expect(200)
                .json()
                .getJsonArray("results")
                .getJsonObject(0)
                .getJsonArray("lists");
        assertEquals("ABNORMAL_OPERATIONS", lists.getJsonObject(0).getString("list"));

        String tooMany = IntStream.range(0, 1001)
                .mapToObj(i -> "\"" + scored + "\"")
                .collect(Collectors.joining(",", "{\"usccs\": [", "]}"));
        scoresOnly.post("/credit/lookup", tooMany).problem(413);
        scoresOnly.post("/credit/lookup", "{}").problem(400);
        Api.bearer(token(client("MPS", "\"SCORE\"")))
                .post("/credit/lookup", request)
                .problem(400);
        Api.bearer(token(client("MPS", "\"LISTS\"")))
                .with("Purpose", "x")
                .post("/credit/lookup", request)
                .problem(403);

        JsonObject audited = Api.eventually(
                "the batch's audit entry",
                () -> AUDITOR.get("/audit?limit=200").expect(200).structure().asJsonArray().stream()
                        .map(JsonValue::asJsonObject)
                        .filter(e -> "credit.batch-lookup".equals(e.getString("action"))
                                && "MPS".equals(e.getString("agency", null))
                                && e.getString("detail", "").contains(unknown))
                        .findFirst()
                        .orElse(null));
        assertEquals("MPS", audited.getString("agency"));
        assertEquals("网络犯罪线索 case 17", audited.getString("purpose"));
    }

    @Test
    void theFeedHasEveryChangeOnceInCommitOrderFilteredByTheAgreement() throws Exception {
        Api lists = Api.bearer(token(client("SAMR", "\"LISTS\""))).with("Purpose", encoded("联合惩戒 joint measures"));
        Api scores = Api.bearer(token(client("CAC", "\"SCORE\""))).with("Purpose", "platform checks");
        long start = end(lists);
        long scoresStart = end(scores);

        List<String> businesses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            businesses.add(newBusiness());
        }
        // list entries written concurrently while the feed is read
        List<CompletableFuture<Integer>> writers = businesses.stream()
                .map(uscc -> CompletableFuture.supplyAsync(() -> ADMIN.post(
                                "/list-entries",
                                ("{\"agency\": \"SAMR\", \"uscc\": \"%s\", \"list\": \"ABNORMAL_OPERATIONS\","
                                                + " \"reason\": \"未报送年报\", \"listedOn\": \"%s\"}")
                                        .formatted(uscc, today()))
                        .status()))
                .toList();
        List<JsonObject> seen = new ArrayList<>();
        long cursor = start;
        Set<String> wanted = new HashSet<>(businesses);
        while (!wanted.isEmpty() || !writers.stream().allMatch(CompletableFuture::isDone)) {
            JsonObject page = lists.get("/changes?after=" + cursor + "&limit=3")
                    .expect(200)
                    .json();
            for (JsonValue v : page.getJsonArray("changes")) {
                JsonObject change = v.asJsonObject();
                assertTrue(change.getJsonNumber("cursor").longValue() > cursor, "cursors only grow");
                seen.add(change);
                wanted.remove(change.getString("uscc"));
            }
            long next = page.getJsonNumber("next").longValue();
            assertTrue(next >= cursor);
            cursor = next;
        }
        for (CompletableFuture<Integer> w : writers) {
            assertEquals(201, w.get());
        }
        // SAMR's client is also sent the joint measures SAMR applies or leads, whenever the measures job runs
        List<JsonObject> listChanges = seen.stream()
                .filter(c -> !c.getString("kind").startsWith("MEASURE_"))
                .toList();
        List<String> entered = listChanges.stream()
                .filter(c -> businesses.contains(c.getString("uscc")))
                .map(c -> c.getString("kind"))
                .toList();
        assertEquals(6, entered.size(), "each list entry exactly once: " + seen);
        assertTrue(entered.stream().allMatch("LIST_ENTERED"::equals));
        assertTrue(
                listChanges.stream()
                        .allMatch(c -> Set.of("LIST_ENTERED", "LIST_REMOVED").contains(c.getString("kind"))),
                "only what the agreement opens: " + seen);
        assertTrue(
                seen.stream()
                        .filter(c -> c.getString("kind").startsWith("MEASURE_"))
                        .allMatch(c -> c.containsKey("measure")),
                "a measure change names its measure: " + seen);
        List<Long> cursors =
                seen.stream().map(c -> c.getJsonNumber("cursor").longValue()).toList();
        assertEquals(cursors.stream().sorted().distinct().toList(), cursors, "commit order, no repeats");

        // the same changes are not for an agency that reads only scores
        JsonObject other = scores.get("/changes?after=" + scoresStart + "&limit=1000")
                .expect(200)
                .json();
        assertTrue(other.getJsonArray("changes").stream()
                .noneMatch(c -> businesses.contains(c.asJsonObject().getString("uscc"))));
        lists.get("/changes?limit=0").problem(400);
        lists.get("/changes?after=-1").problem(400);
    }

    @Test
    void thePublicProfileShowsWhatIsPublicAndTheGradeOnlyWhenItsAgencyAllowsIt() {
        String uscc = scoredBusiness();
        String decision = "沪市监罚〔2026〕" + Api.newShopId();
        ADMIN.post(
                        "/records",
                        ("{\"agency\": \"SAMR\", \"uscc\": \"%s\", \"category\": \"FALSE_ADVERTISING\","
                                        + " \"severity\": \"ORDINARY\", \"decisionNumber\": \"%s\", \"decisionDate\": \"%s\", \"legalBasis\":"
                                        + " \"广告法第五十五条\", \"penaltyType\": \"FINE\", \"penaltyAmount\": 20000, \"sourceRecordId\": \"%s\"}")
                                .formatted(uscc, decision, today().minusDays(10), Api.newShopId()))
                .expect(201);
        ADMIN.post(
                        "/list-entries",
                        ("{\"agency\": \"SAMR\", \"uscc\": \"%s\", \"list\": \"ABNORMAL_OPERATIONS\","
                                        + " \"reason\": \"未报送年报\", \"listedOn\": \"%s\"}")
                                .formatted(uscc, today()))
                .expect(201);

        JsonObject profile =
                Api.anonymous().get("/public/businesses/" + uscc).expect(200).json();
        assertEquals(uscc, profile.getString("uscc"));
        assertEquals(
                decision, profile.getJsonArray("penalties").getJsonObject(0).getString("decisionNumber"));
        assertEquals(
                "ABNORMAL_OPERATIONS",
                profile.getJsonArray("lists").getJsonObject(0).getString("list"));
        assertFalse(profile.containsKey("credit"), "grades are internal unless their agency publishes them");

        Api.as("cac-admin")
                .put("/models/1/grade-publicity", "{\"enabled\": true}")
                .problem(403);
        Api.anonymous().put("/models/1/grade-publicity", "{\"enabled\": true}").problem(401);
        SAMR.put("/models/1/grade-publicity", "{}").problem(400);
        SAMR.put("/models/1/grade-publicity", "{\"enabled\": true}").expect(200);
        try {
            JsonObject graded = Api.anonymous()
                    .get("/public/businesses/" + uscc)
                    .expect(200)
                    .json();
            assertTrue(graded.getJsonObject("credit").containsKey("grade"), graded.toString());
        } finally {
            SAMR.put("/models/1/grade-publicity", "{\"enabled\": false}").expect(200);
        }
        Api.anonymous().get("/public/businesses/91350100M000100Y4Z").problem(400);
        Api.anonymous().get("/public/businesses/" + Api.newUscc()).problem(404);
    }

    @Test
    @Order(Integer.MAX_VALUE) // last: it spends this address's public budget for the minute
    void callersOverTheirRateGet429WithRetryAfter() {
        // 60 a minute per address, 300 per client in the tests: within two windows, twice the limit and one more
        // requests must be refused once, wherever the first falls in its window
        Api.Reply refused = null;
        for (int i = 0; i < 121 && refused == null; i++) {
            Api.Reply reply = Api.anonymous().get("/public/businesses/91110000600037341L");
            if (reply.status() == 429) {
                refused = reply;
            }
        }
        assertTrue(refused != null, "no 429 within 121 public requests");
        refused.problem(429);
        long wait = Long.parseLong(refused.header("Retry-After"));
        assertTrue(wait >= 1 && wait <= 60, "Retry-After " + wait);

        Api client = Api.bearer(token(client("MIIT", "\"SCORE\""))).with("Purpose", "telecom licence review");
        String code = Api.newUscc();
        Api.Reply limited = null;
        for (int i = 0; i < 601 && limited == null; i++) {
            Api.Reply reply = client.get("/credit/" + code);
            if (reply.status() == 429) {
                limited = reply;
            } else {
                reply.problem(404);
            }
        }
        assertTrue(limited != null, "no 429 within 601 lookups");
        assertTrue(Long.parseLong(limited.header("Retry-After")) >= 1);
    }

    /** Reads the feed to its end and returns the cursor there. */
    private static long end(Api client) {
        long cursor = 0;
        while (true) {
            JsonObject page = client.get("/changes?after=" + cursor + "&limit=1000")
                    .expect(200)
                    .json();
            long next = page.getJsonNumber("next").longValue();
            if (next == cursor) {
                return cursor;
            }
            cursor = next;
        }
    }
}
