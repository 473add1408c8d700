package org.camelcsta.client.transport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.Logger;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** The first skipped message at WARN, then at most one WARN a minute counting those in between, which go at DEBUG. */
class SkippedMessagesTest {

    private static final String CATEGORY = SkippedMessagesTest.class.getName() + ".skipping";

    private final AtomicLong clock = new AtomicLong(1_000);
    private final SkippedMessages skipped = new SkippedMessages(LoggerFactory.getLogger(CATEGORY), clock::get);
    private final Logger logger = (Logger) LogManager.getLogger(CATEGORY);
    private final List<LogEvent> logged = new CopyOnWriteArrayList<>();
    private final AbstractAppender appender = new AbstractAppender("captured", null, null, true, Property.EMPTY_ARRAY) {
        @Override
        public void append(LogEvent event) {
            logged.add(event.toImmutable());
        }
    };

    @BeforeEach
    void captureTheLog() {
        appender.start();
        logger.addAppender(appender);
        logger.setLevel(Level.DEBUG);
    }

    @AfterEach
    void release() {
        logger.removeAppender(appender);
        appender.stop();
    }

    @Test
    void warnsOfTheFirstAndOfTheRestAtMostOnceAMinuteWithTheirCount() {
        skipped.skipped("Skipped message {}", 1);
        clock.addAndGet(TimeUnit.SECONDS.toNanos(59));
        skipped.skipped("Skipped message {}", 2);
        skipped.skipped("Skipped message {}", 3);
        clock.addAndGet(TimeUnit.SECONDS.toNanos(1));
        skipped.skipped("Skipped message {}", 4);
        skipped.skipped("Skipped message {}", 5);
        clock.addAndGet(TimeUnit.MINUTES.toNanos(5));
        skipped.skipped("Skipped message {}", 6);

        assertEquals(List.of(
                "WARN Skipped message 1",
                "DEBUG Skipped message 2",
                "DEBUG Skipped message 3",
                "WARN Skipped message 4 (2 more skipped since the warning before, logged at DEBUG)",
                "DEBUG Skipped message 5",
                "WARN Skipped message 6 (1 more skipped since the warning before, logged at DEBUG)"),
                logged.stream().map(event -> event.getLevel() + " " + event.getMessage().getFormattedMessage()).toList());
    }

    @Test
    void aThrowableStaysTheStackTraceWhenTheCountIsAdded() {
        skipped.skipped("first");
        skipped.skipped("second");
        clock.addAndGet(SkippedMessages.WARNING_INTERVAL_NANOS);
        IllegalStateException failure = new IllegalStateException("unreadable");
        skipped.skipped("Skipped {}: {}", "third", "why", failure);

        LogEvent last = logged.get(logged.size() - 1);
        assertEquals("Skipped third: why (1 more skipped since the warning before, logged at DEBUG)",
                last.getMessage().getFormattedMessage());
        assertEquals(failure, assertInstanceOf(IllegalStateException.class, last.getThrown()));
    }
}
