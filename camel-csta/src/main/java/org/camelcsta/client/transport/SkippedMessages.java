package org.camelcsta.client.transport;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.slf4j.Logger;

/**
 * Logs the messages that one connection or session skips (unreadable, over the size limit, refused, failed in their
 * handling) so that a server that sends nothing else cannot flood the log: the first at WARN, then at most one WARN a
 * minute, which counts the messages skipped since the one before; those in between at DEBUG. Thread-safe.
 */
public final class SkippedMessages {

    static final long WARNING_INTERVAL_NANOS = TimeUnit.MINUTES.toNanos(1);
    private static final String FIRST = " (more within a minute at DEBUG, counted in the next warning)";
    private static final String COUNTED = " ({} more skipped since the warning before, logged at DEBUG)";

    private final Logger log;
    private final LongSupplier clock;
    private boolean warned;
    private long warnedAt;
    private long skippedSinceWarning;

    /** @param log the logger of the class that skips the messages, whose category the lines keep */
    public SkippedMessages(Logger log) {
        this(log, System::nanoTime);
    }

    SkippedMessages(Logger log, LongSupplier clock) {
        this.log = log;
        this.clock = clock;
    }

    /**
     * Logs one skipped message.
     *
     * @param format    an SLF4J pattern; what the server sent goes in the arguments, capped
     * @param arguments its arguments; a {@link Throwable} last for its stack trace
     */
    public void log(String format, Object... arguments) {
        boolean warn;
        long since;
        synchronized (this) {
            long now = clock.getAsLong();
            warn = !warned || now - warnedAt >= WARNING_INTERVAL_NANOS;
            since = skippedSinceWarning;
            if (warn) {
                warned = true;
                warnedAt = now;
                skippedSinceWarning = 0;
            } else {
                skippedSinceWarning++;
            }
        }
        if (!warn) {
            log.debug(format, arguments);
        } else if (since == 0) {
            log.warn(format + FIRST, arguments);
        } else {
            log.warn(format + COUNTED, withCount(arguments, since));
        }
    }

    /** The arguments with the count after the pattern's own, before a throwable that SLF4J takes from the end. */
    private static Object[] withCount(Object[] arguments, long count) {
        int last = arguments.length;
        boolean throwable = last > 0 && arguments[last - 1] instanceof Throwable;
        Object[] counted = Arrays.copyOf(arguments, last + 1);
        if (throwable) {
            counted[last] = arguments[last - 1];
            counted[last - 1] = count;
        } else {
            counted[last] = count;
        }
        return counted;
    }
}
