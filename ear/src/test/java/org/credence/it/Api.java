package org.credence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import org.credence.business.entity.Uscc;

/** A black-box client of the deployed Credence API, as another system would use it. */
final class Api {

    static final String BASE = System.getProperty("credence.base-url", "http://localhost:8080");
    static final String API = BASE + "/credence/api/v1";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Random RANDOM = new Random();

    private final String authorization;
    private final java.util.Map<String, String> headers;

    private Api(String authorization) {
        this(authorization, java.util.Map.of());
    }

    private Api(String authorization, java.util.Map<String, String> headers) {
        this.authorization = authorization;
        this.headers = headers;
    }

    /** An agency's system with an access token. */
    static Api bearer(String token) {
        return new Api("Bearer " + token);
    }

    /** The same caller, sending one more header with every request. */
    Api with(String header, String value) {
        java.util.Map<String, String> more = new java.util.HashMap<>(headers);
        more.put(header, value);
        return new Api(authorization, java.util.Map.copyOf(more));
    }

    /** A form post (application/x-www-form-urlencoded), values encoded here. */
    Reply postForm(String path, java.util.Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> java.net.URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static Api as(String user) {
        return as(user, user);
    }

    static Api as(String user, String password) {
        return new Api("Basic "
                + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** How long the tests wait for the scheduler to get to something; the wait ends as soon as it has. */
    static final java.time.Duration PATIENCE = java.time.Duration.ofMinutes(3);

    /** Polls {@code attempt} until it returns something, failing after {@link #PATIENCE}. */
    static <T> T eventually(String what, java.util.function.Supplier<T> attempt) {
        java.time.Instant deadline = java.time.Instant.now().plus(PATIENCE);
        while (true) {
            T result = attempt.get();
            if (result != null) {
                return result;
            }
            if (java.time.Instant.now().isAfter(deadline)) {
                throw new AssertionError("still waiting for " + what + " after " + PATIENCE);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    static Api anonymous() {
        return new Api(null);
    }

    Reply get(String path) {
        return send(request(path).GET());
    }

    Reply post(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply put(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response);
        } catch (Exception e) {
            throw new AssertionError("request failed: " + e, e);
        }
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : API + path));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        headers.forEach(builder::header);
        return builder;
    }

    /** A fresh, valid USCC, so tests never collide with each other, earlier runs or the demo data. */
    static String newUscc() {
        StringBuilder code = new StringBuilder("91330106");
        for (int i = 0; i < 9; i++) {
            code.append(Uscc.ALPHABET.charAt(RANDOM.nextInt(Uscc.ALPHABET.length())));
        }
        return code.append(Uscc.checkCharacter(code.toString())).toString();
    }

    /** A fresh shop id on a platform. */
    static String newShopId() {
        return "it-" + Long.toString(Math.abs(RANDOM.nextLong()), 36);
    }

    /** A qualified Java class name, as exception messages and stack traces carry them. */
    private static final java.util.regex.Pattern LEAK =
            java.util.regex.Pattern.compile("\\b(java|jakarta|org|com)\\.[a-z]+\\.[\\w.$]*[A-Z]");

    record Reply(HttpResponse<String> response) {

        int status() {
            return response.statusCode();
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        JsonObject json() {
            return (JsonObject) structure();
        }

        JsonStructure structure() {
            return Json.createReader(new StringReader(response.body())).read();
        }

        /** Asserts an RFC 9457 problem with this status, and that nothing of the server's insides leaks. */
        JsonObject problem(int status) {
            assertEquals(status, status(), response.body());
            assertEquals("application/problem+json", header("Content-Type").replaceAll(";.*", ""), response.body());
            JsonObject problem = json();
            assertEquals(status, problem.getInt("status"));
            assertFalse(problem.getString("type").isBlank());
            assertFalse(problem.getString("title").isBlank());
            assertFalse(problem.getString("detail").isBlank());
            assertFalse(LEAK.matcher(response.body()).find(), "leaks the server's insides: " + response.body());
            assertFalse(response.body().contains("\tat "), "leaks a stack trace: " + response.body());
            return problem;
        }

        Reply expect(int status) {
            assertEquals(status, status(), response.body());
            return this;
        }
    }
}
