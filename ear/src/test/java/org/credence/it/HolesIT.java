package org.credence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The smaller holes of issue 16 and slow clients: each closed, seen from outside as an attacker would try it. */
@ExtendWith({ArquillianExtension.class, ChinaDay.class})
class HolesIT {

    private static final Api ADMIN = Api.as("admin");
    private static final Api SAMR = Api.as("samr-admin");
    private static final String HOST = URI.create(Api.BASE).getHost();
    private static final int PORT = URI.create(Api.BASE).getPort();

    @Deployment(testable = false)
    static EnterpriseArchive credence() {
        return Deployments.builtEar();
    }

    @Test
    void aStatusChangeWithoutAStatusIsRefused() {
        String client = ADMIN.post("/clients", "{\"name\": \"Holes gateway\", \"agency\": \"STA\"}")
                .expect(201)
                .json()
                .getString("clientId");
        ADMIN.put("/clients/" + client + "/status", "{\"status\": null}").problem(400);
        ADMIN.put("/clients/" + client + "/status", "{}").problem(400);
        ADMIN.put("/subscriptions/1/status", "{\"status\": null}").problem(400);
    }

    @Test
    void aPlanWithThreeHundredRegionPrefixesIsOneRefusal() {
        String regions = IntStream.range(0, 300)
                .mapToObj(i -> "\"" + (110000 + i) + "\"")
                .collect(Collectors.joining(", "));
        JsonObject problem = SAMR.post(
                        "/plans",
                        "{\"name\": \"区域过多\", \"agencies\": [\"SAMR\"], \"items\": [\"SAMR-ECOM-01\"],"
                                + " \"date\": \"2030-12-01\", \"scope\": {\"regionPrefixes\": [" + regions + "]}}")
                .problem(400);
        assertTrue(
                problem.getJsonArray("errors").stream()
                        .anyMatch(e -> e.asJsonObject().getString("field").equals("scope.regionPrefixes")),
                problem.toString());
    }

    @Test
    void aCronTheSchedulerCannotParseIsRefusedWithoutTheExceptionsName() {
        // problem() asserts that no qualified class name (java.lang.NumberFormatException) is in the answer
        SAMR.post(
                        "/plans",
                        "{\"name\": \"计划\", \"agencies\": [\"SAMR\"], \"items\": [\"SAMR-ECOM-01\"],"
                                + " \"cron\": \"0 0 99999999999 * * ?\"}")
                .problem(400);
    }

    @Test
    void optionsAnswersWithoutAWadl() {
        Api.Reply options =
                ADMIN.send(ADMIN.request("/businesses").method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertFalse(
                options.response().body().contains("wadl"), options.response().body());
        assertFalse(String.valueOf(options.header("Content-Type")).contains("wadl"));
        assertNotEquals(200, ADMIN.get("/application.wadl").status());
    }

    @Test
    void pagesOutsideTheApplicationSayNothingOfTheServer() {
        for (String path : List.of("/", "/nonexistent", "/credence-nothing/x.jsp")) {
            String body = Api.anonymous().get(Api.BASE + path).response().body();
            assertFalse(
                    body.contains("Payara") || body.contains("GlassFish") || body.contains("6.2025"),
                    path + ": " + body);
        }
        assertEquals(404, Api.anonymous().get(Api.BASE + "/nonexistent").status());
    }

    @Test
    void metricsNeedSigningInAndReadinessStaysPublic() {
        // refused, or sent to HTTPS where the same credentials are asked for: never the figures
        Api.Reply metrics = Api.anonymous().get(Api.BASE + "/metrics");
        assertNotEquals(200, metrics.status());
        assertFalse(
                metrics.response().body().contains("# TYPE"), metrics.response().body());
        if (metrics.status() == 302) {
            assertTrue(metrics.header("Location").startsWith("https:"), metrics.header("Location"));
        } else {
            assertTrue(metrics.status() == 401 || metrics.status() == 403, "metrics answered " + metrics.status());
        }
        Api.anonymous().get(Api.BASE + "/health/ready").expect(200);
    }

    @Test
    void theAdminConsoleAnswersOnLoopbackOnly() throws Exception {
        Optional<InetAddress> outside = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(i -> !loopback(i))
                .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
                .findFirst();
        Assumptions.assumeTrue(outside.isPresent(), "this machine has no address but loopback");
        try (Socket local = new Socket()) {
            local.connect(new InetSocketAddress("127.0.0.1", 4848), 2000);
        }
        assertThrows(ConnectException.class, () -> {
            try (Socket remote = new Socket()) {
                remote.connect(new InetSocketAddress(outside.get(), 4848), 2000);
            }
        });
    }

    private static boolean loopback(NetworkInterface i) {
        try {
            return i.isLoopback() || !i.isUp();
        } catch (IOException e) {
            return true;
        }
    }

    @Test
    void aFormPostWithAStatelessViewStateIsABadRequest() {
        Api.Reply reply = Api.anonymous()
                .send(HttpRequest.newBuilder(URI.create(Api.BASE + "/credence/index.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofString("jakarta.faces.ViewState=stateless&q=%E7%BD%91")));
        assertEquals(400, reply.status(), reply.response().body());
    }

    @Test
    void thePublicBusinessPageOverItsLimitIs429() throws Exception {
        String from = freshLoopbackAddress();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 200 && !statuses.contains(429); i++) {
            statuses.add(rawStatus(
                    from,
                    "GET /credence/public/business.xhtml?uscc=91110000600037341L HTTP/1.1\r\nHost: localhost\r\n"
                            + "Accept: text/html\r\nAccept-Language: zh-CN\r\nConnection: close\r\n\r\n"));
        }
        assertTrue(statuses.contains(429), statuses.toString());
        assertFalse(statuses.contains(500), statuses.toString());
    }

    @Test
    void aTokenRequestThatDoesNotSayItIsAFormIs415InTheCallersLanguage() {
        String form = "grant_type=client_credentials&client_id=nobody&client_secret=nothing";
        JsonObject english = Api.anonymous()
                .send(Api.anonymous().request("/oauth/token").POST(HttpRequest.BodyPublishers.ofString(form)))
                .problem(415);
        assertTrue(english.getString("detail").contains("application/x-www-form-urlencoded"), english.toString());
        Api.Reply chinese = Api.anonymous()
                .send(Api.anonymous()
                        .request("/oauth/token")
                        .header("Accept-Language", "zh-CN")
                        .POST(HttpRequest.BodyPublishers.noBody()));
        assertTrue(
                chinese.problem(415).getString("detail").contains("表单"),
                chinese.response().body());
        assertEquals("zh-CN", chinese.header("Content-Language"));
        // the same request saying what it is reaches the endpoint, which refuses the unknown client
        Api.anonymous()
                .send(Api.anonymous()
                        .request("/oauth/token")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)))
                .problem(401);
    }

    @Test
    void theOtherOpenEndpointsHaveALimitToo() throws Exception {
        String from = freshLoopbackAddress();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 700 && !statuses.contains(429); i++) {
            statuses.add(rawStatus(
                    from,
                    "GET /credence/api/v1/public/plans HTTP/1.1\r\nHost: localhost\r\n" + "Connection: close\r\n\r\n"));
        }
        assertTrue(statuses.contains(429), statuses.toString());
        assertFalse(statuses.contains(500), statuses.toString());
    }

