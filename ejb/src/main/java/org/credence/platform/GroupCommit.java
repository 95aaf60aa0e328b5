package org.credence.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes items that many threads submit at once in shared batches, each submitter returning only
 * once its own item is written (or failing with its batch): group commit. There is no writer thread
 * of its own: a submitter that finds no batch being written writes everything queued so far, while
 * those arriving meanwhile queue for the next batch. One transaction and one disk flush then serve
 * every request that arrived during the previous one. A batch that cannot be written is written
 * again item by item, so an item that can never be written fails its own submitter only.
 *
 * @param <T> what is written
 */
public final class GroupCommit<T> {

    /** Writes one batch, in one transaction; throws if nothing of it may be taken as written. */
    @FunctionalInterface
    public interface Writer<T> {
        void write(List<T> batch) throws Exception;
    }

    /** An item that could not be written, neither in its batch nor on its own; its submitter receives it. */
    public static final class FailedException extends RuntimeException {
        FailedException(Exception cause) {
            super("the item could not be written: " + cause.getMessage(), cause);
        }
    }

    private static final class Pending<T> {
        final T item;
        boolean done;
        Exception failure;

        Pending(T item) {
            this.item = item;
        }
    }

    private final Writer<T> writer;
    private final int maxBatch;
    private final Object lock = new Object();
    private List<Pending<T>> queue = new ArrayList<>();
    private boolean writing;

    public GroupCommit(Writer<T> writer, int maxBatch) {
        this.writer = writer;
        this.maxBatch = maxBatch;
    }

    /** How many items wait for a batch (for tests). */
    int queued() {
        synchronized (lock) {
            return queue.size();
        }
    }

    /** Returns once {@code item} is written; throws {@link FailedException} if it could not be. */
    public void submit(T item) {
        Pending<T> mine = new Pending<>(item);
        synchronized (lock) {
            queue.add(mine);
        }
        while (true) {
            List<Pending<T>> batch;
            synchronized (lock) {
                while (!mine.done && writing) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        // still queued: another submitter writes it, but this one can no longer wait for that
                        throw new FailedException(e);
                    }
                }
                if (mine.done) {
                    break;
                }
                writing = true;
                if (queue.size() <= maxBatch) {
                    batch = queue;
                    queue = new ArrayList<>();
                } else {
                    batch = new ArrayList<>(queue.subList(0, maxBatch));
                    queue = new ArrayList<>(queue.subList(maxBatch, queue.size()));
                }
            }
            Exception[] failures = write(batch);
            synchronized (lock) {
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).done = true;
                    batch.get(i).failure = failures[i];
                }
                writing = false;
                lock.notifyAll();
            }
        }
        if (mine.failure != null) {
            throw new FailedException(mine.failure);
        }
    }

    /**
     * Writes the batch; if that fails, writes its items one by one, so that one item that cannot be
     * written fails only its own submitter. Returns each item's failure, or null where it was written.
     */
    private Exception[] write(List<Pending<T>> batch) {
        Exception[] failures = new Exception[batch.size()];
        try {
            List<T> items = new ArrayList<>(batch.size());
            batch.forEach(p -> items.add(p.item));
            writer.write(items);
            return failures;
        } catch (Exception e) {
            if (batch.size() == 1) {
                failures[0] = e;
                return failures;
            }
        }
        for (int i = 0; i < batch.size(); i++) {
            try {
                writer.write(List.of(batch.get(i).item));
            } catch (Exception e) {
                failures[i] = e;
            }
        }
        return failures;
    }
}
