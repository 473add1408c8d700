package org.camelcsta.component;

import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The component's event threads: Camel's pool, whose tasks (every monitor route's events, every handed-over reply's
 * continuation) know that they run on it, so that a producer called there does not hold the thread while its request
 * is on the wire. Marking the tasks rather than the threads works whatever threads Camel's pool has, virtual ones
 * included.
 */
final class EventThreads extends AbstractExecutorService {

    static final String NAME = "CstaEvents";

    private static final ThreadLocal<Boolean> RUNNING = new ThreadLocal<>();

    private final ExecutorService pool;

    EventThreads(ExecutorService pool) {
        this.pool = pool;
    }

    /** Whether the calling thread runs a task of a csta component's event threads. */
    static boolean isCurrent() {
        return RUNNING.get() != null;
    }

    @Override
    public void execute(Runnable task) {
        pool.execute(() -> runMarked(task));
    }

    private static void runMarked(Runnable task) {
        RUNNING.set(Boolean.TRUE);
        try {
            task.run();
        } finally {
            RUNNING.remove();
        }
    }

    @Override
    public void shutdown() {
        pool.shutdown();
    }

    @Override
    public List<Runnable> shutdownNow() {
        return pool.shutdownNow();
    }

    @Override
    public boolean isShutdown() {
        return pool.isShutdown();
    }

    @Override
    public boolean isTerminated() {
        return pool.isTerminated();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        return pool.awaitTermination(timeout, unit);
    }
}
