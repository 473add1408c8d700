package org.camelcsta.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.awaitility.Awaitility;
import org.camelcsta.simulator.pbx.PbxException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The control API over HTTP and in Java, and the standalone command line. */
class ControlApiAndCliTest {

    private static CstaSimulator sim;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        sim = CstaSimulator.builder().xmlPort(-1).socketIoPort(-1).httpPort(-1).httpsPort(-1).controlPort(0).build();
        sim.start();
    }

    @AfterAll
    static void stop() {
        sim.stop();
    }

    @Test
    void phonesOverHttp() throws Exception {
        HttpResponse<String> created = call("POST", "/calls", "{\"from\": \"22334455\", \"to\": \"185\", \"name\": \"Bob\"}");
        assertEquals(201, created.statusCode(), created.body());
        JsonNode call = JSON.readTree(created.body());
        assertEquals("ALERTING", call.at("/legs/1/state").asText());
        assertEquals("185", call.at("/legs/1/device").asText());
        assertTrue(call.at("/legs/1/callId").asText().startsWith("SIP/hpbx-"));

        assertEquals(200, call("POST", "/devices/185/answer", "").statusCode());
        assertTrue(sim.connected("22334455", "185"));
        JsonNode calls = JSON.readTree(call("GET", "/calls", null).body());
        assertTrue(calls.toString().contains("CONNECTED"), calls.toString());
        assertEquals(200, call("POST", "/devices/185/hangup", "").statusCode());
        assertTrue(sim.calls().stream().noneMatch(c -> c.involves("185")));

        assertEquals(200, call("PUT", "/devices/186/auto-answer", "{\"delayMs\": 10}").statusCode());
        call("POST", "/calls", "{\"from\": \"22334455\", \"to\": \"186\"}");
        Awaitility.await().atMost(Duration.ofSeconds(2)).until(() -> sim.connected("22334455", "186"));
        assertEquals(200, call("PUT", "/devices/186/auto-answer", "{\"delayMs\": null}").statusCode());
        sim.hangup("186");
    }

    @Test
    void controlErrorsAreJson() throws Exception {
        HttpResponse<String> unknownDevice = call("POST", "/calls", "{\"from\": \"1\", \"to\": \"999\"}");
        assertEquals(404, unknownDevice.statusCode());
        assertTrue(JSON.readTree(unknownDevice.body()).get("error").asText().contains("999"));
        assertEquals(409, call("POST", "/devices/187/answer", "").statusCode());
        assertEquals(400, call("POST", "/calls", "{not json").statusCode());
        assertEquals(400, call("POST", "/calls", "{\"to\": \"187\"}").statusCode());
        assertEquals(405, call("GET", "/devices/187/answer", null).statusCode());
        assertEquals(404, call("GET", "/nothing", null).statusCode());
    }

    @Test
    void javaControlApiRefusesImpossibleActions() {
        PbxException nothingRings = assertThrows(PbxException.class, () -> sim.answer("188"));
        assertEquals("stateIncompatibility", nothingRings.category());
        assertThrows(IllegalStateException.class, () -> sim.hangup("188"));
        assertThrows(IllegalStateException.class, () -> sim.incomingCall("22334455", "999"));
    }

    @Test
    void commandLineStartsPrintsPortsAndRefusesBadOptions() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CstaSimulatorMain.Launch launch = CstaSimulatorMain.launch(new String[] { "--xml-port", "0",
                "--socketio-port=-1", "--http-port", "-1", "--https-port", "-1", "--control-port", "-1",
                "--user", "ann@example:secret@99999999.pbx.one-connect.dk", "--devices", "200-209",
                "--max-session-duration", "5", "--auto-answer-ms", "100", "--allow", "127.0.0.1/32" },
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, launch.exitCode(), err.toString(StandardCharsets.UTF_8));
            CstaSimulator started = launch.simulator();
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("TCP/XML      port " + started.xmlPort()));
            assertEquals(-1, started.socketIoPort());
            started.incomingCall("22334455", "205");
            assertThrows(IllegalStateException.class, () -> started.incomingCall("22334455", "100"));
        } finally {
            launch.simulator().stop();
        }
        assertTrue(!out.toString(StandardCharsets.UTF_8).contains("secret"));

        ByteArrayOutputStream badErr = new ByteArrayOutputStream();
        CstaSimulatorMain.Launch bad = CstaSimulatorMain.launch(new String[] { "--xml-port", "seven" },
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(badErr, true, StandardCharsets.UTF_8));
        assertEquals(2, bad.exitCode());
        assertNull(bad.simulator());
        assertTrue(badErr.toString(StandardCharsets.UTF_8).contains("--xml-port needs a number"));
        assertEquals(2, CstaSimulatorMain.launch(new String[] { "--frobnicate", "1" }, System.out,
                new PrintStream(new ByteArrayOutputStream())).exitCode());
        assertEquals(2, CstaSimulatorMain.launch(new String[] { "--user", "nopassword" }, System.out,
                new PrintStream(new ByteArrayOutputStream())).exitCode());

        ByteArrayOutputStream help = new ByteArrayOutputStream();
        assertEquals(0, CstaSimulatorMain.launch(new String[] { "--help" },
                new PrintStream(help, true, StandardCharsets.UTF_8), System.err).exitCode());
        assertTrue(help.toString(StandardCharsets.UTF_8).contains("--max-session-duration"));
    }

    @Test
    void portInUseFailsTheStart() {
        CstaSimulator second = CstaSimulator.builder().xmlPort(-1).socketIoPort(-1).httpPort(-1).httpsPort(-1)
                .controlPort(sim.controlPort()).build();
        assertThrows(java.io.UncheckedIOException.class, second::start);
    }

    private static HttpResponse<String> call(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + sim.controlPort() + path))
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json") // the control port refuses writes of any other type
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
