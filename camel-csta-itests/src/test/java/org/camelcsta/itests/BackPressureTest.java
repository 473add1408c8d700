package org.camelcsta.itests;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.camelcsta.client.ClientResources;
import org.camelcsta.client.CstaSession;
import org.camelcsta.client.EventHandler;
import org.camelcsta.client.SessionSettings;
import org.camelcsta.client.TransportType;
import org.camelcsta.protocol.model.CallEvent;
import org.camelcsta.protocol.model.CstaEvent;
import org.camelcsta.simulator.CstaSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A subscriber that falls behind: the session holds reading from the server back (on both event transports)
 * and, once the subscriber catches up, every event arrives, in order. Over socket.io, whose heartbeats share the
 * connection with the events, a subscriber slower than the heartbeat's timeout costs neither the connection nor
 * an event, and a reader held at the byte budget never outlives its connection.
 */
class BackPressureTest {

    private static final int CALLS = 60;

    private CstaSimulator simulator;
    private ClientResources resources;
    private CstaSession session;

    @BeforeEach
    void start() {
        // a heartbeat much shorter than the subscriber's delays below
        simulator = CstaSimulator.builder().xmlPort(0).socketIoPort(0).httpPort(CstaSimulator.DISABLED)
                .httpsPort(CstaSimulator.DISABLED).controlPort(CstaSimulator.DISABLED)
                .socketIoHeartbeat(Duration.ofMillis(200), Duration.ofMillis(300)).build();
        simulator.start();
        resources = ClientResources.create(2, Executors.newFixedThreadPool(2), true);
    }

    @AfterEach
    void stop() {
        if (session != null) {
            session.close();
        }
        resources.close();
        simulator.stop();
    }

    @ParameterizedTest
    @EnumSource(value = TransportType.class, names = { "XML", "SOCKETIO" })
    void aSlowSubscriberPausesReadingAndLosesNothing(TransportType transport) throws Exception {
        session = new CstaSession(settings(transport).build(), resources);
        CountDownLatch release = new CountDownLatch(1);
        List<String> legs = new CopyOnWriteArrayList<>();
        session.subscribe(List.of("191"), event -> {
            release.await();
            legs.add(((CallEvent) event).connection().callId());
            return null;
        }, 4);
        await().until(() -> simulator.monitorCount("191") == 1);

        for (int i = 0; i < CALLS; i++) {
            simulator.incomingCall("5550" + (1000 + i), "191");
        }
        await().atMost(Duration.ofSeconds(10)).until(session::isReadingPaused);
        release.countDown();
        await().atMost(Duration.ofSeconds(20)).until(() -> legs.size() == CALLS);
        List<String> sorted = legs.stream().sorted().toList();
        assertEquals(sorted, legs, "in the order the calls came");
        await().until(() -> !session.isReadingPaused());
    }

    @Test
    void aSocketIoSubscriberSlowerThanTheHeartbeatKeepsItsConnectionAndLosesNothing() {
        session = new CstaSession(settings(TransportType.SOCKETIO).build(), resources);
        CountDownLatch release = new CountDownLatch(1);
        List<String> legs = new CopyOnWriteArrayList<>();
        session.subscribe(List.of("191"), event -> {
            release.await();
            legs.add(((CallEvent) event).connection().callId());
            return null;
        }, 2);
        await().until(() -> simulator.monitorCount("191") == 1);
        String sessionId = session.sessionId();

        for (int i = 0; i < CALLS; i++) {
            simulator.incomingCall("5550" + (1000 + i), "191");
        }
        // held for several heartbeat timeouts: the connection and its session stay
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(5))
                .until(() -> session.isLoggedIn() && sessionId.equals(session.sessionId()));
        release.countDown();
        await().atMost(Duration.ofSeconds(20)).until(() -> legs.size() == CALLS);
        assertEquals(legs.stream().sorted().toList(), legs, "in the order the calls came");
        assertEquals(sessionId, session.sessionId(), "never reconnected");
        assertEquals(0, readersHeld(), "no reader thread held");
    }

    @Test
    void aSocketIoReaderHeldAtTheByteBudgetNeverOutlivesItsConnection() {
        AtomicInteger lost = new AtomicInteger();
        session = new CstaSession(settings(TransportType.SOCKETIO).maxQueuedBytes(2_000).build(), resources);
        CountDownLatch release = new CountDownLatch(1);
        session.subscribe(List.of("191"), new EventHandler() {
            @Override
            public CompletionStage<?> onEvent(CstaEvent event) throws Exception {
                release.await();
                return null;
            }

            @Override
            public void onSessionFailure(Throwable error) {
                lost.incrementAndGet();
            }
        }, 2);
        await().until(() -> simulator.monitorCount("191") == 1);
        try {
            for (int i = 0; i < CALLS; i++) {
                simulator.incomingCall("5550" + (1000 + i), "191");
            }
            // at the budget the reader is held, the heartbeat goes unread, and the connection ends, more than once
            await().atMost(Duration.ofSeconds(15)).until(() -> lost.get() >= 2);
            assertTrue(readersHeld() <= 1, "only the current connection's reader may be held: " + readersHeld());
        } finally {
            release.countDown();
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> session.isLoggedIn() && simulator.monitorCount("191") == 1);
    }

    private SessionSettings.Builder settings(TransportType transport) {
        return SessionSettings.builder().transport(transport).host("127.0.0.1")
                .port(transport == TransportType.XML ? simulator.xmlPort() : simulator.socketIoPort())
                .credentials(SimulatorTestSupport.USER, SimulatorTestSupport.PASSWORD, SimulatorTestSupport.DOMAIN)
                .reconnectDelay(Duration.ofMillis(50), Duration.ofMillis(200))
                .connectTimeout(Duration.ofSeconds(2));
    }

    /** Threads parked in the socket.io transport's read pause. */
    private static long readersHeld() {
        return Thread.getAllStackTraces().values().stream()
                .filter(stack -> Arrays.stream(stack).anyMatch(frame -> frame.getClassName().endsWith(".ReadPause")))
                .count();
    }
}
