package org.credence.it;

import static org.credence.it.ChinaDay.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sends generated bad inputs (fixed seed, so every run sends the same ones) to the intake, registry,
 * plan, model and lookup endpoints: each must be refused with a 4xx problem document, never a 500 or
 * a silent change, and none may write a row. Every mutation is one the server must refuse whatever
 * the field means: a value of the wrong JSON type, a number out of every range, a duplicate key, a
 * control or bidirectional character, a date out of range, broken syntax, a file the CSV reader must
 * stop.
 */
@ExtendWith({ArquillianExtension.class, ChinaDay.class})
class BadInputFuzzIT {

    private static final Api ADMIN = Api.as("admin");
    private static final long SEED = 16;
    private static final int CASES = 2_400;

    private final Random random = new Random(SEED);
    private final Map<String, Integer> byEndpoint = new TreeMap<>();
    private final Map<String, Integer> byOutcome = new TreeMap<>();
    private final Map<String, Integer> byMutation = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();

    @Deployment(testable = false)
    static EnterpriseArchive credence() {
        return Deployments.builtEar();
    }

    /** An endpoint taking JSON and a body it would take. */
    private record Target(String name, String method, String path, JsonStructure base) {}

    @Test
    void noBadInputGetsA500OrAnythingButAProblemOrWritesARow() {
        List<Target> targets = targets();
        Map<String, Long> before = rows();
        int cases = 0;
        while (cases < CASES) {
            int pick = random.nextInt(100);
            if (pick < 8) {
                csvCase();
            } else if (pick < 16) {
                queryCase();
            } else {
                jsonCase(targets.get(random.nextInt(targets.size())));
            }
            cases++;
        }
        Map<String, Long> after = rows();

        System.out.println("[fuzz] seed " + SEED + ", cases " + cases + ", endpoints " + byEndpoint.size());
        System.out.println("[fuzz] by endpoint: " + byEndpoint);
        System.out.println("[fuzz] by outcome: " + byOutcome);
        System.out.println("[fuzz] by mutation: " + byMutation);
        System.out.println("[fuzz] rows before " + before + ", after " + after);
        assertTrue(
                failures.isEmpty(),
                failures.size() + " answers broke the contract, first ones:\n"
                        + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
        assertEquals(before, after, "a refused request wrote a row");
        assertTrue(cases >= 2_000);
    }

    // ---- the endpoints and bodies they would take

    private List<Target> targets() {
        String uscc = Api.newUscc();
        JsonObject record = object("""
                {"uscc": "%s", "agency": "SAMR", "category": "FALSE_ADVERTISING", "severity": "ORDINARY",
                 "decisionNumber": "市监罚〔fuzz〕1号", "decisionDate": "%s", "legalBasis": "电子商务法第八十一条",
                 "penaltyType": "FINE", "penaltyAmount": 5000, "sourceRecordId": "fuzz-1"}
                """.formatted(uscc, today().minusDays(10)));
        JsonArray batch = Json.createArrayBuilder()
                .add(record)
                .add(Json.createObjectBuilder(record).add("sourceRecordId", "fuzz-2"))
                .build();
        JsonObject business = object(RegistryApiIT.business(Api.newUscc()));
        JsonObject item = object("""
                {"code": "SAMR-FZ-1", "name": "模糊测试事项", "legalBasis": "《电子商务法》第十五条", "agency": "SAMR",
                 "kind": "KEY", "method": "ONLINE_MONITORING", "entityTypes": ["ENTERPRISE"], "industries": ["F5292"],
                 "platforms": ["taobao"], "regionPrefixes": ["33"], "maxRatioBasisPoints": 500, "annualCap": 3}
                """);
        JsonObject inspector = object("""
                {"code": "SAMR-FZ01", "name": "模糊测试", "agency": "SAMR", "jurisdiction": ["330106"],
                 "certificateNumber": "FZ-0001", "certificateExpiry": "%s", "status": "ACTIVE", "maxAssignments": 5,
                 "qualifications": [{"item": "SAMR-FZ-1", "validFrom": "%s", "validUntil": "%s"}]}
                """.formatted(today().plusYears(1), today(), today().plusYears(1)));
        JsonObject plan = object(InspectionApiIT.plan(
                "\"SAMR\"",
                "\"SAMR-FZ-1\"",
                ", \"mode\": \"RANDOM\", \"quotaTotal\": 5, \"repeatMonths\": 12, \"ratios\": {\"A\": 100}, \"gradeAOncePerYear\": true",
                today().plusDays(7)));
        JsonObject definition = ADMIN.get("/models/1").expect(200).json().getJsonObject("definition");
        JsonObject model =
                Json.createObjectBuilder().add("definition", definition).build();
        JsonObject lookup = object("""
                {"usccs": ["%s", "%s"], "model": 1, "on": "%s"}
                """.formatted(uscc, Api.newUscc(), today()));
        return List.of(
                new Target("intake POST /records", "POST", "/records", record),
                new Target("intake POST /records/batch", "POST", "/records/batch", batch),
                new Target("registry POST /businesses", "POST", "/businesses", business),
                new Target("plan POST /inspection-items", "POST", "/inspection-items", item),
                new Target("plan POST /inspectors", "POST", "/inspectors", inspector),
                new Target("plan POST /plans", "POST", "/plans", plan),
                new Target("model POST /models", "POST", "/models", model),
                new Target("lookup POST /credit/lookup", "POST", "/credit/lookup", lookup));
    }

    /** Rows of each kind, as the API counts them. */
    private static Map<String, Long> rows() {
        Map<String, Long> rows = new TreeMap<>();
        rows.put(
                "businesses",
                ADMIN.get("/businesses?size=1")
                        .expect(200)
                        .json()
                        .getJsonNumber("total")
                        .longValue());
        rows.put(
                "records in publicity",
                ADMIN.get("/records?size=1&inPublicityOn=" + today())
                        .expect(200)
                        .json()
                        .getJsonNumber("total")
                        .longValue());
        rows.put("plans", (long) ADMIN.get("/plans?limit=1000")
                .expect(200)
                .structure()
                .asJsonArray()
                .size());
        rows.put("models", (long)
                ADMIN.get("/models").expect(200).structure().asJsonArray().size());
        rows.put("items", (long) ADMIN.get("/inspection-items")
                .expect(200)
                .structure()
                .asJsonArray()
                .size());
        rows.put("inspectors", (long)
                ADMIN.get("/inspectors").expect(200).structure().asJsonArray().size());
        return rows;
    }

    // ---- JSON bodies

    private void jsonCase(Target target) {
        String body;
        String mutation;
        int kind = random.nextInt(100);
        if (kind < 55) {
            List<String> leaves = new ArrayList<>();
            paths(target.base(), "", leaves);
            String path = leaves.get(random.nextInt(leaves.size()));
            JsonValue old = at(target.base(), path);
            Bad bad = badValueFor(old);
            mutation = "value:" + bad.name();
            body = write(target.base(), path, bad.json(), null);
        } else if (kind < 70) {
            List<String> objects = new ArrayList<>();
            objectPaths(target.base(), "", objects);
            String path = objects.get(random.nextInt(objects.size()));
            mutation = "duplicate-key";
            body = write(target.base(), null, null, path);
        } else if (kind < 80) {
            String text = write(target.base(), null, null, null);
            int cut = 1 + random.nextInt(text.length() - 1);
            mutation = "truncated";
            body = text.substring(0, cut);
        } else if (kind < 85) {
            mutation = "trailing-garbage";
            body = write(target.base(), null, null, null)
                    + List.of("x", "{}", ",", "]", "\u0000").get(random.nextInt(5));
        } else if (kind < 92) {
            String[] wrong = {
                "[]",
                "\"text\"",
                "42",
                "true",
                "null",
                "{}",
                "[{}]",
                "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]"
            };
            body = wrong[random.nextInt(wrong.length)];
            mutation = "wrong-shape";
            if (body.equals("{}") || body.equals("[{}]") || body.equals("null")) {
                mutation = "empty-shape"; // refused for its missing fields
            }
        } else if (kind < 96) {
            mutation = "invalid-utf8";
            byte[] text = write(target.base(), null, null, null).getBytes(StandardCharsets.UTF_8);
            byte[] broken = java.util.Arrays.copyOf(text, text.length);
            int at = text.length / 2 + random.nextInt(text.length / 2 - 1);
            broken[at] = (byte) (0xC0 | random.nextInt(2));
            send(
                    target.name(),
                    mutation,
                    ADMIN.request(target.path())
                            .header("Content-Type", "application/json")
                            .method(target.method(), HttpRequest.BodyPublishers.ofByteArray(broken)));
            return;
        } else {
            mutation = "wrong-content-type";
            send(
                    target.name(),
                    mutation,
                    ADMIN.request(target.path())
                            .header(
                                    "Content-Type",
                                    List.of("text/plain", "application/xml", "application/x-www-form-urlencoded")
                                            .get(random.nextInt(3)))
                            .method(
                                    target.method(),
                                    HttpRequest.BodyPublishers.ofString(write(target.base(), null, null, null))));
            return;
        }
        send(
                target.name(),
                mutation,
                ADMIN.request(target.path())
                        .header("Content-Type", "application/json")
                        .header("Accept-Language", random.nextBoolean() ? "zh-CN" : "en")
                        .method(target.method(), HttpRequest.BodyPublishers.ofString(body)));
    }

    private record Bad(String name, String json) {}

    /** A value no field of the old value's kind takes. */
    private Bad badValueFor(JsonValue old) {
        List<Bad> bad = new ArrayList<>(List.of(new Bad("array-for-scalar", "[1, \"a\"]")));
        String deep = "[".repeat(80) + "]".repeat(80);
        switch (old.getValueType()) {
            case STRING -> {
                String s = ((JsonString) old).getString();
                bad.addAll(List.of(
                        new Bad("number-for-text", "4294967301"),
                        new Bad("boolean-for-text", "true"),
                        new Bad("object-for-text", "{\"a\": 1}"),
                        new Bad("nul", quoted(s + "\u0000x")),
                        new Bad("escape", quoted("\u001B[31m" + s)),
                        new Bad("bidi-override", quoted("\u202E" + s)),
                        new Bad("bidi-isolate", quoted(s + "\u2067x\u2069")),
                        new Bad("deep", deep)));
                if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    bad.addAll(List.of(
                            new Bad("date-min", quoted("-999999999-01-01")),
                            new Bad("date-far", quoted("+169087565-03-15")),
                            new Bad("date-before-1949", quoted("1949-09-30")),
                            new Bad(
                                    "date-10y-ahead",
                                    quoted(today().plusYears(10).plusDays(1).toString())),
                            new Bad("date-invalid", quoted("2026-02-30"))));
                }
            }
            case NUMBER ->
                bad.addAll(List.of(
                        new Bad("text-for-number", "\"12\""),
                        new Bad("boolean-for-number", "false"),
                        new Bad("overflow-1e400", "1e400"),
                        new Bad("overflow-huge-exponent", "-1e999999999"),
                        new Bad("overflow-digits", "1" + "0".repeat(400)),
                        new Bad("object-for-number", "{}")));
            case TRUE, FALSE ->
                bad.addAll(List.of(
                        new Bad("text-for-boolean", "\"true\""),
                        new Bad("number-for-boolean", "1"),
                        new Bad("object-for-boolean", "{}")));
            case ARRAY ->
                bad = new ArrayList<>(List.of(
                        new Bad("text-for-list", "\"a\""),
                        new Bad("number-for-list", "7"),
                        new Bad("object-for-list", "{\"a\": []}"),
                        new Bad("deep", "[" + deep + "]")));
            case OBJECT ->
                bad = new ArrayList<>(List.of(
                        new Bad("text-for-object", "\"a\""),
                        new Bad("number-for-object", "2"),
                        new Bad("list-for-object", "[{}]")));
            default -> {}
        }
        return bad.get(random.nextInt(bad.size()));
    }

