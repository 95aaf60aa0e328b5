package org.credence.sharing.control;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.credence.sharing.entity.ClientSnapshot;

/**
 * API clients as this server last read them, for a few seconds: every request of an agency's system
 * needs its client (is it still active, what does its agreement open), and reading it once per
 * request would cost more than the lookup. A change made on this server is seen at once
 * ({@link #forget}); one made on another server within {@code fresh}.
 */
public final class ClientCache {

    /** Reads a client from the database; null if there is none. */
    @FunctionalInterface
    public interface Loader {
        ClientSnapshot load(String clientId);
    }

    private record Held(ClientSnapshot client, long loadedAt) {}

    private final long freshNanos;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<String, Held> held = new ConcurrentHashMap<>();

    public ClientCache(java.time.Duration fresh, LongSupplier nanoTime) {
        this.freshNanos = fresh.toNanos();
        this.nanoTime = nanoTime;
    }

    /** The client, from memory while it is fresh, else loaded anew; null if there is none. */
    public ClientSnapshot get(String clientId, Loader loader) {
        long now = nanoTime.getAsLong();
        Held h = held.get(clientId);
        if (h != null && now - h.loadedAt() < freshNanos) {
            return h.client();
        }
        ClientSnapshot client = loader.load(clientId);
        if (freshNanos > 0) {
            held.put(clientId, new Held(client, now));
        }
        return client;
    }

    /** Reads the client anew next time. */
    public void forget(String clientId) {
        held.remove(clientId);
    }
}