    /**
     * A hundred sockets that send a token request's body one byte every second and a half (the attack held
     * every request thread) are cut off, and the public pages answer meanwhile.
     */
    @Test
    void slowBodiesAreCutOffAndPublicPagesAnswerMeanwhile() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 100; i++) {
                Socket s = new Socket(HOST, PORT);
                s.setSoTimeout(20_000);
                s.getOutputStream()
                        .write(("POST /credence/api/v1/oauth/token HTTP/1.1\r\nHost: localhost\r\n"
                                        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 200\r\n\r\ng")
                                .getBytes(StandardCharsets.US_ASCII));
                slow.add(s);
            }
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            for (int round = 0; round < 8; round++) {
                for (Socket s : slow) {
                    trickle(s);
                }
                for (String page : List.of("/credence/", "/credence/api/v1/public/plans")) {
                    HttpResponse<String> answer = http.send(
                            HttpRequest.newBuilder(URI.create(Api.BASE + page))
                                    .timeout(Duration.ofSeconds(5))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertTrue(
                            answer.statusCode() == 200 || answer.statusCode() == 429,
                            page + " answered " + answer.statusCode());
                }
                Thread.sleep(1500);
            }
            // by now (12 s) every trickling body has been refused, and its connection closed
            for (Socket s : slow) {
                String head = readHead(s);
                assertTrue(head.isEmpty() || head.startsWith("HTTP/1.1 408") || head.startsWith("HTTP/1.1 503"), head);
            }
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }

    private static void trickle(Socket s) {
        try {
            OutputStream out = s.getOutputStream();
            out.write('x');
            out.flush();
        } catch (IOException e) {
            // already cut off
        }
    }

    /** What the server sent on a socket before closing it (its status line), empty when nothing. */
    private static String readHead(Socket s) throws IOException {
        try {
            InputStream in = s.getInputStream();
            byte[] buffer = new byte[12];
            int n = in.readNBytes(buffer, 0, buffer.length);
            return new String(buffer, 0, n, StandardCharsets.US_ASCII);
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server kept a trickling request open for 30 s", e);
        } catch (IOException e) {
            return "";
        }
    }

    /** A loopback address of its own (127.0.0.x), so this test's requests count against a limit no other test uses. */
    private static String freshLoopbackAddress() {
        return "127.0." + ThreadLocalRandom.current().nextInt(1, 250) + "."
                + ThreadLocalRandom.current().nextInt(2, 250);
    }

    /** The status of one raw HTTP request sent from a given local address. */
    private static int rawStatus(String from, String request) throws IOException {
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress(from, 0));
            s.connect(new InetSocketAddress(HOST.equals("localhost") ? "127.0.0.1" : HOST, PORT), 5000);
            s.setSoTimeout(30_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            String head = new String(s.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(head.substring(9, 12));
        }
    }
}
