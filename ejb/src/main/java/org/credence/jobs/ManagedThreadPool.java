package org.credence.jobs;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.quartz.SchedulerConfigException;
import org.quartz.spi.ThreadPool;

/**
 * Quartz's worker threads, made by the container's default {@link ManagedThreadFactory}, so that
 * jobs run with the application's naming context and class loader and may call its beans.
 */
public class ManagedThreadPool implements ThreadPool {

    static final String FACTORY = "java:comp/DefaultManagedThreadFactory";

    private int threadCount = 3;
    private Semaphore available;
    private ExecutorService executor;

    public void setThreadCount(int threadCount) {
        this.threadCount = threadCount;
    }

    @Override
    public void initialize() throws SchedulerConfigException {
        start(Executors.newFixedThreadPool(threadCount, lookup()));
    }

    void start(ExecutorService threads) {
        available = new Semaphore(threadCount);
        executor = threads;
    }

    static ManagedThreadFactory lookup() throws SchedulerConfigException {
        try {
            return (ManagedThreadFactory) new InitialContext().lookup(FACTORY);
        } catch (NamingException e) {
            throw new SchedulerConfigException("no managed thread factory at " + FACTORY, e);
        }
    }

    @Override
    public boolean runInThread(Runnable runnable) {
        if (runnable == null) {
            return false;
        }
        if (executor.isShutdown()) {
            // a job fired as the scheduler shuts down runs here, as Quartz's own pool runs its last job:
            // false would put every trigger of the job in ERROR, on every node, for good
            runnable.run();
            return true;
        }
        available.acquireUninterruptibly();
        try {
            executor.execute(() -> {
                try {
                    runnable.run();
                } finally {
                    available.release();
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            available.release();
            runnable.run();
            return true;
        }
    }

    @Override
    public int blockForAvailableThreads() {
        available.acquireUninterruptibly();
        available.release();
        return available.availablePermits();
    }

    @Override
    public void shutdown(boolean waitForJobsToComplete) {
        if (executor == null) {
            return;
        }
        if (waitForJobsToComplete) {
            executor.shutdown();
            try {
                executor.awaitTermination(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else {
            executor.shutdownNow();
        }
    }

    @Override
    public int getPoolSize() {
        return threadCount;
    }

    @Override
    public void setInstanceId(String schedInstId) {
        // threads are named by the container
    }

    @Override
    public void setInstanceName(String schedName) {
        // threads are named by the container
    }
}
