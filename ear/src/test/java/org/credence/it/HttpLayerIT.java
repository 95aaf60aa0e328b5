package org.credence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The server's HTTP layer, below the application: requests the servlet container would refuse
 * without a word are answered with problem documents, slow request headers are cut off, and a request
 * offering a protocol upgrade is answered at once. Raw sockets, so that every byte is as sent.
 */
@ExtendWith({ArquillianExtension.class, ChinaDay.class})
class HttpLayerIT {

    private static final String HOST = URI.create(Api.BASE).getHost();
    private static final int PORT = URI.create(Api.BASE).getPort();
    private static final String ADMIN =
            "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
    /** What the server's own pages used to name: its make, its version, its HTTP library. */
    private static final List<String> SERVER_NAMES = List.of("Payara", "GlassFish", "Grizzly", "6.2025");

    @Deployment(testable = false)
    static EnterpriseArchive credence() {
        return Deployments.builtEar();
    }

    /**
     * Each of these was answered by the container itself, before the application, with a bare 400
     * "Invalid URI" (or a bare 200 and a stack trace in the log for a broken percent escape, a bare 405
     * for TRACE): no body, no problem document.
     */
    @Test
    void addressesTheContainerRefusesAreProblemDocumentsInTheCallersLanguage() throws IOException {
        Object[][] cases = {
            {"GET", "/credence/api/v1/credit/%00", 400, "nul"},
            {"GET", "/credence/api/v1/businesses/a%00b/records", 400, "nul"},
            {"GET", "/credence/api/v1/businesses/a%5Cb", 400, "backslash"},
            {"GET", "/credence/api/v1/businesses/a\\b", 400, "backslash"},
            {"GET", "/credence/api/v1/businesses/%zz", 400, "bad-escape"},
            {"GET", "/credence/api/v1/businesses/91330106%4", 400, "bad-escape"},
            {"GET", "/credence/api/v1/businesses/%C0%AF", 400, "not-utf8"},
            {"GET", "/credence/api/v1/businesses/%FF", 400, "not-utf8"},
            {"GET", "/credence/api/v1/../../../../etc/passwd", 400, "above-root"},
            {"GET", "/credence/..%2F..%2Fetc", 400, "above-root"},
            {"GET", "/%00", 400, "nul"},
            {"POST", "/credence/api/v1/records/csv%00", 400, "nul"},
            {"TRACE", "/credence/api/v1/businesses", 405, null},
        };
        int i = 0;
        for (Object[] c : cases) {
            String method = (String) c[0];
            String target = (String) c[1];
            int status = (Integer) c[2];
            boolean chinese = i++ % 2 == 0;
            String body = method.equals("POST") ? "{\"records\": []}" : "";
            Reply reply = send(method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + ADMIN
                    + "\r\nAccept-Language: " + (chinese ? "zh-CN,zh;q=0.9" : "en") + "\r\nAccept: application/json\r\n"
                    + (body.isEmpty()
                            ? ""
                            : "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n")
                    + "Connection: close\r\n\r\n" + body);
            String what = method + " " + target + ": " + reply;
            assertEquals(status, reply.status, what);
            JsonObject problem = reply.problem(what);
            assertEquals(status, problem.getInt("status"), what);
            assertEquals(chinese ? "zh-CN" : "en", reply.headers.get("content-language"), what);
            if (status == 400) {
                assertEquals("urn:credence:problem:malformed-address", problem.getString("type"), what);
                assertEquals(chinese ? "无法读取请求地址" : "The address cannot be read", problem.getString("title"), what);
                if (!chinese && c[3].equals("nul")) {
                    assertTrue(problem.getString("detail").contains("%00"), what);
                }
            } else {
                assertEquals(chinese ? "不支持该请求方法" : "Method Not Allowed", problem.getString("title"), what);
            }
        }
    }

