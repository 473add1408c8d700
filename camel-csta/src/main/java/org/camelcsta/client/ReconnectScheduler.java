package org.camelcsta.client;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Schedules the session's next connection attempt after a failure, one at a time, waiting longer each time. */
final class ReconnectScheduler {

    private final Backoff backoff;
    private final ScheduledExecutorService timers;
    private int attempts;
    private ScheduledFuture<?> next;

    ReconnectScheduler(Backoff backoff, ScheduledExecutorService timers) {
        this.backoff = backoff;
        this.timers = timers;
    }

    /** Schedules {@code reconnect} unless an attempt is scheduled already; returns the wait in milliseconds. */
    synchronized long schedule(Runnable reconnect) {
        if (next != null && !next.isDone()) {
            return next.getDelay(TimeUnit.MILLISECONDS);
        }
        long delay = backoff.delayMillis(attempts++);
        next = timers.schedule(reconnect, delay, TimeUnit.MILLISECONDS);
        return delay;
    }

    /** A connection succeeded: the next failure starts from the first wait again. */
    synchronized void succeeded() {
        attempts = 0;
    }

    synchronized void cancel() {
        if (next != null) {
            next.cancel(false);
            next = null;
        }
    }
}
