package org.camelcsta.simulator.pbx;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PBX's single thread. Every change of the call model, every monitor event, every session timer and every
 * response goes through it: one thread instead of locks keeps the model simple and makes events leave in the
 * order they were caused. Netty's I/O threads only hand work over and never wait for it.
 */
public final class PbxExecutor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PbxExecutor.class);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);

    private final ScheduledThreadPoolExecutor executor;
    private volatile Thread thread;

    public PbxExecutor() {
        executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread created = new Thread(runnable, "csta-sim-pbx");
            created.setDaemon(true);
            thread = created;
            return created;
        });
        executor.setRemoveOnCancelPolicy(true);
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** Runs a task on the PBX thread, later. A failing task is logged; it never stops the thread. */
    public void execute(Runnable task) {
        if (!executor.isShutdown()) {
            executor.execute(guarded(task));
        }
    }

    /** Runs a task on the PBX thread after a delay; the returned future cancels it. */
    public ScheduledFuture<?> schedule(Runnable task, Duration delay) {
        return executor.schedule(guarded(task), Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
    }

    /**
     * Runs a task on the PBX thread and waits for its result (for the Java control API and tests). Exceptions
     * of the task are rethrown as they are.
     */
    public <T> T call(Callable<T> task) {
        if (inPbxThread()) {
            return callHere(task);
        }
        Future<T> future = executor.submit(task);
        try {
            return future.get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the PBX", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the PBX thread did not answer within " + CALL_TIMEOUT, e);
        }
    }

    /** @see #call(Callable) */
    public void run(Runnable task) {
        call(() -> {
            task.run();
            return null;
        });
    }

    /** Whether the caller is the PBX thread. */
    public boolean inPbxThread() {
        return Thread.currentThread() == thread;
    }

    private static <T> T callHere(Callable<T> task) {
        try {
            return task.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Runnable guarded(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                LOG.error("PBX task failed", e);
            }
        };
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