    @Test
    void anEncodedSlashReachesTheApplicationWhichAnswersIt() throws IOException {
        Reply reply = send("GET /credence/api/v1/businesses/a%2Fb HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                + ADMIN + "\r\nConnection: close\r\n\r\n");
        assertEquals(400, reply.status, reply.toString());
        assertEquals(
                "urn:credence:problem:invalid-uscc",
                reply.problem(reply.toString()).getString("type"));
    }

    @Test
    void aBrowserAskingForAPageWithABrokenAddressGetsAPageInItsLanguage() throws IOException {
        Reply reply = send(
                "GET /credence/index.xhtml%00 HTTP/1.1\r\nHost: localhost\r\nAccept: text/html,application/xhtml+xml"
                        + "\r\nAccept-Language: zh-CN\r\nConnection: close\r\n\r\n");
        assertEquals(400, reply.status, reply.toString());
        assertTrue(reply.headers.get("content-type").startsWith("text/html"), reply.toString());
        assertTrue(reply.body.contains("无法读取此地址"), reply.body);
        assertNoServerName(reply);
    }

    /** The guard takes every connection for HTTP at once: a 6 KB address still reaches the parser (its limit is 8 KiB). */
    @Test
    void aLongAddressIsStillAnswered() throws IOException {
        Reply reply = send("GET /credence/api/v1/public/plans?x=" + "a".repeat(6000)
                + " HTTP/1.1\r\nHost: localhost\r\n" + "Connection: close\r\n\r\n");
        assertEquals(200, reply.status, reply.toString());
    }

    /** One byte every second: the header never arrives whole, and the server ends it with 408. */
    @Test
    void aHeaderTrickledByteByByteIsCutOff() throws IOException {
        try (Socket socket = new Socket(HOST, PORT)) {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write("GET /credence/ HTTP/1.1\r\nHost: localhost\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
            socket.setSoTimeout(1000);
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            int second = 0;
            boolean ended = false;
            // the server's limit is 10 s (credence.http.header-seconds); 40 s is the test's patience
            while (!ended && second++ < 40) {
                try {
                    out.write('x');
                    out.flush();
                } catch (IOException e) {
                    ended = true;
                    break;
                }
                try {
                    int n = in.read();
                    if (n < 0) {
                        ended = true;
                    } else {
                        answer.write(n);
                        socket.setSoTimeout(10_000);
                        answer.write(in.readAllBytes());
                        ended = true;
                    }
                } catch (SocketTimeoutException e) {
                    // nothing yet: the next byte
                }
            }
            assertTrue(ended, "the server kept a header trickled for 40 s");
            Reply reply = Reply.parse(answer.toByteArray());
            assertEquals(408, reply.status, reply.toString());
            assertEquals(408, reply.problem(reply.toString()).getInt("status"));
            assertEquals("close", reply.headers.get("connection"));
        }
    }

    @Test
    void aConnectionThatNeverSaysAnythingIsClosed() throws IOException {
        try (Socket socket = new Socket(HOST, PORT)) {
            socket.setSoTimeout(40_000);
            assertEquals(-1, socket.getInputStream().read(), "the server answered a connection that sent nothing");
        }
    }

    /** The header limit times headers only: a connection idle between its requests longer than it stays open. */
    @Test
    void aConnectionKeptAliveBetweenRequestsIsNotCutOff() throws IOException {
        try (Socket socket = new Socket(HOST, PORT)) {
            OutputStream out = socket.getOutputStream();
            byte[] request = "GET /credence/api/v1/public/plans HTTP/1.1\r\nHost: localhost\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII);
            out.write(request);
            assertEquals(200, Reply.readOne(socket.getInputStream()).status);
            socket.setSoTimeout(13_000);
            assertThrows(
                    SocketTimeoutException.class,
                    () -> socket.getInputStream().read(),
                    "the server closed a kept-alive connection within 13 s");
            socket.setSoTimeout(10_000);
            out.write(request);
            assertEquals(200, Reply.readOne(socket.getInputStream()).status);
        }
    }

    /**
     * A body declared longer than 2 GiB used to fail with 500 (the API read its length as an int): a CSV file of
     * 8 GiB is refused with 413 over the upload limit (4 GiB), in the caller's language, without waiting for it
     * (the server answers 100 Continue first; the client here never sends the body). The refusal states the limit
     * as a person reads it, not as a count of bytes.
     */
    @Test
    void aBodyDeclaredOver2GiBIsRefusedAsTooLarge() throws IOException {
        for (String target : List.of(
                "4 GiB /credence/api/v1/records/csv text/csv; charset=UTF-8",
                "1 MiB /credence/api/v1/businesses application/json")) {
            String[] limitPathAndType = target.split(" ", 4);
            String limit = limitPathAndType[0] + " " + limitPathAndType[1];
            String[] pathAndType = {limitPathAndType[2], limitPathAndType[3]};
            Reply reply = exchange(
                    "POST " + pathAndType[0] + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + ADMIN
                            + "\r\nAccept-Language: zh-CN\r\nContent-Type: " + pathAndType[1]
                            + "\r\nContent-Length: 8726100218\r\nExpect: 100-continue\r\n\r\n",
                    10_000);
            assertEquals(413, reply.status, target + " -> " + reply);
            assertTrue(reply.headers.get("content-type").startsWith("application/problem+json"), reply.toString());
            assertTrue(
                    reply.body.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    reply.toString());
            assertTrue(reply.body.contains("超过 " + limit + " 的上限"), reply.toString());
        }
    }

    /**
     * A request offering to switch protocols (a WebSocket handshake, Java's HTTP client offering h2c)
     * used to wait for the read timeout and fail with 500: the HTTP layer took the rest of the
     * connection for its body, and the API looked for one.
     */
    @Test
    void aRequestOfferingAnUpgradeIsAnsweredAtOnce() throws Exception {
        for (String upgrade : List.of("websocket", "foo")) {
            Reply reply = exchange(
                    "GET /credence/api/v1/public/plans HTTP/1.1\r\nHost: localhost\r\n"
                            + "Connection: Upgrade\r\nUpgrade: " + upgrade
                            + "\r\nSec-WebSocket-Version: 13\r\n"
                            + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n",
                    5000);
            assertEquals(200, reply.status, upgrade);
        }
        // a body with it, as Java's HTTP client sends one, sized or chunked: read whole, and the token endpoint
        // refuses the unknown client (401) rather than waiting for more
        String form = "grant_type=client_credentials&client_id=nobody&client_secret=nothing";
        String h2c =
                "POST /credence/api/v1/oauth/token HTTP/1.1\r\nHost: localhost\r\nConnection: Upgrade, HTTP2-Settings\r\n"
                        + "Upgrade: h2c\r\nHTTP2-Settings: AAMAAABkAAQBAAAAAAUAAEAA\r\nContent-Type: application/x-www-form-urlencoded\r\n";
        for (String request : List.of(
                h2c + "Content-Length: " + form.length() + "\r\n\r\n" + form,
                h2c + "Transfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(form.length()) + "\r\n" + form
                        + "\r\n0\r\n\r\n")) {
            Reply reply = exchange(request, 5000);
            assertEquals(401, reply.status, request + " -> " + reply);
        }
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(); // HTTP/2 first: offers h2c
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> answer = http.send(
                    HttpRequest.newBuilder(URI.create(Api.API + "/public/plans"))
                            .timeout(Duration.ofSeconds(5))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer.body());
        }
    }

    private static void assertNoServerName(Reply reply) {
        assertNull(reply.headers.get("server"), reply.toString());
        assertNull(reply.headers.get("x-powered-by"), reply.toString());
        for (String name : SERVER_NAMES) {
            assertFalse(reply.body.contains(name), name + " in " + reply);
        }
    }

    /** One request on a connection of its own, and the one answer to it, read as far as it says it goes. */
    private static Reply exchange(String request, int timeoutMillis) throws IOException {
        try (Socket socket = new Socket(HOST, PORT)) {
            socket.setSoTimeout(timeoutMillis);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return Reply.readOne(socket.getInputStream());
        }
    }

    private static Reply send(String request) throws IOException {
        try (Socket socket = new Socket(HOST, PORT)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return Reply.parse(socket.getInputStream().readAllBytes());
        }
    }

    /** An HTTP answer as it came on the wire. */
    private record Reply(int status, Map<String, String> headers, String body) {

        /** A whole answer, read until the server closed the connection. */
        static Reply parse(byte[] bytes) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            assertTrue(end > 0, "no HTTP answer: " + text);
            String[] lines = text.substring(0, end).split("\r\n");
            Map<String, String> headers = new TreeMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(
                        lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
            String body = text.substring(end + 4);
            // a head read on its own (readOne) has no body yet: that one dechunks what it reads itself
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding")) && !body.isEmpty()) {
                body = dechunked(body);
            }
            return new Reply(Integer.parseInt(lines[0].substring(9, 12)), headers, body);
        }

        /**
         * One answer on a connection kept open: its head, then as many body bytes as it says. An interim answer
         * (100 Continue) before it is passed over.
         */
        static Reply readOne(InputStream in) throws IOException {
            Reply reply;
            do {
                ByteArrayOutputStream head = new ByteArrayOutputStream();
                while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                    int b = in.read();
                    assertTrue(b >= 0, "the connection ended inside an answer's head: " + head);
                    head.write(b);
                }
                reply = parse(head.toByteArray());
            } while (reply.status / 100 == 1);
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            if (reply.headers.containsKey("content-length")) {
                body.write(in.readNBytes(Integer.parseInt(reply.headers.get("content-length"))));
            } else {
                // chunked: until the last chunk and its empty trailer
                while (!body.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n0\r\n\r\n")
                        && !body.toString(StandardCharsets.ISO_8859_1).equals("0\r\n\r\n")) {
                    int b = in.read();
                    assertTrue(b >= 0, "the connection ended inside an answer's body");
                    body.write(b);
                }
            }
            String text = body.toString(StandardCharsets.UTF_8);
            return new Reply(
                    reply.status, reply.headers, reply.headers.containsKey("content-length") ? text : dechunked(text));
        }

