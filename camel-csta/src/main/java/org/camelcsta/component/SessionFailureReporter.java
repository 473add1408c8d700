package org.camelcsta.component;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.camel.spi.ExceptionHandler;
import org.camelcsta.protocol.LogText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a monitor consumer's owner that its session failed (cannot log in, lost the connection, cannot start a
 * monitor), so that events may be missed. With {@code bridgeErrorHandler} each failure goes to the route's error
 * handler, off the session's thread; failures that come while one waits for the executor are coalesced into the
 * latest. Otherwise the first failure of an outage is logged at WARN and the rest at DEBUG, until a monitor starts
 * again: a retry storm is one warning (the session logs each of its attempts itself).
 */
final class SessionFailureReporter {

    private static final Logger LOG = LoggerFactory.getLogger(SessionFailureReporter.class);

    private final String consumer;
    private final boolean bridge;
    private final ExceptionHandler handler;
    private final Executor executor;
    private final AtomicBoolean inOutage = new AtomicBoolean();
    private final AtomicReference<Throwable> waiting = new AtomicReference<>();
    private volatile boolean stopped;

    /**
     * @param consumer a description of the consumer for log lines and error messages, without secrets
     * @param bridge   whether failures go to {@code handler} (the route's error handler) rather than the log
     * @param executor where {@code handler} runs: never on the session's I/O or timer thread
     */
    SessionFailureReporter(String consumer, boolean bridge, ExceptionHandler handler, Executor executor) {
        this.consumer = consumer;
        this.bridge = bridge;
        this.handler = handler;
        this.executor = executor;
    }

    /** The session failed. Returns at once. */
    void failed(Throwable error) {
        if (stopped) {
            return;
        }
        if (bridge) {
            if (waiting.getAndSet(error) == null) {
                executor.execute(this::handleWaiting);
            }
        } else if (inOutage.compareAndSet(false, true)) {
            LOG.warn("{} may miss events: {} (further failures at DEBUG until a monitor starts again)", consumer,
                    LogText.cap(error));
        } else if (LOG.isDebugEnabled()) {
            LOG.debug("{} may miss events: {}", consumer, LogText.cap(error));
        }
    }

    /** A monitor of the consumer (re)started: the outage, if any, is over. */
    void monitorStarted() {
        inOutage.set(false);
    }

    /** No failure is reported after this. */
    void stop() {
        stopped = true;
    }

    private void handleWaiting() {
        Throwable error = waiting.getAndSet(null);
        if (error != null && !stopped) {
            handler.handleException(consumer + " may miss events: " + LogText.cap(error.getMessage()), error);
        }
    }
}
