package org.camelcsta.itests.faults;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.SnapshotDevice;
import org.camelcsta.protocol.model.StartApplicationSession;
import org.camelcsta.simulator.CstaSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hostile frames of {@link HostileFrames} sent to the simulator by a raw client, with numbered snapshot
 * requests between them: the simulator keeps the session and answers every request, in order. Frames over its
 * size limit are left out: the simulator answers those with {@code frameTooLarge} and closes, by design.
 */
class SimulatorHostileFrameTest {

    private static final long SEED = 20_251_011L;
    private static final int HOSTILE = 10_400;
    private static final int HOSTILE_PER_VALID = 4;
    private static final int FRAME_LIMIT = 64 * 1024;

    private CstaSimulator simulator;
    private RawXmlClient client;

    @BeforeEach
    void startSimulatorAndLogIn() throws IOException {
        simulator = CstaSimulator.builder().xmlPort(0).socketIoPort(CstaSimulator.DISABLED)
                .httpPort(CstaSimulator.DISABLED).httpsPort(CstaSimulator.DISABLED)
                .controlPort(CstaSimulator.DISABLED).build();
        simulator.start();
        client = RawXmlClient.connect(simulator.xmlPort());
        client.send(new StartApplicationSession(ChaosRun.USER, ChaosRun.PASSWORD, ChaosRun.DOMAIN, 3600), "login");
        await().until(() -> simulator.sessionCount() == 1);
    }

    @AfterEach
    void stop() throws IOException {
        if (client != null) {
            client.close();
        }
        if (simulator != null) {
            simulator.stop();
        }
    }

    @Test
    void theSimulatorKeepsTheSessionAndAnswersEveryValidRequestInOrder() throws IOException {
        HostileFrames hostile = new HostileFrames("M1", FRAME_LIMIT, false, SEED);
        int number = 0;
        int written = 0;
        try {
            for (; written < HOSTILE; written++) {
                client.send(hostile.next(), false);
                if ((written + 1) % HOSTILE_PER_VALID == 0) {
                    client.send(new SnapshotDevice("130"), "v" + ++number);
                }
            }
        } catch (IOException closedByTheSimulator) {
            // reported below
        }
        int hostileWritten = written;
        int validSent = number;
        await().atMost(Duration.ofSeconds(60)).until(() -> !client.isOpen() || answered().size() >= validSent);

        List<GenericMessage> answers = answered();
        String figures = String.format("hostile frames written %,d of %,d; valid requests answered %,d of %,d, "
                        + "first out of order or refused at %d; connection open %s; sessions %d", hostileWritten, HOSTILE,
                answers.size(), validSent, firstWrong(answers), client.isOpen(), simulator.sessionCount());
        System.out.println("Hostile frames at the simulator: " + figures);
        assertAll(figures,
                () -> assertEquals(HOSTILE, hostileWritten, "hostile frames written before the simulator closed"),
                () -> assertTrue(client.isOpen(), "the connection is open"),
                () -> assertEquals(1, simulator.sessionCount(), "sessions"),
                () -> assertEquals(validSent, answers.size(), "valid requests answered"),
                () -> assertEquals(-1, firstWrong(answers), "the first answer out of order or not a snapshot"));
    }

    private List<GenericMessage> answered() {
        return client.received().stream()
                .filter(m -> m.requestId() != null && m.requestId().startsWith("v")).toList();
    }

    private static int firstWrong(List<GenericMessage> answers) {
        for (int i = 0; i < answers.size(); i++) {
            GenericMessage answer = answers.get(i);
            if (!answer.requestId().equals("v" + (i + 1)) || !answer.name().equals("SnapshotDeviceResponse")) {
                return i;
            }
        }
        return -1;
    }
}
