package org.camelcsta.client;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A host that is no host name (a blank copied from a properties file) fails every login on socket.io, as a
 * connection failure, instead of leaving the session waiting for a login that never comes.
 */
class SocketIoUnusableHostTest {

    private final ClientResources resources = ClientResources.create(1, Executors.newSingleThreadExecutor(), true);
    private final CstaSession session = new CstaSession(SessionSettings.builder().transport(TransportType.SOCKETIO)
            .host("csta.example.dk ").port(7002).connectTimeout(Duration.ofSeconds(2))
            .reconnectDelay(Duration.ofMillis(20), Duration.ofMillis(200))
            .credentials("test@mydomain", "bla.bla", "12345678.pbx.one-connect.dk").build(), resources);

    @AfterEach
    void stop() {
        session.close();
        resources.close();
    }

    @Test
    void everyLoginFailsAtOnceWithTheCause() {
        for (int attempt = 0; attempt < 2; attempt++) {
            ExecutionException failed = assertThrows(ExecutionException.class,
                    () -> session.open().get(5, TimeUnit.SECONDS), "attempt " + attempt);
            CstaConnectionException error = assertInstanceOf(CstaConnectionException.class, failed.getCause());
            assertTrue(error.getMessage().contains("not a host"), error.getMessage());
        }
    }
}
