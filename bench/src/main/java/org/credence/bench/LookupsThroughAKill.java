package org.credence.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Single credit lookups at a fixed rate through the load balancer while the fault suite kills a node
 * (issue 19, fault 5). Lookup {@code i} is sent when due ({@code start + i / rate}, whatever the answers
 * to earlier ones) with the Purpose {@code PURPOSE_PREFIX i}, so that the audit log's entry of each
 * answered lookup can be found. Writes one line per lookup to OUT, tab-separated: the number, when it was
 * sent and when it ended (milliseconds since the epoch), the HTTP status (0 when no answer came), the
 * node that answered (HAProxy's {@code X-Credence-Node}, or -) and the error, if any. Prints
 * {@code answered N} about once a second while it runs, so that the suite can wait for the lookups to be
 * under way before it kills.
 *
 * <p>Usage: {@code LookupsThroughAKill BASE_URL TOKEN CODES_FILE PURPOSE_PREFIX RATE SECONDS OUT}.
 */
public final class LookupsThroughAKill {

    private LookupsThroughAKill() {}

    private record Outcome(long sent, long ended, int status, String node, String error) {}

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 7) {
            System.err.println("usage: LookupsThroughAKill BASE_URL TOKEN CODES_FILE PURPOSE_PREFIX RATE SECONDS OUT");
            System.exit(2);
        }
        LookupPlan plan = LookupPlan.of(args);
        List<String> codes = plan.codes();
        int total = plan.total();
        HttpClient client = LookupPlan.client();
        Outcome[] outcomes = new Outcome[total];
        CompletableFuture<?>[] all = new CompletableFuture<?>[total];
        AtomicInteger answered = new AtomicInteger();
        SplittableRandom random = new SplittableRandom(20261205);
        long start = System.nanoTime();
        long lastReport = start;
        for (int i = 0; i < total; i++) {
            long due = start + i * plan.periodNanos();
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            if (System.nanoTime() - lastReport >= TimeUnit.SECONDS.toNanos(1)) {
                lastReport = System.nanoTime();
                System.out.println("answered " + answered.get());
                System.out.flush();
            }
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create(plan.base() + "/" + codes.get(random.nextInt(codes.size()))))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + plan.token())
                    .header("Purpose", plan.purpose() + " " + i)
                    .GET()
                    .build();
            int n = i;
            long sent = System.currentTimeMillis();
            all[i] = client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .handle((response, error) -> {
                        long ended = System.currentTimeMillis();
                        if (error != null) {
                            outcomes[n] = new Outcome(sent, ended, 0, "-", String.valueOf(error));
                        } else {
                            outcomes[n] = new Outcome(
                                    sent,
                                    ended,
                                    response.statusCode(),
                                    response.headers()
                                            .firstValue("X-Credence-Node")
                                            .orElse("-"),
                                    "");
                            answered.incrementAndGet();
                        }
                        return null;
                    });
        }
        try {
            CompletableFuture.allOf(all).get(60, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // each lookup's outcome is written below; one still open after a minute is written as such
        }
        try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(Path.of(args[6]), StandardCharsets.UTF_8))) {
            for (int i = 0; i < total; i++) {
                Outcome o = outcomes[i];
                if (o == null) {
                    writer.printf("%d\t0\t0\t0\t-\tno answer within a minute of the last lookup%n", i);
                } else {
                    writer.printf(
                            "%d\t%d\t%d\t%d\t%s\t%s%n",
                            i,
                            o.sent(),
                            o.ended(),
                            o.status(),
                            o.node(),
                            o.error().replaceAll("[\\t\\r\\n]", " "));
                }
            }
        }
        System.out.println("answered " + answered.get() + " of " + total);
        System.exit(0);
    }
}
