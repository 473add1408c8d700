package org.camelcsta.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The provider's own Node.js example (socket.io-client 2.x: polling first, then the websocket upgrade) against
 * the simulator, 20 times in a row: it logs in and gets MonitorStartResponse, MakeCallResponse and an
 * EstablishedEvent every time. This is the proof that the upgrade stall of netty-socketio is worked around
 * (see UpgradeNoopPump); {@code upgrade-race.js} sends its login while the upgrade is under way, the case that
 * stalled most often.
 */
class SeedNodeExampleTest {

    private static final Path NODE_DIR = Path.of("src", "test", "node");
    private static final int RUNS = 20;

    private static CstaSimulator sim;

    @BeforeAll
    static void start() {
        boolean installed = Files.isDirectory(NODE_DIR.resolve("node_modules").resolve("socket.io-client"));
        if (!installed && System.getenv("CI") != null) {
            throw new AssertionError("node_modules is missing in " + NODE_DIR.toAbsolutePath()
                    + ": .ci/run must call csta-simulator/src/test/node/install.sh before Maven");
        }
        Assumptions.assumeTrue(installed, "the seed's Node.js example is not installed: run "
                + "csta-simulator/src/test/node/install.sh (npm install) to include this test");
        sim = CstaSimulator.builder().xmlPort(-1).socketIoPort(0).httpPort(-1).httpsPort(-1).controlPort(-1)
                .externalAutoAnswer(Duration.ofMillis(50)).build();
        sim.start();
        sim.autoAnswer("321", Duration.ofMillis(50)); // the example calls 321 and waits for EstablishedEvent
    }

    @AfterAll
    static void stop() {
        if (sim != null) {
            sim.stop();
        }
    }

    @Test
    void seedExampleSucceedsTwentyTimesInARow() throws Exception {
        for (int run = 1; run <= RUNS; run++) {
            String output = runNode("seed-example.js", run);
            assertTrue(output.contains("got MonitorStartResponse"), output);
            assertTrue(output.contains("got MakeCallResponse"), output);
            assertTrue(output.contains("got EstablishedEvent"), output);
        }
    }

    @Test
    void loginSentWhileUpgradingIsAnsweredEveryTime() throws Exception {
        for (int run = 1; run <= RUNS; run++) {
            runNode("upgrade-race.js", run);
        }
    }

    private static String runNode(String script, int run) throws IOException, InterruptedException {
        Process node = new ProcessBuilder("node", script, Integer.toString(sim.socketIoPort()))
                .directory(NODE_DIR.toFile()).redirectErrorStream(true).start();
        boolean ended = node.waitFor(30, TimeUnit.SECONDS);
        if (!ended) {
            node.destroyForcibly();
        }
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(ended, script + " run " + run + " did not end:\n" + output);
        assertEquals(0, node.exitValue(), script + " run " + run + " failed:\n" + output);
        return output;
    }
}
