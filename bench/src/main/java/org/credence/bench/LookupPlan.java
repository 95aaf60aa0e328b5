package org.credence.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What the lookup generators ({@link OpenLoopLookups}, {@link LookupsThroughAKill}) are given: single
 * lookups {@code GET BASE/<code>} with a Bearer token and a Purpose, codes drawn from a file, at a fixed
 * rate for some seconds. Read from the first six arguments: BASE_URL TOKEN CODES_FILE PURPOSE RATE SECONDS.
 */
record LookupPlan(String base, String token, List<String> codes, String purpose, int rate, int seconds) {

    static LookupPlan of(String[] args) throws IOException {
        List<String> codes = Files.readAllLines(Path.of(args[2])).stream()
                .filter(l -> !l.isBlank())
                .toList();
        LookupPlan plan =
                new LookupPlan(args[0], args[1], codes, args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]));
        if (plan.rate() < 1 || plan.seconds() < 1 || codes.isEmpty()) {
            throw new IllegalArgumentException("rate and seconds must be at least 1 and the codes file not empty");
        }
        return plan;
    }

    int total() {
        return rate * seconds;
    }

    /** The time between two lookups' due times. */
    long periodNanos() {
        return TimeUnit.SECONDS.toNanos(1) / rate;
    }

    /** An HTTP/1.1 client, as the agencies' systems use. */
    static HttpClient client() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }
}
