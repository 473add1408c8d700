package org.camelcsta.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.awaitility.Awaitility;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.simulator.client.SocketIoTestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Java socket.io clients (polling first, then the websocket upgrade) that log in as soon as they are connected,
 * i.e. while they upgrade, several at once: each gets its response, both as {@code message} and as the named
 * event. While a client still polls, the response often shares a poll answer with other packets (the probe's
 * NOOP, its {@code message} twin), which netty-socketio used to garble for Engine.IO v3 (see PollingPayloadEncoder).
 */
class SocketIoLoginWhileUpgradingTest {

    private static final int CLIENTS = 6;
    private static final int ROUNDS = 4;

    private static CstaSimulator sim;
    private static ExecutorService pool;

    @BeforeAll
    static void start() {
        sim = CstaSimulator.builder().xmlPort(-1).socketIoPort(0).httpPort(-1).httpsPort(-1).controlPort(-1).build();
        sim.start();
        pool = Executors.newFixedThreadPool(CLIENTS);
    }

    @AfterAll
    static void stop() {
        pool.shutdownNow();
        sim.stop();
    }

    @Test
    void everyClientThatLogsInWhileUpgradingIsAnswered() {
        for (int round = 0; round < ROUNDS; round++) {
            List<CompletableFuture<Void>> logins = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                logins.add(CompletableFuture.runAsync(SocketIoLoginWhileUpgradingTest::connectAndLogIn, pool));
            }
            logins.forEach(CompletableFuture::join);
        }
    }

    private static void connectAndLogIn() {
        try (SocketIoTestClient client = new SocketIoTestClient(sim.socketIoPort())) {
            GenericMessage response = client.login(60);
            assertEquals("StartApplicationSessionPosResponse", response.name());
            Awaitility.await().atMost(Duration.ofSeconds(5))
                    .until(() -> client.namedEvents.contains("StartApplicationSessionPosResponse"));
        }
    }
}
