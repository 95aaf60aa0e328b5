package org.credence.it;

import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A request body that is still arriving while the test looks at the server: what the test writes goes
 * out at once, and until the test ends the body a little more arrives at a steady pace, because the
 * server cuts off a body that stalls or trickles (a read that gets nothing for 10 s, or less than
 * 1 KiB/s after 5 s). The request is thus under way for exactly as long as the test needs, however fast
 * or slow the machine: the test waits for what it expects and then ends the body.
 */
final class ArrivingBody extends InputStream {

    private static final byte[] END = new byte[0];

    private final BlockingQueue<byte[]> parts = new LinkedBlockingQueue<>();
    private final ScheduledExecutorService pace;
    private byte[] current = new byte[0];
    private int at;
    private boolean ended;

    /** @param more what arrives every {@code every} until {@link #end()} (a few rows: well above 1 KiB/s) */
    ArrivingBody(String first, Supplier<String> more, Duration every) {
        write(first);
        pace = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "arriving-body");
            thread.setDaemon(true);
            return thread;
        });
        pace.scheduleAtFixedRate(() -> write(more.get()), every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Sends this now. */
    void write(String text) {
        parts.add(text.getBytes(StandardCharsets.UTF_8));
    }

    /** No more after what was written: the body ends and the server answers. */
    void end() {
        pace.shutdownNow();
        try {
            pace.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        parts.add(END);
    }

    @Override
    public int read() throws InterruptedIOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws InterruptedIOException {
        if (length == 0) {
            return 0;
        }
        while (!ended && at == current.length) {
            try {
                current = parts.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException();
            }
            at = 0;
            ended = current == END;
        }
        if (ended) {
            return -1;
        }
        int n = Math.min(length, current.length - at);
        System.arraycopy(current, at, buffer, offset, n);
        at += n;
        return n;
    }

    @Override
    public void close() {
        pace.shutdownNow();
    }
}
