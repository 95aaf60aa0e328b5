package org.credence.api.problem;

import java.util.function.LongSupplier;

/**
 * The minimum rate at which a request body must arrive: after a grace period, the bytes received so
 * far must average at least {@code minBytesPerSecond}, and the whole body must arrive within
 * {@code maxMillis}. A client that trickles its body (one byte every second and a half held a request
 * thread for as long as it liked) is cut off as soon as it falls behind.
 */
public final class BodyPace {

    private final long graceMillis;
    private final long minBytesPerSecond;
    private final long maxMillis;
    private final LongSupplier nanos;
    private final long start;
    private long bytes;

    public BodyPace(long graceMillis, long minBytesPerSecond, long maxMillis, LongSupplier nanos) {
        this.graceMillis = graceMillis;
        this.minBytesPerSecond = minBytesPerSecond;
        this.maxMillis = maxMillis;
        this.nanos = nanos;
        this.start = nanos.getAsLong();
    }

    /** Counts bytes just received; throws when the body has fallen behind the minimum rate or its time is up. */
    public void received(long n) throws SlowBodyException {
        bytes += Math.max(0, n);
        long elapsed = (nanos.getAsLong() - start) / 1_000_000;
        if (elapsed > maxMillis || (elapsed > graceMillis && bytes * 1000 < minBytesPerSecond * elapsed)) {
            throw new SlowBodyException(minBytesPerSecond);
        }
    }

    public long bytes() {
        return bytes;
    }

    /** A body that arrived too slowly; answered 408 and the connection closed. */
    public static final class SlowBodyException extends java.io.IOException {

        private static final long serialVersionUID = 1L;
        private final long minBytesPerSecond;

        public SlowBodyException(long minBytesPerSecond) {
            super("request body below " + minBytesPerSecond + " bytes/s");
            this.minBytesPerSecond = minBytesPerSecond;
        }

        public long minBytesPerSecond() {
            return minBytesPerSecond;
        }
    }
}
