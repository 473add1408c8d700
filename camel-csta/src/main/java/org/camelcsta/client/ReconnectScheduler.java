package org.camelcsta.client;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Schedules the session's next connection attempt after a failure, one at a time. The first attempt after losing a
 * connection that had been logged in for at least the first backoff wait goes at once: most drops are brief, and
 * the monitors are restored sooner. Every other attempt waits, longer each time ({@link Backoff}): a server that
 * stays down, refuses the login, or drops each connection soon after the login (flapping) is never retried in a
 * tight loop.
 */
final class ReconnectScheduler {

    private static final long NOT_LOGGED_IN = Long.MIN_VALUE;

    private final Backoff backoff;
    private final ScheduledExecutorService timers;
    private final LongSupplier nanoClock;
    private int attempts;
    private long loggedInAtNanos = NOT_LOGGED_IN;
    private ScheduledFuture<?> next;

    ReconnectScheduler(Backoff backoff, ScheduledExecutorService timers) {
        this(backoff, timers, System::nanoTime);
    }

    /** @param nanoClock the time in nanoseconds, as {@link System#nanoTime()} */
    ReconnectScheduler(Backoff backoff, ScheduledExecutorService timers, LongSupplier nanoClock) {
        this.backoff = backoff;
        this.timers = timers;
        this.nanoClock = nanoClock;
    }

    /** Schedules {@code reconnect} unless an attempt is scheduled already; returns the wait in milliseconds. */
    synchronized long schedule(Runnable reconnect) {
        if (next != null && !next.isDone()) {
            return next.getDelay(TimeUnit.MILLISECONDS);
        }
        long delay;
        if (wasUpLongEnough()) {
            attempts = 0; // a stable connection was lost: the backoff starts over, after one attempt at once
            delay = 0;
        } else {
            delay = backoff.delayMillis(attempts++);
        }
        loggedInAtNanos = NOT_LOGGED_IN;
        next = timers.schedule(() -> attempt(reconnect), delay, TimeUnit.MILLISECONDS);
        return delay;
    }

    /**
     * The session logged in. The backoff is not reset yet: only a connection that then stays up for the first wait
     * proves that the server is back.
     */
    synchronized void succeeded() {
        loggedInAtNanos = nanoClock.getAsLong();
    }

    synchronized void cancel() {
        if (next != null) {
            next.cancel(false);
            next = null;
        }
    }

    private void attempt(Runnable reconnect) {
        synchronized (this) {
            next = null; // under way: a failure reported while it runs (a refused connect) schedules the next one
        }
        reconnect.run();
    }

    private boolean wasUpLongEnough() {
        return loggedInAtNanos != NOT_LOGGED_IN && nanoClock.getAsLong() - loggedInAtNanos >= backoff.first().toNanos();
    }
}
