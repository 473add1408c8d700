package org.camelcsta.client;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.camelcsta.client.transport.ReadMode;
import org.camelcsta.client.transport.Transport;
import org.camelcsta.client.transport.TransportListener;
import org.camelcsta.protocol.codec.OutgoingMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A session closed after it made a connection attempt's transport but before that transport connected: closing a
 * transport that is not connected yet does nothing (a TCP channel does not exist yet), so the session must close it
 * once the attempt ends, or its connection stays open, logged out, until the component stops.
 */
class SessionClosedWhileConnectingTest {

    private final LateTransport transport = new LateTransport();
    private final ClientResources resources = ClientResources.create(1, Executors.newSingleThreadExecutor(), true,
            settings -> transport);
    private final CstaSession session = new CstaSession(SessionSettings.builder().host("127.0.0.1")
            .credentials("test@mydomain", "bla.bla", "12345678.pbx.one-connect.dk").keepAlive(false).build(), resources);

    @AfterEach
    void stop() {
        resources.close();
    }

    @Test
    void theConnectionOfAnAttemptThatOutlivedItsSessionIsClosed() {
        CompletableFuture<Void> open = session.open();
        assertThrows(ExecutionException.class, () -> open.get(5, TimeUnit.SECONDS));
        assertFalse(transport.isOpen(), "connected after the session closed, and left open");
    }

    /** Connects only after the session was closed, and, as a real transport, closes nothing before it connected. */
    private final class LateTransport implements Transport {
        private volatile boolean connected;
        private volatile boolean closed;

        @Override
        public CompletableFuture<Void> connect(TransportListener listener) {
            session.close(); // the route stopped while the attempt was on its way
            connected = true;
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Void> send(OutgoingMessage message, Duration replyTimeout) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void setReading(ReadMode mode) {
        }

        @Override
        public void close() {
            closed = connected;
        }

        boolean isOpen() {
            return connected && !closed;
        }
    }
}