        private static String dechunked(String body) {
            StringBuilder out = new StringBuilder();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            int at = 0;
            while (true) {
                int eol = indexOf(bytes, at);
                int size = Integer.parseInt(new String(bytes, at, eol - at, StandardCharsets.US_ASCII).trim(), 16);
                if (size == 0) {
                    return out.toString();
                }
                out.append(new String(bytes, eol + 2, size, StandardCharsets.UTF_8));
                at = eol + 2 + size + 2;
            }
        }

        private static int indexOf(byte[] bytes, int from) {
            for (int i = from; i < bytes.length - 1; i++) {
                if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                    return i;
                }
            }
            throw new AssertionError("a chunk without its size line");
        }

        /** Asserts a problem document without the server's make or version, and returns it. */
        JsonObject problem(String what) {
            assertTrue(String.valueOf(headers.get("content-type")).startsWith("application/problem+json"), what);
            assertFalse(body.toLowerCase(Locale.ROOT).contains("<html"), what);
            assertNoServerName(this);
            JsonObject problem = Json.createReader(new StringReader(body)).readObject();
            assertFalse(problem.getString("title").isBlank(), what);
            assertFalse(problem.getString("detail").isBlank(), what);
            return problem;
        }

        @Override
        public String toString() {
            return status + " " + headers + " " + body.substring(0, Math.min(300, body.length()));
        }
    }
}
