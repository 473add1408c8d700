package org.camelcsta.component;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.Exchange;
import org.apache.camel.spi.ExceptionHandler;
import org.apache.logging.log4j.Level;
import org.camelcsta.client.CstaConnectionException;
import org.camelcsta.testing.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Session failures reach the route's error handler when bridged, else the log once per outage. */
class SessionFailureReporterTest {

    private final List<Throwable> handled = new CopyOnWriteArrayList<>();
    private final List<Runnable> queued = new ArrayList<>();
    private final ExceptionHandler handler = new ExceptionHandler() {
        @Override
        public void handleException(Throwable exception) {
            handled.add(exception);
        }

        @Override
        public void handleException(String message, Throwable exception) {
            handled.add(exception);
        }

        @Override
        public void handleException(String message, Exchange exchange, Throwable exception) {
            handled.add(exception);
        }
    };
    private final LogCapture log = LogCapture.of(SessionFailureReporter.class.getName(), Level.DEBUG);

    @AfterEach
    void stopCapturing() {
        log.close();
    }

    @Test
    void unbridgedFailuresAreOneWarningPerOutageWithBoundedText() {
        SessionFailureReporter reporter = new SessionFailureReporter("csta://monitor?devices=130", false, handler, queued::add);
        reporter.failed(new CstaConnectionException("cannot connect: " + "x".repeat(50_000)));
        reporter.failed(new CstaConnectionException("cannot connect again"));
        reporter.failed(new CstaConnectionException("and again"));
        assertEquals(1, count(Level.WARN));
        assertEquals(2, count(Level.DEBUG));
        String warning = log.events().get(0).getMessage().getFormattedMessage();
        assertTrue(warning.startsWith("csta://monitor?devices=130 may miss events: "), warning);
        assertTrue(warning.length() < 500, "the server's text is capped: " + warning.length() + " chars");

        reporter.monitorStarted();
        reporter.failed(new CstaConnectionException("lost the connection"));
        assertEquals(2, count(Level.WARN), "a new outage warns again");
        assertEquals(List.of(), handled);
        assertEquals(List.of(), queued);
    }

    @Test
    void bridgedFailuresReachTheHandlerOffTheCallersThreadAndCoalesceWhileWaiting() {
        SessionFailureReporter reporter = new SessionFailureReporter("csta://monitor?devices=130", true, handler, queued::add);
        CstaConnectionException first = new CstaConnectionException("cannot connect");
        CstaConnectionException latest = new CstaConnectionException("cannot connect again");
        reporter.failed(first);
        reporter.failed(latest);
        assertEquals(List.of(), handled, "nothing runs on the session's thread");
        assertEquals(1, queued.size(), "one task waits for the executor");
        queued.remove(0).run();
        assertEquals(1, handled.size());
        assertSame(latest, handled.get(0));

        CstaConnectionException next = new CstaConnectionException("lost the connection");
        reporter.failed(next);
        queued.remove(0).run();
        assertSame(next, handled.get(1));
        assertEquals(0, count(Level.WARN), "the route's error handler reports it, not this log");
    }

    @Test
    void nothingIsReportedAfterStop() {
        SessionFailureReporter reporter = new SessionFailureReporter("csta://monitor?devices=130", true, handler, queued::add);
        reporter.failed(new CstaConnectionException("cannot connect"));
        reporter.stop();
        queued.forEach(Runnable::run);
        reporter.failed(new CstaConnectionException("cannot connect again"));
        assertEquals(List.of(), handled);
    }

    private long count(Level level) {
        return log.events().stream().filter(e -> e.getLevel() == level).count();
    }
}