    // ---- CSV files

    private void csvCase() {
        String header =
                "uscc,agency,category,severity,decisionNumber,decisionDate,legalBasis,penaltyType,penaltyAmount,sourceRecordId\n";
        String row = Api.newUscc() + ",SAMR,FALSE_ADVERTISING,ORDINARY,市监罚〔fuzz〕2号," + today().minusDays(3)
                + ",电子商务法第八十一条,FINE,5000,fuzz-csv-" + random.nextInt(1000) + "\n";
        String[] names = {
            "unclosed-quote",
            "long-line",
            "bad-header",
            "nul-in-field",
            "bidi-in-field",
            "date-before-1949",
            "date-min",
            "quote-in-field",
            "latin1"
        };
        int k = random.nextInt(names.length);
        byte[] body = switch (k) {
            case 0 ->
                (header + row + row.replace(",SAMR,", ",\"SAMR,") + "x".repeat(200_000))
                        .getBytes(StandardCharsets.UTF_8);
            case 1 -> (header + row.replace("电子商务法第八十一条", "法".repeat(80_000))).getBytes(StandardCharsets.UTF_8);
            case 2 -> ("uscc,name\n" + row).getBytes(StandardCharsets.UTF_8);
            case 3 -> (header + row.replace("市监罚", "市\u0000监罚")).getBytes(StandardCharsets.UTF_8);
            case 4 -> (header + row.replace("市监罚", "市\u202E监罚")).getBytes(StandardCharsets.UTF_8);
            case 5 ->
                (header + row.replace(today().minusDays(3).toString(), "1949-09-30")).getBytes(StandardCharsets.UTF_8);
            case 6 ->
                (header + row.replace(today().minusDays(3).toString(), "-999999999-01-01"))
                        .getBytes(StandardCharsets.UTF_8);
            case 7 -> (header + row.replace(",SAMR,", ",\"SA\"MR,")).getBytes(StandardCharsets.UTF_8);
            default -> (header + row.replace("电子商务法第八十一条", "caf\u00e9")).getBytes(StandardCharsets.ISO_8859_1);
        };
        send(
                "intake POST /records/csv",
                "csv:" + names[k],
                ADMIN.request("/records/csv")
                        .header("Content-Type", "text/csv")
                        .header("Accept-Language", random.nextBoolean() ? "zh-CN" : "en")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    // ---- lookups and query parameters

    private void queryCase() {
        String uscc = Api.newUscc();
        String[] badCodes = {
            "%00", "9133%1B0106", uscc + "%E2%80%AE", "%E2%81%A6" + uscc, "x".repeat(2000), "..%2F..%2Fetc"
        };
        String[] badDays = {
            "-999999999-01-01",
            "%2B169087565-03-15",
            "1949-09-30",
            today().plusYears(10).plusDays(1).toString(),
            "2026-02-30",
            "tomorrow",
            "2026-01-01%00"
        };
        String[] badNumbers = {"1.5", "99999999999999999999", "1e3", "abc", "%00"};
        int k = random.nextInt(6);
        String path;
        String mutation;
        switch (k) {
            case 0 -> {
                path = "/credit/" + badCodes[random.nextInt(badCodes.length)];
                mutation = "query:bad-code";
            }
            case 1 -> {
                path = "/credit/" + uscc + "?on=" + badDays[random.nextInt(badDays.length)];
                mutation = "query:bad-on";
            }
            case 2 -> {
                path = "/credit/" + uscc + "/explanation?on=" + badDays[random.nextInt(badDays.length)];
                mutation = "query:bad-on";
            }
            case 3 -> {
                path = "/credit/" + uscc + "?model=" + badNumbers[random.nextInt(badNumbers.length)];
                mutation = "query:bad-number";
            }
            case 4 -> {
                path = "/records?inPublicityOn=" + badDays[random.nextInt(badDays.length)];
                mutation = "query:bad-day";
            }
            default -> {
                path = "/businesses?q="
                        + URLEncoder.encode(
                                List.of("a\u0000b", "\u202Eevil", "x\u001By").get(random.nextInt(3)),
                                StandardCharsets.UTF_8)
                        + "&size=" + badNumbers[random.nextInt(badNumbers.length)];
                mutation = "query:bad-text";
            }
        }
        String endpoint = "lookup GET "
                + path.replaceAll("\\?.*", "").replace(uscc, "{uscc}").replaceAll("/credit/[^/]+$", "/credit/{uscc}");
        if (path.startsWith("/records")) {
            endpoint = "intake GET /records";
        } else if (path.startsWith("/businesses")) {
            endpoint = "registry GET /businesses";
        }
        // an encoded NUL in the path is refused by the listener's guard with a problem document too
        send(endpoint, mutation, ADMIN.request(path).GET());
    }

    // ---- sending and judging

    private void send(String endpoint, String mutation, HttpRequest.Builder request) {
        HttpRequest built = request.build();
        Api.Reply reply = ADMIN.send(HttpRequest.newBuilder(built, (name, value) -> true));
        byEndpoint.merge(endpoint, 1, Integer::sum);
        byMutation.merge(mutation.replaceAll(":.*", ""), 1, Integer::sum);
        int status = reply.status();
        String why = null;
        String type = reply.header("Content-Type");
        byOutcome.merge(String.valueOf(status), 1, Integer::sum);
        if (status >= 500) {
            why = "server error";
        } else if (status < 400) {
            why = "accepted";
        } else if (type == null || !type.startsWith("application/problem+json")) {
            why = "not a problem document (" + type + ")";
        } else {
            try {
                JsonObject problem = reply.json();
                if (problem.getInt("status") != status
                        || problem.getString("title").isBlank()) {
                    why = "a problem without its status or title";
                }
            } catch (RuntimeException e) {
                why = "an unreadable problem document";
            }
        }
        if (why != null) {
            String body = reply.response().body();
            failures.add(endpoint + " " + mutation + " "
                    + built.uri()
                            .getRawPath()
                            .substring(0, Math.min(120, built.uri().getRawPath().length())) + " -> " + status + " "
                    + why + ": " + body.substring(0, Math.min(300, body.length())));
        }
    }

    // ---- JSON helpers: paths to values, and writing a tree with one value replaced or one key doubled

    private static JsonObject object(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    private static String quoted(String s) {
        return Json.createValue(s).toString();
    }

    private static void paths(JsonValue value, String path, List<String> out) {
        if (!path.isEmpty() && value.getValueType() != JsonValue.ValueType.NULL) {
            out.add(path);
        }
        if (value instanceof JsonObject o) {
            o.forEach((k, v) -> paths(v, path + "/" + k, out));
        } else if (value instanceof JsonArray a) {
            for (int i = 0; i < a.size(); i++) {
                paths(a.get(i), path + "/" + i, out);
            }
        }
    }

    private static void objectPaths(JsonValue value, String path, List<String> out) {
        if (value instanceof JsonObject o) {
            if (!o.isEmpty()) {
                out.add(path);
            }
            o.forEach((k, v) -> objectPaths(v, path + "/" + k, out));
        } else if (value instanceof JsonArray a) {
            for (int i = 0; i < a.size(); i++) {
                objectPaths(a.get(i), path + "/" + i, out);
            }
        }
    }

    private static JsonValue at(JsonValue root, String path) {
        return Json.createPointer(path).getValue((JsonStructure) root);
    }

    /** The tree as JSON text, the value at {@code replace} written as {@code with}, the first key of the object at {@code duplicate} given twice. */
    private static String write(JsonValue value, String replace, String with, String duplicate) {
        StringBuilder out = new StringBuilder();
        write(value, "", replace, with, duplicate, out);
        return out.toString();
    }

    private static void write(
            JsonValue value, String path, String replace, String with, String duplicate, StringBuilder out) {
        if (path.equals(replace)) {
            out.append(with);
            return;
        }
        if (value instanceof JsonObject o) {
            out.append('{');
            boolean first = true;
            if (path.equals(duplicate)) {
                Map.Entry<String, JsonValue> e = o.entrySet().iterator().next();
                out.append(quoted(e.getKey())).append(':');
                write(e.getValue(), path + "/" + e.getKey(), replace, with, null, out);
                first = false;
            }
            for (Map.Entry<String, JsonValue> e : o.entrySet()) {
                out.append(first ? "" : ",").append(quoted(e.getKey())).append(':');
                write(e.getValue(), path + "/" + e.getKey(), replace, with, duplicate, out);
                first = false;
            }
            out.append('}');
        } else if (value instanceof JsonArray a) {
            out.append('[');
            for (int i = 0; i < a.size(); i++) {
                out.append(i == 0 ? "" : ",");
                write(a.get(i), path + "/" + i, replace, with, duplicate, out);
            }
            out.append(']');
        } else {
            out.append(value.toString());
        }
    }
}
