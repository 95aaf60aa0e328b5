package org.credence.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    @Test
    void aLoneSubmitterWritesItsOwnItemBeforeItReturns() {
        List<List<Integer>> batches = new ArrayList<>();
        GroupCommit<Integer> group = new GroupCommit<>(b -> batches.add(List.copyOf(b)), 10);
        group.submit(1);
        assertEquals(List.of(List.of(1)), batches);
        group.submit(2);
        assertEquals(List.of(List.of(1), List.of(2)), batches);
    }

    @Test
    void itemsArrivingWhileABatchIsWrittenGoTogetherInTheNextAndEachIsWrittenOnce() throws Exception {
        CountDownLatch firstBatchStarted = new CountDownLatch(1);
        CountDownLatch othersQueued = new CountDownLatch(1);
        List<List<Integer>> batches = Collections.synchronizedList(new ArrayList<>());
        GroupCommit<Integer> group = new GroupCommit<>(
                b -> {
                    if (b.contains(0)) {
                        firstBatchStarted.countDown();
                        othersQueued.await();
                    }
                    batches.add(List.copyOf(b));
                },
                3);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            Future<?> first = pool.submit(() -> group.submit(0));
            firstBatchStarted.await();
            List<Future<?>> others = new ArrayList<>();
            for (int i = 1; i <= 7; i++) {
                int item = i;
                others.add(pool.submit(() -> group.submit(item)));
            }
            // once the seven wait behind the batch being written, let it finish
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                while (group.queued() < 7) {
                    Thread.onSpinWait();
                }
            });
            othersQueued.countDown();
            first.get();
            for (Future<?> f : others) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        List<Integer> written = new ArrayList<>();
        batches.forEach(written::addAll);
        Collections.sort(written);
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7), written, "every item once");
        assertEquals(List.of(0), batches.get(0));
        assertEquals(
                List.of(1, 3, 3, 1),
                batches.stream().map(List::size).toList(),
                "the seven that waited together go in batches of the maximum 3, not one by one: " + batches);
    }

    @Test
    void everySubmitterOfAFailedBatchFailsAndTheNextBatchIsWrittenAgain() {
        List<List<Integer>> batches = new ArrayList<>();
        GroupCommit<Integer> group = new GroupCommit<>(
                b -> {
                    if (b.contains(13)) {
                        throw new java.sql.SQLException("disk full");
                    }
                    batches.add(List.copyOf(b));
                },
                10);
        GroupCommit.FailedException e = assertThrows(GroupCommit.FailedException.class, () -> group.submit(13));
        assertTrue(e.getMessage().contains("disk full"), e.getMessage());
        group.submit(14);
        assertEquals(List.of(List.of(14)), batches);
    }

    @Test
    void aBatchThatFailsIsWrittenAgainItemByItemSoOnlyThePoisonedItemsSubmitterFails() throws Exception {
        CountDownLatch firstBatchStarted = new CountDownLatch(1);
        CountDownLatch othersQueued = new CountDownLatch(1);
        List<List<Integer>> written = Collections.synchronizedList(new ArrayList<>());
        GroupCommit<Integer> group = new GroupCommit<>(
                b -> {
                    if (b.contains(0)) {
                        firstBatchStarted.countDown();
                        othersQueued.await();
                    }
                    if (b.contains(13)) {
                        throw new java.sql.SQLException("value too long for column detail");
                    }
                    written.add(List.copyOf(b));
                },
                100);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            Future<?> first = pool.submit(() -> group.submit(0));
            firstBatchStarted.await();
            List<Future<?>> innocent = new ArrayList<>();
            for (int i = 1; i <= 6; i++) {
                int item = i;
                innocent.add(pool.submit(() -> group.submit(item)));
            }
            Future<?> poisoned = pool.submit(() -> group.submit(13));
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                while (group.queued() < 7) {
                    Thread.onSpinWait();
                }
            });
            othersQueued.countDown();
            first.get();
            for (Future<?> f : innocent) {
                f.get();
            }
            java.util.concurrent.ExecutionException e =
                    assertThrows(java.util.concurrent.ExecutionException.class, poisoned::get);
            assertTrue(e.getCause() instanceof GroupCommit.FailedException, String.valueOf(e.getCause()));
            assertTrue(
                    e.getCause().getMessage().contains("value too long"),
                    e.getCause().getMessage());
        } finally {
            pool.shutdownNow();
        }
        List<Integer> items = new ArrayList<>();
        written.forEach(items::addAll);
        Collections.sort(items);
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), items, "every innocent item written once, the poisoned one never");
        assertEquals(List.of(0), written.get(0));
        assertTrue(
                written.subList(1, written.size()).stream().allMatch(b -> b.size() == 1),
                "the failed batch of seven is written again one by one: " + written);
    }
}
