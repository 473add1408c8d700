package org.camelcsta.examples;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.camelcsta.simulator.CstaSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The call log in active-active mode: two instances of the application, each a JVM of its own, log the calls of one
 * PBX (the simulator, standalone as far as they know) into one file. One is killed with SIGKILL
 * ({@link Process#destroyForcibly()}) during steady calls, as a crash would: no shutdown hook, no goodbye to the
 * Hazelcast cluster or the PBX. A JVM rather than a second CamelContext, because only a real kill shows that nothing
 * the dead instance held (its open legs, its Hazelcast partitions) was needed. Every call is in the log exactly once.
 */
class HighAvailabilityTest {

    private static final List<String> DEVICES = List.of("150", "151");

    private final List<Process> instances = new ArrayList<>();
    private CstaSimulator pbx;

    @AfterEach
    void stop() {
        instances.forEach(Process::destroyForcibly);
        if (pbx != null) {
            pbx.stop();
        }
    }

    @Test
    @Timeout(120)
    void killingAnInstanceLosesNoCallAndLogsNoneTwice() throws Exception {
        pbx = CstaSimulator.builder().xmlPort(0).socketIoPort(CstaSimulator.DISABLED).httpPort(CstaSimulator.DISABLED)
                .httpsPort(CstaSimulator.DISABLED).controlPort(CstaSimulator.DISABLED).build();
        pbx.start();
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "ha-");
        Path callLog = dir.resolve("calls.jsonl");
        int[] ports = {freePort(), freePort()};
        String members = "127.0.0.1:" + ports[0] + ",127.0.0.1:" + ports[1];
        for (int i = 0; i < 2; i++) {
            instances.add(launch(dir, "node" + i, callLog, ports[i], members));
        }
        await().atMost(Duration.ofSeconds(90)).until(() -> DEVICES.stream().allMatch(d -> pbx.monitorCount(d) == 2));

        List<String> legs = new ArrayList<>();
        for (int call = 0; call < 24; call++) {
            if (call == 12) {
                instances.get(0).destroyForcibly().waitFor();
            }
            String device = DEVICES.get(call % DEVICES.size());
            legs.add(pbx.incomingCall("5550" + (1000 + call), device).callId(device));
            pbx.answer(device);
            pbx.hangup(device);
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> CallLogFile.lines(callLog).size() >= legs.size());
        Map<String, Long> lines = CallLogFile.lines(callLog).stream()
                .collect(Collectors.groupingBy(line -> line.path("callId").asText(), Collectors.counting()));
        for (String leg : legs) {
            assertEquals(1L, lines.getOrDefault(leg, 0L), "lines of " + leg + " in " + CallLogFile.lines(callLog));
        }
        assertEquals(legs.size(), CallLogFile.lines(callLog).stream().map(JsonNode::toString).count());
    }

    private Process launch(Path dir, String node, Path callLog, int hazelcastPort, String members) throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-XX:TieredStopAtLevel=1", "-cp", classPath, ExamplesApplication.class.getName(),
                "--csta.host=127.0.0.1", "--csta.port=" + pbx.xmlPort(), "--csta.username=" + PbxConnection.SIMULATOR_USER,
                "--csta.password=" + PbxConnection.SIMULATOR_PASSWORD,
                "--csta.pbx-domain=" + PbxConnection.SIMULATOR_PBX_DOMAIN,
                "--examples.call-log.file=" + callLog, "--examples.call-log.devices=" + String.join(",", DEVICES),
                "--examples.transcript.devices=" + String.join(",", DEVICES), "--examples.ha.mode=active-active",
                "--examples.ha.node=" + node, "--examples.ha.hazelcast-port=" + hazelcastPort,
                "--examples.ha.hazelcast-members=" + members);
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(node + ".out").toFile()).start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
