package org.credence.jobs;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import org.quartz.SchedulerConfigException;
import org.quartz.spi.ThreadExecutor;

/**
 * Starts Quartz's own threads (the scheduler thread and the misfire handler) on container-managed
 * threads, which run the given thread's {@code run()}.
 */
public class ManagedThreadExecutor implements ThreadExecutor {

    private ManagedThreadFactory factory;

    @Override
    public void initialize() {
        try {
            factory = ManagedThreadPool.lookup();
        } catch (SchedulerConfigException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public void execute(Thread thread) {
        Thread managed = factory.newThread(thread);
        managed.setName(thread.getName());
        managed.start();
    }
}
