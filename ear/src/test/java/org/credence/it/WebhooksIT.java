package org.credence.it;

import static org.credence.it.ChinaDay.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Webhooks against a receiver in this test: approval, the HMAC signature and idempotency key, retries
 * with backoff into the dead letter, and the administrator's replay. The server under test retries
 * after 1 s, 2 s and gives up after 3 attempts (ear/pom.xml sets this for the tests).
 */
@ExtendWith({ArquillianExtension.class, ChinaDay.class})
class WebhooksIT {

    private static final Api ADMIN = Api.as("admin");

    /** A request the receiver got. */
    record Received(String path, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .findFirst()
                    .map(e -> e.getValue().get(0))
                    .orElse(null);
        }
    }

    private static HttpServer receiver;
    private static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    /** The status /flaky answers until it is switched to 204. */
    private static final AtomicInteger FLAKY_STATUS = new AtomicInteger(500);

    @Deployment(testable = false)
    static EnterpriseArchive credence() {
        return Deployments.builtEar();
    }

    @BeforeAll
    static void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            RECEIVED.add(
                    new Received(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()), body));
            int status = exchange.getRequestURI().getPath().startsWith("/flaky") ? FLAKY_STATUS.get() : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop(0);
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + path;
    }

    private static Api client() {
        JsonObject registered = ADMIN.post("/clients", "{\"name\": \"webhook gateway\", \"agency\": \"SAMR\"}")
                .expect(201)
                .json();
        String id = registered.getString("clientId");
        ADMIN.put(
                        "/clients/" + id + "/agreement",
                        "{\"reference\": \"DSA-W\", \"reads\": [\"LISTS\"], \"models\": [1]}")
                .expect(200);
        String token = Api.anonymous()
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
        return Api.bearer(token);
    }

    private static String listedBusiness() {
        String uscc = Api.newUscc();
        ADMIN.post("/businesses", RegistryApiIT.business(uscc)).expect(201);
        ADMIN.post(
                        "/list-entries",
                        ("{\"agency\": \"SAMR\", \"uscc\": \"%s\", \"list\": \"ABNORMAL_OPERATIONS\","
                                        + " \"reason\": \"未报送年报\", \"listedOn\": \"%s\"}")
                                .formatted(uscc, today()))
                .expect(201);
        return uscc;
    }

    private static String hmac(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anApprovedSubscriptionReceivesSignedDeliveries() throws Exception {
        Api client = client();
        client.post("/subscriptions", "{\"url\": \"ftp://127.0.0.1/x\", \"events\": [\"LIST_ENTERED\"]}")
                .problem(400);
        client.post("/subscriptions", "{\"url\": \"" + url("/ok") + "\", \"events\": [\"BUSINESS_REGISTERED\"]}")
                .problem(400);
        JsonObject subscription = client.post(
                        "/subscriptions", "{\"url\": \"" + url("/ok") + "\", \"events\": [\"LIST_ENTERED\"]}")
                .expect(201)
                .json();
        assertEquals("PENDING", subscription.getString("status"));
        String secret = subscription.getString("secret");
        long id = subscription.getJsonNumber("id").longValue();

        String before = listedBusiness();
        client.put("/subscriptions/" + id + "/status", "{\"status\": \"APPROVED\"}")
                .problem(403);
        ADMIN.put("/subscriptions/" + id + "/status", "{\"status\": \"APPROVED\"}")
                .expect(200);
        String uscc = listedBusiness();

        Received got = Api.eventually(
                "the delivery for " + uscc,
                () -> RECEIVED.stream()
                        .filter(r -> r.path().equals("/ok") && r.body().contains(uscc))
                        .findFirst()
                        .orElse(null));
        assertEquals(hmac(secret, got.body()), got.header("Credence-Signature"));
        assertEquals("LIST_ENTERED", got.header("Credence-Event"));
        assertTrue(got.header("Idempotency-Key").startsWith("credence-" + id + "-"), got.header("Idempotency-Key"));
        assertTrue(
                RECEIVED.stream()
                        .noneMatch(r -> r.path().equals("/ok") && r.body().contains(before)),
                "a change before the approval is not delivered");
        JsonArray deliveries = client.get("/subscriptions/" + id + "/deliveries")
                .expect(200)
                .structure()
                .asJsonArray();
        assertTrue(deliveries.stream()
                .anyMatch(d -> d.asJsonObject().getString("payload").contains(uscc)));
    }

    @Test
    void failedDeliveriesAreRetriedThenDeadLetteredAndReplayedByTheAdministrator() throws Exception {
        Api client = client();
        long id = client.post("/subscriptions", "{\"url\": \"" + url("/flaky") + "\", \"events\": [\"LIST_ENTERED\"]}")
                .expect(201)
                .json()
                .getJsonNumber("id")
                .longValue();
        ADMIN.put("/subscriptions/" + id + "/status", "{\"status\": \"APPROVED\"}")
                .expect(200);
        String uscc = listedBusiness();

        JsonObject dead = Api.eventually("the dead letter", () -> {
            JsonArray letters = ADMIN.get("/subscriptions/" + id + "/deliveries?status=DEAD")
                    .expect(200)
                    .structure()
                    .asJsonArray();
            return letters.isEmpty() ? null : letters.getJsonObject(0);
        });
        assertEquals(3, dead.getInt("attempts"));
        assertEquals(500, dead.getInt("lastStatus"));
        List<Received> tries = RECEIVED.stream()
                .filter(r -> r.path().equals("/flaky") && r.body().contains(uscc))
                .toList();
        assertEquals(3, tries.size(), "three attempts, then the dead letter");
        assertEquals(
                1,
                tries.stream().map(r -> r.header("Idempotency-Key")).distinct().count(),
                "one idempotency key");

        long deliveryId = dead.getJsonNumber("id").longValue();
        client.post("/subscriptions/deliveries/" + deliveryId + "/replay", "").problem(403);
        FLAKY_STATUS.set(204);
        ADMIN.post("/subscriptions/deliveries/" + deliveryId + "/replay", "").expect(200);
        Api.eventually(
                "the replayed delivery",
                () -> ADMIN.get("/subscriptions/" + id + "/deliveries?status=DELIVERED")
                                .expect(200)
                                .structure()
                                .asJsonArray()
                                .isEmpty()
                        ? null
                        : Boolean.TRUE);
        assertEquals(
                4,
                RECEIVED.stream()
                        .filter(r -> r.path().equals("/flaky") && r.body().contains(uscc))
                        .count());
        ADMIN.post("/subscriptions/deliveries/" + deliveryId + "/replay", "").problem(409);
    }
}
