package org.camelcsta.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.Logger;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;

/**
 * What one logger logs while it is open, for tests that check a log line. Closing it stops the capture and gives
 * the logger back the level it had.
 */
public final class LogCapture implements AutoCloseable {

    // a logger keeps one appender per name: a second capture of the same name would be ignored
    private static final AtomicInteger NAMES = new AtomicInteger();

    private final Logger logger;
    private final Level levelBefore;
    private final boolean levelSet;
    private final List<LogEvent> events = new CopyOnWriteArrayList<>();
    private final AbstractAppender appender;

    private LogCapture(String category, Level level) {
        logger = (Logger) LogManager.getLogger(category);
        levelBefore = logger.getLevel();
        appender = new AbstractAppender("capture-" + NAMES.incrementAndGet(), null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                events.add(event.toImmutable());
            }
        };
        appender.start();
        logger.addAppender(appender);
        levelSet = level != null;
        if (levelSet) {
            logger.setLevel(level);
        }
    }

    /** Captures the logger of this class at its configured level. */
    public static LogCapture of(Class<?> type) {
        return of(type.getName());
    }

    /** Captures this logger at its configured level. */
    public static LogCapture of(String category) {
        return new LogCapture(category, null);
    }

    /** Captures this logger at this level, until closed. */
    public static LogCapture of(String category, Level level) {
        return new LogCapture(category, level);
    }

    public List<LogEvent> events() {
        return events;
    }

    /** Each line as its level and formatted message, e.g. {@code WARN Skipped ...}. */
    public List<String> lines() {
        return events.stream().map(event -> event.getLevel() + " " + event.getMessage().getFormattedMessage()).toList();
    }

    /** The lines at WARN. */
    public List<String> warnings() {
        return lines().stream().filter(line -> line.startsWith("WARN ")).toList();
    }

    @Override
    public void close() {
        logger.removeAppender(appender);
        appender.stop();
        if (levelSet) {
            logger.setLevel(levelBefore);
        }
    }
}
