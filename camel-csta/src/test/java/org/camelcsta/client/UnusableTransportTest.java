package org.camelcsta.client;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.camelcsta.client.transport.ReadMode;
import org.camelcsta.client.transport.Transport;
import org.camelcsta.client.transport.TransportFactory;
import org.camelcsta.client.transport.TransportListener;
import org.camelcsta.protocol.codec.OutgoingMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A connection that cannot even be tried fails every login as a connection failure, with its cause, instead of
 * leaving the session waiting for a login that never comes: a host that is no host name on socket.io (a blank copied
 * from a properties file, or one that would read as user info or a path and take the login elsewhere), and a
 * transport that throws, and one whose connection neither comes nor fails within the connect timeout.
 */
class UnusableTransportTest {

    /** A port below 1024 that no test server takes: connecting to it is refused at once. */
    private static final int UNUSED_PORT = 9;

    private ClientResources resources;
    private CstaSession session;

    @AfterEach
    void stop() {
        session.close();
        resources.close();
    }

    @ParameterizedTest
    @ValueSource(strings = { "csta.example.dk ", "user@elsewhere.example", "csta.example.dk/" })
    void aSocketIoHostThatIsNoHostNameFailsEveryLogin(String host) {
        resources = ClientResources.create(1, Executors.newSingleThreadExecutor(), true);
        session = new CstaSession(settings(TransportType.SOCKETIO, host), resources);
        everyLoginFailsWith("not a host");
    }

    @ParameterizedTest
    @ValueSource(strings = { "127.0.0.1", "::1", "[::1]" })
    void aSocketIoHostThatIsAnAddressIsTried(String host) {
        resources = ClientResources.create(1, Executors.newSingleThreadExecutor(), true);
        // nothing listens on the port: the login fails on connecting, not on the host
        session = new CstaSession(settings(TransportType.SOCKETIO, host), resources);
        ExecutionException failed = assertThrows(ExecutionException.class, () -> session.open().get(5, TimeUnit.SECONDS));
        assertFalse(failed.getCause().getMessage().contains("not a host"), failed.getCause().getMessage());
    }

    @Test
    void aTransportThatThrowsFailsEveryLogin() {
        connectingWith(() -> {
            throw new IllegalStateException("no way out");
        });
        everyLoginFailsWith("no way out");
    }

    /** A connection that neither comes nor fails in time fails the login as a connection failure, not a JDK timeout. */
    @Test
    void aConnectionNotMadeWithinTheConnectTimeoutFailsEveryLogin() {
        connectingWith(CompletableFuture::new);
        everyLoginFailsWith("no connection within 2000 ms");
    }

    /** A TCP session whose transport connects as {@code connect} says, and is never used otherwise. */
    private void connectingWith(Supplier<CompletableFuture<Void>> connect) {
        TransportFactory transports = settings -> new Transport() {
            @Override
            public CompletableFuture<Void> connect(TransportListener listener) {
                return connect.get();
            }

            @Override
            public CompletableFuture<Void> send(OutgoingMessage message, Duration replyTimeout) {
                throw new AssertionError("never connected");
            }

            @Override
            public void setReading(ReadMode mode) {
            }

            @Override
            public void close() {
            }
        };
        resources = ClientResources.create(1, Executors.newSingleThreadExecutor(), true, transports);
        session = new CstaSession(settings(TransportType.XML, "127.0.0.1"), resources);
    }

    private void everyLoginFailsWith(String cause) {
        for (int attempt = 0; attempt < 2; attempt++) {
            ExecutionException failed = assertThrows(ExecutionException.class,
                    () -> session.open().get(5, TimeUnit.SECONDS), "attempt " + attempt);
            CstaConnectionException error = assertInstanceOf(CstaConnectionException.class, failed.getCause());
            assertTrue(error.getMessage().contains(cause), error.getMessage());
        }
    }

    private static SessionSettings settings(TransportType transport, String host) {
        return SessionSettings.builder().transport(transport).host(host).port(UNUSED_PORT)
                .connectTimeout(Duration.ofSeconds(2)).reconnectDelay(Duration.ofMillis(20), Duration.ofMillis(200))
                .credentials("test@mydomain", "bla.bla", "12345678.pbx.one-connect.dk").build();
    }
}
