package org.camelcsta.benchmarks;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Bounded waiting for a condition, polled: every wait of the harness ends, by success or by an exception. */
public final class Await {

    private Await() {
    }

    /**
     * Polls {@code condition} every {@code pollMillis} until it holds.
     *
     * @return the nanoTime at which it was seen to hold
     * @throws IllegalStateException naming {@code what} if it does not hold within {@code timeout}
     */
    public static long until(BooleanSupplier condition, Duration timeout, long pollMillis, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (condition.getAsBoolean()) {
                return System.nanoTime();
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("gave up after " + timeout + " waiting for " + what);
            }
            Thread.sleep(pollMillis);
        }
    }
}
