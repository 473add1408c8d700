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
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camelcsta.simulator.CstaSimulator;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The call log in active-active mode: two instances of the application, each a JVM of its own, log the calls of one
 * PBX (the simulator, standalone as far as they know) into the table of one database (an H2 server). One is killed
 * with SIGKILL ({@link Process#destroyForcibly()}) during steady calls, as a crash would: no shutdown hook, no goodbye
 * to the database or the PBX. A JVM rather than a second CamelContext, because only a real kill shows that nothing
 * the dead instance held (its open legs, a claim it had not committed) was needed. Every call is in the log exactly
 * once.
 */
class HighAvailabilityTest {

    private static final List<String> DEVICES = List.of("150", "151");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final List<Process> instances = new ArrayList<>();
    private CstaSimulator pbx;
    private Server database;

    @AfterEach
    void stop() {
        instances.forEach(Process::destroyForcibly);
        if (pbx != null) {
            pbx.stop();
        }
        if (database != null) {
            database.stop();
        }
    }

    @Test
    @Timeout(120)
    void killingAnInstanceLosesNoCallAndLogsNoneTwice() throws Exception {
        pbx = CstaSimulator.builder().xmlPort(0).socketIoPort(CstaSimulator.DISABLED).httpPort(CstaSimulator.DISABLED)
                .httpsPort(CstaSimulator.DISABLED).controlPort(CstaSimulator.DISABLED).build();
        pbx.start();
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "ha-");
        int port = freePort();
        database = Server.createTcpServer("-tcpPort", Integer.toString(port), "-baseDir", dir.toAbsolutePath().toString(),
                "-ifNotExists").start();
        String url = "jdbc:h2:tcp://127.0.0.1:" + port + "/./calls;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;LOCK_TIMEOUT=60000";
        for (int i = 0; i < 2; i++) {
            instances.add(launch(dir, "node" + i, url));
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

        JdbcTemplate sql = new JdbcTemplate(new DriverManagerDataSource(url));
        await().atMost(Duration.ofSeconds(30)).until(() -> lines(sql).size() >= legs.size());
        Map<String, Long> lines = lines(sql).stream()
                .collect(Collectors.groupingBy(line -> line.path("callId").asText(), Collectors.counting()));
        for (String leg : legs) {
            assertEquals(1L, lines.getOrDefault(leg, 0L), "lines of " + leg + " in " + lines(sql));
        }
        assertEquals(legs.size(), lines(sql).size());
        // one claim per line: a line that a second instance tried to write (the claim failed) would show in its log
        assertEquals(legs.size(), sql.queryForObject("SELECT COUNT(*) FROM CAMEL_MESSAGEPROCESSED", Integer.class));
        for (int i = 0; i < instances.size(); i++) {
            assertFalse(Files.readString(dir.resolve("node" + i + ".out")).contains("Cannot write the call log"), "node" + i);
        }
    }

    /** The lines of the call log's table, parsed. */
    private static List<JsonNode> lines(JdbcTemplate sql) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : sql.queryForList("SELECT line FROM call_log", String.class)) {
            lines.add(MAPPER.readTree(line));
        }
        return lines;
    }

    private Process launch(Path dir, String node, String databaseUrl) throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-XX:TieredStopAtLevel=1", "-cp", classPath, ExamplesApplication.class.getName(),
                "--csta.host=127.0.0.1", "--csta.port=" + pbx.xmlPort(), "--csta.username=" + PbxConnection.SIMULATOR_USER,
                "--csta.password=" + PbxConnection.SIMULATOR_PASSWORD,
                "--csta.pbx-domain=" + PbxConnection.SIMULATOR_PBX_DOMAIN,
                "--examples.call-log.file=" + dir.resolve("calls.jsonl"),
                "--examples.call-log.devices=" + String.join(",", DEVICES),
                "--examples.transcript.devices=" + String.join(",", DEVICES), "--examples.ha.mode=active-active",
                "--examples.ha.node=" + node, "--examples.ha.database-url=" + databaseUrl);
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(node + ".out").toFile()).start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
