package org.camelcsta.itests.faults;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.camelcsta.protocol.model.SnapshotDevice;
import org.camelcsta.protocol.model.StartApplicationSession;
import org.camelcsta.simulator.CstaSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Each kind of {@link HostileFrames} alone at the simulator, on its own connection: which kinds end the session.
 * The stream test says that the session survives; this one names the kinds that end it.
 */
class SimulatorHostileKindsTest {

    private static final int FRAME_LIMIT = 64 * 1024;

    private CstaSimulator simulator;

    @BeforeEach
    void startSimulator() {
        simulator = CstaSimulator.builder().xmlPort(0).socketIoPort(CstaSimulator.DISABLED)
                .httpPort(CstaSimulator.DISABLED).httpsPort(CstaSimulator.DISABLED)
                .controlPort(CstaSimulator.DISABLED).build();
        simulator.start();
    }

    @AfterEach
    void stopSimulator() {
        simulator.stop();
    }

    @Test
    void noKindOfHostileFrameEndsTheSession() throws IOException {
        HostileFrames hostile = new HostileFrames("M1", FRAME_LIMIT, false, 7);
        List<String> fatal = new ArrayList<>();
        for (String kind : hostile.kindNames()) {
            try (RawXmlClient client = RawXmlClient.connect(simulator.xmlPort())) {
                client.send(new StartApplicationSession(ChaosRun.USER, ChaosRun.PASSWORD, ChaosRun.DOMAIN, 3600), "login");
                await().until(() -> client.received().size() == 1);
                client.send(hostile.next(), true);
                client.send(new SnapshotDevice("130"), "after");
                await().atMost(Duration.ofSeconds(5)).until(() -> !client.isOpen()
                        || client.received().stream().anyMatch(m -> "after".equals(m.requestId())));
                if (!client.isOpen()) {
                    fatal.add(kind);
                }
            }
        }
        assertEquals(List.of(), fatal, "the kinds of frame that end the session");
    }
}
