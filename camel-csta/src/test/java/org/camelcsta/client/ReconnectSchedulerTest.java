package org.camelcsta.client;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The waits the scheduler chooses, on a clock the test moves; no test waits for a backoff to pass. */
class ReconnectSchedulerTest {

    private static final long FIRST = 1000;
    private static final long MAX = 4000;

    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();
    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger attempts = new AtomicInteger();
    private final ReconnectScheduler scheduler = new ReconnectScheduler(
            new Backoff(Duration.ofMillis(FIRST), Duration.ofMillis(MAX)), timers, nanos::get);

    @AfterEach
    void stopTimers() {
        timers.shutdownNow();
    }

    @Test
    void theFirstAttemptAfterLosingAStableConnectionGoesAtOnce() {
        scheduler.succeeded();
        advance(FIRST);

        assertEquals(0, lost());
        await().until(() -> attempts.get() == 1);
    }

    @Test
    void aServerThatStaysDownSeesCappedJitteredBackoffAfterTheImmediateAttempt() {
        scheduler.succeeded();
        advance(60_000);
        assertEquals(0, lost());
        await().until(() -> attempts.get() == 1);

        long[] unjittered = { 1000, 2000, 4000, 4000, 4000 };
        for (long wait : unjittered) {
            assertJittered(wait, failedAgain());
        }
    }

    @Test
    void aConnectionThatDropsSoonAfterItsLoginIsRetriedWithBackoffNotAtOnce() {
        scheduler.succeeded();
        advance(FIRST - 1);
        assertJittered(1000, lost());

        // it comes up and drops again: each flap waits longer, as for a server that stays down
        scheduler.cancel();
        scheduler.succeeded();
        advance(10);
        assertJittered(2000, lost());
        scheduler.cancel();
        scheduler.succeeded();
        assertJittered(4000, lost());
        scheduler.cancel();
        scheduler.succeeded();
        assertJittered(4000, lost());
    }

    @Test
    void aStableConnectionAfterFlappingStartsTheBackoffOver() {
        scheduler.succeeded();
        assertJittered(1000, lost());
        scheduler.cancel();
        scheduler.succeeded();
        assertJittered(2000, lost());
        scheduler.cancel();

        scheduler.succeeded();
        advance(FIRST);
        assertEquals(0, lost());
        await().until(() -> attempts.get() == 1);
        assertJittered(1000, failedAgain());
    }

    @Test
    void aSessionThatNeverLoggedInWaitsBeforeItsFirstRetry() {
        assertJittered(1000, lost());
    }

    @Test
    void aLossWhileAnAttemptIsScheduledKeepsThatAttempt() {
        long first = lost();
        long again = lost();

        assertTrue(again <= first, again + " ms, after " + first + " ms");
        assertEquals(0, attempts.get());
    }

    @Test
    void anAttemptThatFailsWhileItRunsIsFollowedByAnother() {
        scheduler.succeeded();
        advance(FIRST);
        AtomicLong retry = new AtomicLong(-1);
        // a refused connect can fail inside the attempt, on the timer's thread, before the attempt returns
        scheduler.schedule(() -> {
            attempts.incrementAndGet();
            retry.set(scheduler.schedule(attempts::incrementAndGet));
        });

        await().until(() -> retry.get() >= 0);
        assertJittered(1000, retry.get());
    }

    /** A connection (or a login) was lost: the scheduler picks the wait before the next attempt. */
    private long lost() {
        return scheduler.schedule(attempts::incrementAndGet);
    }

    /** The scheduled attempt failed (it is not waited for: cancelled as if it had run). */
    private long failedAgain() {
        scheduler.cancel();
        return lost();
    }

    private void advance(long millis) {
        nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    }

    private static void assertJittered(long wait, long delay) {
        assertTrue(delay >= wait * 8 / 10 && delay <= wait * 12 / 10, delay + " ms is not " + wait + " ms +- 20 %");
    }
}
