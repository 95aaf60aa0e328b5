package org.credence.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ManagedThreadPoolTest {

    @Test
    void aJobFiredWhileThePoolShutsDownStillRunsInsteadOfPuttingItsTriggersInError() {
        ManagedThreadPool pool = new ManagedThreadPool();
        pool.start(Executors.newFixedThreadPool(1));
        pool.shutdown(true);
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        assertTrue(
                pool.runInThread(() -> ranOn.set(Thread.currentThread())),
                "false would set the job's triggers to ERROR");
        assertEquals(Thread.currentThread(), ranOn.get(), "run in the scheduler's own thread");
    }

    @Test
    void aJobRunsOnThePoolsThreadsWhileItRuns() throws InterruptedException {
        ManagedThreadPool pool = new ManagedThreadPool();
        pool.start(Executors.newFixedThreadPool(1));
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        assertTrue(pool.runInThread(() -> {
            ranOn.set(Thread.currentThread());
            done.countDown();
        }));
        assertTrue(done.await(10, TimeUnit.SECONDS));
        assertTrue(ranOn.get() != Thread.currentThread());
        pool.shutdown(true);
    }
}
