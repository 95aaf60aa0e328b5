package org.credence.sharing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.credence.sharing.entity.Agreement;
import org.credence.sharing.entity.ClientSnapshot;
import org.junit.jupiter.api.Test;

class ClientCacheTest {

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final AtomicInteger loads = new AtomicInteger();
    private String status = "ACTIVE";

    private ClientSnapshot load(String clientId) {
        loads.incrementAndGet();
        return "nobody".equals(clientId)
                ? null
                : new ClientSnapshot(
                        1,
                        clientId,
                        "Tax gateway",
                        6,
                        "STA",
                        "hash",
                        status,
                        LocalDateTime.of(2026, 11, 23, 9, 0),
                        "admin",
                        new Agreement("DSA-1", Set.of(Agreement.Part.SCORE), List.of(1L), null),
                        0);
    }

    @Test
    void aClientIsReadOnceWhileFreshAndAgainWhenStaleOrForgotten() {
        ClientCache cache = new ClientCache(Duration.ofSeconds(5), nanos::get);
        assertEquals("ACTIVE", cache.get("sta-1", this::load).status());
        status = "DISABLED";
        nanos.addAndGet(Duration.ofSeconds(4).toNanos());
        assertEquals("ACTIVE", cache.get("sta-1", this::load).status(), "another server's change, not yet seen");
        assertEquals(1, loads.get());
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertEquals("DISABLED", cache.get("sta-1", this::load).status(), "seen once the cached copy is 5 s old");
        status = "ACTIVE";
        cache.forget("sta-1");
        assertEquals("ACTIVE", cache.get("sta-1", this::load).status(), "this server's change: seen at once");
        assertEquals(3, loads.get());
    }

    @Test
    void anUnknownClientIsCachedAsUnknownAndNoCacheReadsEveryTime() {
        ClientCache cache = new ClientCache(Duration.ofSeconds(5), nanos::get);
        assertNull(cache.get("nobody", this::load));
        assertNull(cache.get("nobody", this::load));
        assertEquals(1, loads.get());
        ClientCache none = new ClientCache(Duration.ZERO, nanos::get);
        none.get("sta-1", this::load);
        none.get("sta-1", this::load);
        assertEquals(3, loads.get(), "a cache time of 0 reads the database on every request");
    }
}
