package org.credence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit log under load and against tampering: lookups never wait on the connections they hold
 * themselves, one caller's unwritable entry never fails another's lookup, and the chain's head is
 * signed in checkpoints that auditors export and verify with the exported public keys.
 */
@ExtendWith({ArquillianExtension.class, ChinaDay.class})
class AuditIT {

    private static final Api ADMIN = Api.as("admin");
    private static final Api AUDITOR = Api.as("auditor");
    private static final Api SAMR = Api.as("samr-admin");

    /**
     * The bursts' own client: their many connections stay in its pool, where the server closes them when
     * idle, instead of in the shared client, whose next POST would find one closed.
     */
    private static final java.net.http.HttpClient BURST = java.net.http.HttpClient.newBuilder()
            .version(java.net.http.HttpClient.Version.HTTP_1_1)
            .build();

    private static int post(Api api, String path, String json) {
        return send(api.request(path)
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)));
    }

    private static int get(Api api, String path) {
        return send(api.request(path).GET());
    }

    private static int send(java.net.http.HttpRequest.Builder request) {
        try {
            return BURST.send(request.build(), java.net.http.HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (Exception e) {
            throw new AssertionError("request failed: " + e, e);
        }
    }

    @Deployment(testable = false)
    static EnterpriseArchive credence() {
        return Deployments.builtEar();
    }

    /** The application pool's size, as config/ sets it for the embedded database. */
    private static int poolSize() throws Exception {
        Path root = Path.of(System.getProperty("credence.migrations"))
                .resolve("../../../../../..")
                .normalize();
        Matcher m = Pattern.compile("credence-h2\\.max-pool-size=(\\d+)")
                .matcher(Files.readString(root.resolve("config/domain.asadmin")));
        assertTrue(m.find(), "config/domain.asadmin sets the pool's size");
        return Integer.parseInt(m.group(1));
    }

    private static String client(String agency) {
        JsonObject registered = ADMIN.post(
                        "/clients", "{\"name\": \"" + agency + " audit load\", \"agency\": \"" + agency + "\"}")
                .expect(201)
                .json();
        String id = registered.getString("clientId");
        ADMIN.put(
                        "/clients/" + id + "/agreement",
                        "{\"reference\": \"DSA-" + id + "\", \"reads\": [\"SCORE\"]," + " \"models\": [1]}")
                .expect(200);
        return Api.anonymous()
                .postForm(
                        "/oauth/token",
                        Map.of(
                                "grant_type",
                                "client_credentials",
                                "client_id",
                                id,
                                "client_secret",
                                registered.getString("secret")))
                .expect(200)
                .json()
                .getString("access_token");
    }

    private static String batch(int codes) {
        return IntStream.range(0, codes)
                .mapToObj(i -> "\"" + Api.newUscc() + "\"")
                .collect(Collectors.joining(", ", "{\"usccs\": [", "]}"));
    }

    /** Starts every request at once (as far as threads allow) and returns each one's status. */
    private static List<Integer> allAtOnce(List<Supplier<Integer>> requests) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(requests.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Integer>> answers = new ArrayList<>();
            for (Supplier<Integer> r : requests) {
                answers.add(CompletableFuture.supplyAsync(
                        () -> {
                            try {
                                start.await();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                throw new AssertionError(e);
                            }
                            return r.get();
                        },
                        threads));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (CompletableFuture<Integer> a : answers) {
                statuses.add(a.get());
            }
            return statuses;
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void moreBatchLookupsAndFeedReadsThanConnectionsAreAllAnswered() throws Exception {
        int pool = poolSize();
        Api feed = Api.bearer(client("STA")).with("Purpose", "audit load test");
        String body = batch(200);
        List<Supplier<Integer>> requests = new ArrayList<>();
        for (int i = 0; i < pool * 2; i++) {
            requests.add(() -> post(ADMIN, "/credit/lookup", body));
            if (i % 2 == 0) {
                requests.add(() -> get(feed, "/changes?after=0&limit=50"));
            }
        }
        assertTrue(requests.size() > pool, requests.size() + " requests for " + pool + " connections");
        List<Integer> statuses = allAtOnce(requests);
        assertEquals(
                requests.size(), statuses.stream().filter(s -> s == 200).count(), "every one answered: " + statuses);
        // and the server still answers a trivial request at once
        ADMIN.get("/me").expect(200);
    }

    @Test
    void aPoisonedRequestFailsAloneWhileInnocentLookupsInTheSameBatchAreAnswered() throws Exception {
        String innocent = batch(20);
        String longCodes = IntStream.range(0, 1000)
                .mapToObj(i -> "\"" + "X".repeat(50) + i + "\"")
                .collect(Collectors.joining(", ", "{\"usccs\": [", "]}"));
        Api longPurpose = ADMIN.with("Purpose", "p".repeat(600));
        Api nulPurpose = ADMIN.with("Purpose", "check%00this");
        List<Supplier<Integer>> requests = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            requests.add(() -> post(SAMR, "/credit/lookup", innocent));
            if (i % 4 == 0) {
                requests.add(() -> post(longPurpose, "/credit/lookup", innocent));
                requests.add(() -> post(ADMIN, "/credit/lookup", longCodes));
                requests.add(() -> post(nulPurpose, "/credit/lookup", innocent));
            }
        }
        List<Integer> statuses = allAtOnce(requests);
        assertEquals(
                40, statuses.stream().filter(s -> s == 200).count(), "every innocent lookup answered: " + statuses);
        assertFalse(statuses.contains(500), statuses.toString());

        // each poisoned request gets its own refusal, a problem document in its language
        JsonObject tooLong = longPurpose
                .with("Accept-Language", "zh-CN")
                .post("/credit/lookup", innocent)
                .problem(400);
        assertEquals("Purpose", tooLong.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(
                tooLong.getString("detail")
                        .codePoints()
                        .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN),
                tooLong.getString("detail"));
        JsonObject tooMany = ADMIN.post("/credit/lookup", longCodes).problem(413);
        assertEquals("usccs", tooMany.getJsonArray("errors").getJsonObject(0).getString("field"));
        nulPurpose.post("/credit/lookup", innocent).problem(400);
    }

    @Test
    void checkpointsAreSignedExportedAndVerifyAgainstTheLog() throws Exception {
        ADMIN.post("/credit/lookup", batch(3)).expect(200);
        JsonObject checkpoint = Api.eventually("a signed checkpoint", () -> {
            JsonArray all = AUDITOR.get("/audit/checkpoints?limit=5")
                    .expect(200)
                    .structure()
                    .asJsonArray();
            return all.isEmpty() ? null : all.getJsonObject(0);
        });
        JsonArray keys = AUDITOR.get("/audit/keys").expect(200).structure().asJsonArray();
        JsonObject key = keys.stream()
                .map(v -> v.asJsonObject())
                .filter(k -> k.getString("keyId").equals(checkpoint.getString("keyId")))
                .findFirst()
                .orElseThrow(() -> new AssertionError(keys.toString()));

        // an auditor checks the signature with nothing but the exported key and checkpoint
        PublicKey publicKey = KeyFactory.getInstance("EC")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(key.getString("publicKey"))));
        Signature signature = Signature.getInstance(key.getString("algorithm"));
        signature.initVerify(publicKey);
        signature.update(("credence-audit-checkpoint/1 "
                        + checkpoint.getJsonNumber("seq").longValue() + " " + checkpoint.getString("hash") + " "
                        + checkpoint.getString("issuedAt"))
                .getBytes(StandardCharsets.UTF_8));
        assertTrue(signature.verify(Base64.getDecoder().decode(checkpoint.getString("signature"))));

        JsonObject intact = AUDITOR.post("/audit/checkpoints/verification", checkpoint.toString())
                .expect(200)
                .json();
        assertTrue(intact.getBoolean("intact"), intact.toString());
        assertEquals(
                checkpoint.getJsonNumber("seq").longValue(),
                intact.getJsonNumber("checked").longValue());
        JsonObject whole = AUDITOR.post("/audit/verification", "").expect(200).json();
        assertTrue(whole.getBoolean("intact"), whole.toString());

        String forged = checkpoint.toString().replace(checkpoint.getString("hash"), "0".repeat(64));
        JsonObject refused = AUDITOR.post("/audit/checkpoints/verification", forged)
                .expect(200)
                .json();
        assertFalse(refused.getBoolean("intact"), refused.toString());

        SAMR.get("/audit/checkpoints").problem(403);
        SAMR.get("/audit/keys").problem(403);
    }
}
