package org.credence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The registry API's contract, black box, against the built EAR on Payara Server. */
@ExtendWith({ArquillianExtension.class, ChinaDay.class})
class RegistryApiIT {

    private static final Api ADMIN = Api.as("admin");
    private static final Api SAMR = Api.as("samr-admin");
    private static final Api CAC = Api.as("cac-admin");

    @Deployment(testable = false)
    static EnterpriseArchive credence() {
        return Deployments.builtEar();
    }

    static String business(String uscc, String name, String region, String platform, String shopId) {
        return """
                {"uscc": "%s", "name": "%s", "entityType": "ENTERPRISE", "regionCode": "%s",
                 "industryCode": "F5292", "shops": [{"platform": "%s", "shopId": "%s",
                 "shopUrl": "https://%s.example/shop/%s"}]}
                """.formatted(uscc, name, region, platform, shopId, platform, shopId);
    }

    static String business(String uscc) {
        return business(uscc, "杭州测试电子商务有限公司", "330106", "taobao", Api.newShopId());
    }

    @Test
    void registersAndReadsABusiness() {
        String uscc = Api.newUscc();
        Api.Reply created = ADMIN.post("/businesses", business(uscc)).expect(201);
        assertTrue(
                created.header("Location").endsWith("/credence/api/v1/businesses/" + uscc), created.header("Location"));
        assertEquals(null, created.header("X-Powered-By"), "no server make or version in responses");
        assertEquals(null, created.header("Server"));

        JsonObject business = ADMIN.get("/businesses/" + uscc).expect(200).json();
        assertEquals(uscc, business.getString("uscc"));
        assertEquals("杭州测试电子商务有限公司", business.getString("name"));
        assertEquals("ENTERPRISE", business.getString("entityType"));
        assertEquals("330106", business.getString("regionCode"));
        assertEquals("OPERATING", business.getString("status"));
        assertEquals("taobao", business.getJsonArray("shops").getJsonObject(0).getString("platform"));
        assertEquals("admin", business.getString("createdBy"));
        assertFalse(business.containsKey("usccKnownException"));
        assertTrue(
                ServerLog.read().contains("write action=business.register subject=" + uscc + " by=admin"),
                "every write is logged with who and what");
    }

    @Test
    void aWrongCheckCharacterIsRefusedNamingTheExpectedOneAndNothingIsWritten() {
        String valid = Api.newUscc();
        char wrong = valid.charAt(17) == '0' ? '1' : '0';
        String invalid = valid.substring(0, 17) + wrong;

        JsonObject problem = ADMIN.post("/businesses", business(invalid)).problem(400);
        assertTrue(problem.getString("detail").contains("'" + valid.charAt(17) + "'"), problem.getString("detail"));
        assertEquals("uscc", problem.getJsonArray("errors").getJsonObject(0).getString("field"));

        ADMIN.get("/businesses/" + valid).problem(404);
        ADMIN.get("/businesses/" + invalid).problem(400);
    }

    @Test
    void codesOutsideTheAlphabetOrOfTheWrongLengthAreRefused() {
        for (String code : List.of("91330106MA2CFXXXIC", "91330106MA2CFXXX8", "", "91330106ma2cfxxx8c")) {
            JsonObject problem = ADMIN.post("/businesses", business(code)).problem(400);
            assertEquals("uscc", problem.getJsonArray("errors").getJsonObject(0).getString("field"), code);
        }
    }

    @Test
    void aDuplicateIsAConflict() {
        String uscc = Api.newUscc();
        ADMIN.post("/businesses", business(uscc)).expect(201);
        JsonObject problem = ADMIN.post("/businesses", business(uscc)).problem(409);
        assertTrue(problem.getString("detail").contains(uscc));
    }

    @Test
    void aShopBelongsToOneBusinessOnly() {
        String shopId = Api.newShopId();
        ADMIN.post("/businesses", business(Api.newUscc(), "店铺甲", "330106", "jd", shopId))
                .expect(201);
        String second = Api.newUscc();
        ADMIN.post("/businesses", business(second, "店铺乙", "330106", "jd", shopId))
                .problem(409);
        ADMIN.get("/businesses/" + second).problem(404);
    }

