package org.camelcsta.client;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofMillis(1000), Duration.ofMillis(5000));

    @Test
    void doublesFromTheFirstWaitUpToTheLongestWithTwentyPercentJitter() {
        long[] unjittered = { 1000, 2000, 4000, 5000, 5000, 5000 };
        for (int attempt = 0; attempt < unjittered.length; attempt++) {
            assertJittered(unjittered[attempt], attempt);
        }
        assertJittered(5000, 63);
        assertJittered(5000, Integer.MAX_VALUE);
    }

    private void assertJittered(long wait, int attempt) {
        for (int draw = 0; draw < 200; draw++) {
            long delay = backoff.delayMillis(attempt);
            assertTrue(delay >= wait * 8 / 10 && delay <= wait * 12 / 10,
                    "attempt " + attempt + ": " + delay + " ms is not " + wait + " ms +- 20 %");
        }
    }
}
