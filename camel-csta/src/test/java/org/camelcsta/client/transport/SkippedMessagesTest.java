package org.camelcsta.client.transport;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LogEvent;
import org.camelcsta.testing.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The first skipped message at WARN, then at most one WARN a minute counting those in between, which go at DEBUG. */
class SkippedMessagesTest {

    private static final String CATEGORY = SkippedMessagesTest.class.getName() + ".skipping";
    private static final String FIRST = " (more within a minute at DEBUG, counted in the next warning)";

    // nanoTime may start anywhere, near its overflow too
    private final AtomicLong clock = new AtomicLong(Long.MAX_VALUE - TimeUnit.SECONDS.toNanos(30));
    private final SkippedMessages skipped = new SkippedMessages(LoggerFactory.getLogger(CATEGORY), clock::get);
    private final LogCapture log = LogCapture.of(CATEGORY, Level.DEBUG);

    @AfterEach
    void release() {
        log.close();
    }

    @Test
    void warnsOfTheFirstAndOfTheRestAtMostOnceAMinuteWithTheirCount() {
        skipped.log("Skipped message {}", 1);
        clock.addAndGet(TimeUnit.SECONDS.toNanos(59));
        skipped.log("Skipped message {}", 2);
        skipped.log("Skipped message {}", 3);
        clock.addAndGet(TimeUnit.SECONDS.toNanos(1));
        skipped.log("Skipped message {}", 4);
        skipped.log("Skipped message {}", 5);
        clock.addAndGet(TimeUnit.MINUTES.toNanos(5));
        skipped.log("Skipped message {}", 6);

        assertEquals(List.of(
                "WARN Skipped message 1" + FIRST,
                "DEBUG Skipped message 2",
                "DEBUG Skipped message 3",
                "WARN Skipped message 4 (2 more skipped since the warning before, logged at DEBUG)",
                "DEBUG Skipped message 5",
                "WARN Skipped message 6 (1 more skipped since the warning before, logged at DEBUG)"), log.lines());
    }

    @Test
    void aMinuteWithoutSkipsStartsAfresh() {
        skipped.log("first");
        clock.addAndGet(TimeUnit.MINUTES.toNanos(2));
        skipped.log("second");

        assertEquals(List.of("WARN first" + FIRST, "WARN second" + FIRST), log.lines());
    }

    @Test
    void aThrowableStaysTheStackTraceWhenTheCountIsAdded() {
        skipped.log("first");
        skipped.log("second");
        clock.addAndGet(SkippedMessages.WARNING_INTERVAL_NANOS);
        IllegalStateException failure = new IllegalStateException("unreadable");
        skipped.log("Skipped {}: {}", "third", "why", failure);

        LogEvent last = log.events().get(log.events().size() - 1);
        assertEquals("Skipped third: why (1 more skipped since the warning before, logged at DEBUG)",
                last.getMessage().getFormattedMessage());
        assertSame(failure, last.getThrown());
    }
}