    @Test
    void validationFailuresInsideTheServiceListEveryFieldAndAreNot500() {
        String body = """
                {"uscc": "%s", "name": " ", "entityType": "ENTERPRISE", "regionCode": "33010",
                 "industryCode": "Z99", "shops": [{"platform": "Taobao!", "shopId": ""}]}
                """.formatted(Api.newUscc());
        JsonObject problem = ADMIN.post("/businesses", body).problem(400);
        Set<String> fields = fieldsOf(problem);
        assertEquals(Set.of("name", "regionCode", "industryCode", "shops[0].platform", "shops[0].shopId"), fields);
        JsonObject chinese =
                ADMIN.with("Accept-Language", "zh-CN").post("/businesses", body).problem(400);
        assertEquals(fields, fieldsOf(chinese), "the same fields in every language");
        assertEquals("请求无效", chinese.getString("title"));
        assertTrue(
                chinese.getJsonArray("errors").stream()
                        .map(e -> e.asJsonObject())
                        .anyMatch(e -> "regionCode".equals(e.getString("field"))
                                && "应为 6 位行政区划代码".equals(e.getString("message"))),
                chinese.toString());
        String noShops = business(Api.newUscc()).replaceAll("(?s)\"shops\": \\[.*\\]", "\"shops\": []");
        assertEquals(
                Set.of("shops"), fieldsOf(ADMIN.post("/businesses", noShops).problem(400)));
    }

    @Test
    void malformedJsonAndWrongTypesAre400() {
        ADMIN.post("/businesses", "{\"uscc\": ").problem(400);
        ADMIN.post("/businesses", "[1, 2").problem(400);
        String wrongEnum = business(Api.newUscc()).replace("\"ENTERPRISE\"", "\"SHOP\"");
        String detail = ADMIN.post("/businesses", wrongEnum).problem(400).getString("detail");
        assertTrue(detail.contains("'SHOP'") && detail.contains("ENTERPRISE, INDIVIDUAL_BUSINESS"), detail);
        String wrongType = business(Api.newUscc()).replace("\"shops\": [", "\"shops\": 7, \"x\": [");
        ADMIN.post("/businesses", wrongType).problem(400);
        ADMIN.post("/businesses", "").problem(400);
    }

