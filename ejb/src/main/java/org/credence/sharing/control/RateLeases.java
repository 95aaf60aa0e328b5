package org.credence.sharing.control;

import java.time.LocalDateTime;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The requests a server has leased from rate windows ({@link RateWindow#lease}) and not yet handed
 * out, per bucket. A lease counts only in the window it was taken for; what is left of it when the
 * window ends is dropped, so a server never hands out more than the database granted it.
 */
public final class RateLeases {

    /** A client with the default 6,000 a minute leases 60 at a time; small limits lease one by one, as exact as before. */
    public static int leaseSize(int limit) {
        return Math.max(1, Math.min(100, limit / 100));
    }

    private record Lease(LocalDateTime window, AtomicInteger left) {}

    private final ConcurrentHashMap<String, Lease> leases = new ConcurrentHashMap<>();

    /** Takes one request of {@code bucket}'s lease for {@code window}; false if there is none left. */
    public boolean take(String bucket, LocalDateTime window) {
        Lease lease = leases.get(bucket);
        if (lease == null || !lease.window().equals(window)) {
            return false;
        }
        AtomicInteger left = lease.left();
        for (int n = left.get(); n > 0; n = left.get()) {
            if (left.compareAndSet(n, n - 1)) {
                return true;
            }
        }
        return false;
    }

    /** Keeps {@code permits} more requests of {@code bucket} for {@code window} (a lease of an older window is dropped). */
    public void add(String bucket, LocalDateTime window, int permits) {
        if (permits <= 0) {
            return;
        }
        leases.compute(bucket, (b, lease) -> {
            if (lease != null && lease.window().equals(window)) {
                lease.left().addAndGet(permits);
                return lease;
            }
            if (lease != null && lease.window().isAfter(window)) {
                return lease;
            }
            return new Lease(window, new AtomicInteger(permits));
        });
    }
}
