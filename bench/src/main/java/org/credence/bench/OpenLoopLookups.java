package org.credence.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Single credit lookups at a fixed offered rate: an open loop. Request i is due at {@code start + i / rate};
 * it is sent when due whatever the answers to earlier ones, on as many connections as that needs, and its
 * latency is counted from when it was due (so a stalled sender cannot hide a slow server: no coordinated
 * omission). Prints one line: offered and answered rates, p50, p99, max, 2xx, other statuses and failures.
 * autocannon's "overall rate" is not this: each connection sends back to back until its budget for the
 * second is spent, then waits for the next second, which is a closed loop in bursts.
 *
 * <p>Usage: {@code OpenLoopLookups BASE_URL TOKEN CODES_FILE PURPOSE RATE SECONDS}, where a request is
 * {@code GET BASE_URL/<random code of CODES_FILE>} with a Bearer token and a Purpose header.
 */
public final class OpenLoopLookups {

    private OpenLoopLookups() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            System.err.println("usage: OpenLoopLookups BASE_URL TOKEN CODES_FILE PURPOSE RATE SECONDS");
            System.exit(2);
        }
        LookupPlan plan = LookupPlan.of(args);
        String base = plan.base();
        String token = plan.token();
        List<String> codes = plan.codes();
        String purpose = plan.purpose();
        int rate = plan.rate();
        int seconds = plan.seconds();
        int total = plan.total();
        long periodNanos = plan.periodNanos();
        HttpClient client = LookupPlan.client();
        long[] latencies = new long[total];
        Arrays.fill(latencies, -1);
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger otherStatus = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        CompletableFuture<?>[] all = new CompletableFuture<?>[total];
        SplittableRandom random = new SplittableRandom(20261205);
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * periodNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create(base + "/" + codes.get(random.nextInt(codes.size()))))
                    .timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + token)
                    .header("Purpose", purpose)
                    .GET()
                    .build();
            int n = i;
            all[i] = client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, error) -> {
                        latencies[n] = System.nanoTime() - due;
                        if (error != null) {
                            failed.incrementAndGet();
                        } else if (response.statusCode() / 100 == 2) {
                            ok.incrementAndGet();
                        } else {
                            otherStatus.incrementAndGet();
                        }
                    });
        }
        try {
            CompletableFuture.allOf(all).get(60, TimeUnit.SECONDS);
        } catch (ExecutionException someFailed) {
            // counted per request above
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        // the first seconds warm the client and the server's threads up: counted from the third second on
        int warmUp = Math.min(total / 2, 2 * rate);
        long[] done = Arrays.stream(latencies, warmUp, total)
                .filter(l -> l >= 0)
                .sorted()
                .toArray();
        System.out.printf(
                "offered %d req/s for %d s, answered %.1f req/s; after the first 2 s: p50 %.1f ms, p90 %.1f ms,"
                        + " p99 %.1f ms, max %.1f ms;"
                        + " %d 2xx, %d other statuses, %d failed of %d%n",
                rate,
                seconds,
                (ok.get() + otherStatus.get()) / elapsed,
                millis(done, 0.50),
                millis(done, 0.90),
                millis(done, 0.99),
                done.length == 0 ? Double.NaN : done[done.length - 1] / 1e6,
                ok.get(),
                otherStatus.get(),
                failed.get(),
                total);
        System.exit(ok.get() == total ? 0 : 1);
    }

    private static double millis(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