    @Test
    void aBodyOverTheLimitIs413() {
        String huge = business(Api.newUscc()).replace("杭州测试电子商务有限公司", "x".repeat(2 * 1024 * 1024));
        ADMIN.post("/businesses", huge).problem(413);
        // A client that asks before sending is refused before it sends.
        ADMIN.send(ADMIN.request("/businesses")
                        .header("Content-Type", "application/json")
                        .expectContinue(true)
                        .POST(HttpRequest.BodyPublishers.ofString(huge)))
                .problem(413);
        // Chunked, without a declared length: refused while reading.
        var chunked = ADMIN.request("/businesses")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() ->
                        new java.io.ByteArrayInputStream(huge.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        ADMIN.send(chunked).problem(413);
    }

    @Test
    void replacingABusinessKeepsItsCodeAndBumpsItsVersion() {
        String uscc = Api.newUscc();
        long version = ADMIN.post("/businesses", business(uscc))
                .expect(201)
                .json()
                .getJsonNumber("version")
                .longValue();
        String changed = business(uscc, "杭州新名称有限公司", "330108", "douyin", Api.newShopId())
                .replace("\"ENTERPRISE\"", "\"INDIVIDUAL_BUSINESS\"");
        JsonObject replaced =
                ADMIN.put("/businesses/" + uscc, changed).expect(200).json();
        assertEquals("杭州新名称有限公司", replaced.getString("name"));
        assertEquals("330108", replaced.getString("regionCode"));
        assertEquals("douyin", replaced.getJsonArray("shops").getJsonObject(0).getString("platform"));
        assertEquals(version + 1, replaced.getJsonNumber("version").longValue());

        ADMIN.put("/businesses/" + uscc, business(Api.newUscc())).problem(400);
        ADMIN.put("/businesses/" + Api.newUscc(), business(null).replace("\"uscc\": \"null\",", ""))
                .problem(404);
    }

    @Test
    void anAgencyAdministratorChangesOnlyItsOwnAgencysBusinesses() {
        String uscc = Api.newUscc();
        JsonObject registered =
                SAMR.post("/businesses", business(uscc)).expect(201).json();
        assertEquals("SAMR", registered.getString("registeredBy"));

        String changed = business(uscc).replace("杭州测试电子商务有限公司", "改名有限公司");
        CAC.put("/businesses/" + uscc, changed).problem(403);
        assertEquals("杭州测试电子商务有限公司", ADMIN.get("/businesses/" + uscc).json().getString("name"));
        SAMR.put("/businesses/" + uscc, changed).expect(200);
        ADMIN.put("/businesses/" + uscc, changed).expect(200);
    }

    @Test
    void onlyASystemAdministratorRegistersAKnownCheckCharacterException() {
        String valid = Api.newUscc();
        String exception = valid.substring(0, 17) + (valid.charAt(17) == 'Y' ? 'X' : 'Y');
        String marked = business(exception)
                .replace(
                        "{\"uscc\"",
                        "{\"usccKnownException\": true, \"usccExceptionReason\": \"2015 pilot code, confirmed by the registry\", \"uscc\"");

        SAMR.post("/businesses", marked).problem(403);
        JsonObject registered = ADMIN.post("/businesses", marked).expect(201).json();
        assertTrue(registered.getBoolean("usccKnownException"));
        assertEquals("2015 pilot code, confirmed by the registry", registered.getString("usccExceptionReason"));
        assertEquals(
                exception,
                ADMIN.get("/businesses/" + exception).expect(200).json().getString("uscc"));

        String noReason = business(Api.newUscc().substring(0, 17) + "Y")
                .replace("{\"uscc\"", "{\"usccKnownException\": true, \"uscc\"");
        ADMIN.post("/businesses", noReason).problem(400);
        String validMarked = business(Api.newUscc())
                .replace("{\"uscc\"", "{\"usccKnownException\": true, \"usccExceptionReason\": \"none\", \"uscc\"");
        assertEquals(
                Set.of("usccKnownException"),
                fieldsOf(ADMIN.post("/businesses", validMarked).problem(400)));
        ADMIN.post("/businesses", marked.replace(exception, exception.substring(0, 17) + "I"))
                .problem(400);
    }

    @Test
    void searchFiltersByNameRegionAndPlatformAndPages() {
        String tag = Long.toString(System.nanoTime(), 36);
        String a = Api.newUscc();
        String b = Api.newUscc();
        ADMIN.post("/businesses", business(a, "检索" + tag + "甲", "350102", "kuaishou", Api.newShopId()))
                .expect(201);
        ADMIN.post("/businesses", business(b, "检索" + tag + "乙", "440305", "meituan", Api.newShopId()))
                .expect(201);

        assertEquals(
                Set.of(a, b),
                usccsOf(ADMIN.get("/businesses?q=" + tag).expect(200).json()));
        assertEquals(
                Set.of(a),
                usccsOf(ADMIN.get("/businesses?q=" + tag + "&region=3501").json()));
        assertEquals(
                Set.of(b),
                usccsOf(ADMIN.get("/businesses?q=" + tag + "&platform=meituan").json()));
        JsonObject page = ADMIN.get("/businesses?q=" + tag + "&size=1&page=1").json();
        assertEquals(2, page.getInt("total"));
        assertEquals(1, page.getJsonArray("items").size());
        assertEquals(1, page.getInt("page"));
        // the pages follow USCC order: the first holds the lower code, the second the higher
        String first = ADMIN.get("/businesses?q=" + tag + "&size=1&page=0")
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("uscc");
        assertEquals(
                java.util.stream.Stream.of(a, b).sorted().toList(),
                List.of(first, page.getJsonArray("items").getJsonObject(0).getString("uscc")));

        assertEquals(Set.of("size"), fieldsOf(ADMIN.get("/businesses?size=0").problem(400)));
        assertEquals(Set.of("size"), fieldsOf(ADMIN.get("/businesses?size=101").problem(400)));
        assertEquals(
                Set.of("region"), fieldsOf(ADMIN.get("/businesses?region=33x").problem(400)));
        assertEquals(Set.of("page"), fieldsOf(ADMIN.get("/businesses?page=two").problem(400)));
        assertEquals(
                Set.of("page"), fieldsOf(ADMIN.get("/businesses?page=100001").problem(400)));
        assertEquals(
                2,
                ADMIN.get("/businesses?q=" + tag + "&region=&platform=&page=&size=")
                        .expect(200)
                        .json()
                        .getInt("total"));
    }

    @Test
    void theRegistryRequiresAuthenticationAndTheRightRole() {
        JsonObject anonymous = Api.anonymous().get("/businesses").problem(401);
        assertNotNull(anonymous);
        Api.Reply unauthenticated = Api.anonymous().get("/agencies");
        unauthenticated.problem(401);
        // browsers are never asked for Basic (they would keep it for other sites' requests); tools read the hint
        assertTrue(
                unauthenticated.header("WWW-Authenticate").startsWith("Bearer"),
                unauthenticated.header("WWW-Authenticate"));
        assertFalse(unauthenticated.header("WWW-Authenticate").contains("Basic"));
        assertTrue(unauthenticated.header("Credence-Authenticate").startsWith("Basic"));
        Api.as("admin", "wrong password").get("/businesses").problem(401);

        Api.as("inspector").post("/businesses", business(Api.newUscc())).problem(403);
        Api.as("auditor")
                .put("/businesses/91110000600037341L", business("91110000600037341L"))
                .problem(403);
        Api.as("auditor").get("/businesses/91110000600037341L").expect(200);
        Api.as("inspector").get("/businesses?size=1").expect(200);
    }

    @Test
    void listsTheAgencies() {
        JsonArray agencies =
                (JsonArray) Api.as("auditor").get("/agencies").expect(200).structure();
        Set<String> codes =
                agencies.stream().map(a -> a.asJsonObject().getString("code")).collect(Collectors.toSet());
        assertTrue(
                codes.containsAll(Set.of("SAMR", "CAC", "MPS", "MIIT", "SPB", "STA", "GACC", "NMPA")),
                codes.toString());
    }

    @Test
    void unknownPathsAndMethodsAreProblemsToo() {
        ADMIN.get("/no-such-thing").problem(404);
        ADMIN.send(ADMIN.request("/agencies").DELETE()).problem(405);
        ADMIN.send(ADMIN.request("/businesses")
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString("hello")))
                .problem(415);
    }

