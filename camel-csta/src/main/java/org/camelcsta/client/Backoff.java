package org.camelcsta.client;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Waits between retries: doubling from a first wait up to a longest one, with 20 % jitter. */
final class Backoff {

    private static final int MAX_DOUBLINGS = 16;

    private final Duration first;
    private final Duration max;

    Backoff(Duration first, Duration max) {
        this.first = first;
        this.max = max;
    }

    /** The first wait, before jitter. */
    Duration first() {
        return first;
    }

    /** The wait in milliseconds before retry number {@code attempt} (from 0). */
    long delayMillis(int attempt) {
        long capped = Math.min(max.toMillis(), first.toMillis() << Math.min(attempt, MAX_DOUBLINGS));
        return Math.max(1, (long) (capped * (0.8 + 0.4 * ThreadLocalRandom.current().nextDouble())));
    }
}
