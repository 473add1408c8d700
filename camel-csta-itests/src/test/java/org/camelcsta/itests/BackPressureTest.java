package org.camelcsta.itests;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import org.camelcsta.client.ClientResources;
import org.camelcsta.client.CstaSession;
import org.camelcsta.client.SessionSettings;
import org.camelcsta.client.TransportType;
import org.camelcsta.protocol.model.CallEvent;
import org.camelcsta.simulator.CstaSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A subscriber that falls behind: the session stops reading from the server (on both event transports)
 * and, once the subscriber catches up, every event arrives, in order.
 */
class BackPressureTest {

    private static final int CALLS = 60;

    private CstaSimulator simulator;
    private ClientResources resources;
    private CstaSession session;

    @BeforeEach
    void start() {
        simulator = CstaSimulator.builder().xmlPort(0).socketIoPort(0).httpPort(CstaSimulator.DISABLED)
                .httpsPort(CstaSimulator.DISABLED).controlPort(CstaSimulator.DISABLED).build();
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
        session = new CstaSession(SessionSettings.builder().transport(transport).host("127.0.0.1")
                .port(transport == TransportType.XML ? simulator.xmlPort() : simulator.socketIoPort())
                .credentials(SimulatorTestSupport.USER, SimulatorTestSupport.PASSWORD, SimulatorTestSupport.DOMAIN)
                .build(), resources);
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
}