    @Test
    void readinessChecksTheDatabaseAndTheOpenApiDocumentIsServed() {
        JsonObject health =
                Api.anonymous().get(Api.BASE + "/health/ready").expect(200).json();
        assertEquals("UP", health.getString("status"));
        JsonObject database = health.getJsonArray("checks").stream()
                .map(c -> c.asJsonObject())
                .filter(c -> c.getString("name").equals("database"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                latestMigration(),
                database.getJsonObject("data").getString("schemaVersion"),
                "every migration of this build was applied");

        String openapi = Api.anonymous()
                .get(Api.BASE + "/openapi")
                .expect(200)
                .response()
                .body();
        assertTrue(openapi.contains("url: http://localhost:8080/credence"), openapi);
        assertTrue(openapi.contains("/api/v1/businesses/{uscc}:"), openapi);
    }

    /** The highest version among the build's migration files, V{n}__*.sql. */
    private static String latestMigration() {
        // the common migrations and those of either database (both number their files alike)
        try (var files = java.nio.file.Files.walk(
                java.nio.file.Path.of(System.getProperty("credence.migrations")).getParent())) {
            return String.valueOf(files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .max()
                    .orElseThrow());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Set<String> fieldsOf(JsonObject problem) {
        return problem.getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field"))
                .collect(Collectors.toSet());
    }

    private static Set<String> usccsOf(JsonObject page) {
        return page.getJsonArray("items").stream()
                .map(i -> i.asJsonObject().get("uscc"))
                .map(v -> ((JsonString) v).getString())
                .collect(Collectors.toSet());
    }
}
