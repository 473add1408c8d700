package org.camelcsta.examples;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.camelcsta.component.CstaComponent;
import org.camelcsta.component.CstaConfiguration;
import org.camelcsta.component.CstaConstants;
import org.camelcsta.simulator.CstaSimulator;
import org.camelcsta.simulator.LegState;
import org.camelcsta.simulator.SimulatedCall;
import org.camelcsta.simulator.SimulatedLeg;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The application as it runs, on ephemeral ports with its embedded simulator (the demo itself off): each of the five
 * routes does its job, as the simulator's call state, the HTTP answers and the call log show. The tests play the
 * phones; each uses its own devices, so that their order does not matter.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExamplesRoutesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ExamplesApplication app;
    private CstaSimulator simulator;
    private ProducerTemplate template;
    private Path callLog;
    private int httpPort;

    @BeforeAll
    void startTheApplication(@TempDir Path dir) {
        callLog = dir.resolve("logs/calls.jsonl");
        app = new ExamplesApplication(Map.of(
                "examples.call-log.file", callLog.toString(),
                // 999 is no device of the PBX: the route lets it through, so that the PBX's refusal shows
                "examples.click-to-call.devices", "150-159,999",
                "examples.simulator.external-auto-answer", "100ms",
                // the README's advice for a longer session
                "camel.component.csta.session-duration", "600"));
        app.start();
        simulator = app.simulator();
        assertNotNull(simulator, "the application starts its simulator when no CSTA_HOST is set");
        template = app.context().createProducerTemplate();
        httpPort = app.httpPort();
        assertTrue(httpPort > 0);
        // the monitors start once the session is logged in
        await().until(() -> List.of("120", "121", "130", "131", "140", "141", "150", "160").stream()
                .allMatch(device -> simulator.monitorCount(device) > 0));
    }

    @AfterAll
    void stopTheApplication() {
        if (app != null) {
            app.stop();
        }
    }

    /** The README's advice for a longer session sets one property; the desk's component copies it. */
    @Test
    void aPropertyOfTheCstaComponentReachesTheDesksComponentToo() {
        CstaConfiguration csta = app.context().getComponent("csta", CstaComponent.class).getConfiguration();
        CstaConfiguration desk = app.context().getComponent(PbxConnection.DESK_COMPONENT, CstaComponent.class)
                .getConfiguration();
        assertEquals(600, csta.getSessionDuration());
        assertEquals(600, desk.getSessionDuration());
        assertEquals("current", desk.getDialect());
        assertEquals(csta.getPort(), desk.getPort());
    }

    @Test
    void route1TheExampleFlowTransfersTheCallItPlacedOnceAnswered() {
        simulator.autoAnswer("121", Duration.ZERO);
        Exchange made = template.request("direct:example-flow", e -> { });
        assertNull(made.getException());
        String leg = made.getMessage().getHeader(CstaConstants.CALL_ID, String.class);

        await().until(() -> simulator.connected("4570203040", "121"));
        assertFalse(simulator.calls().stream().anyMatch(call -> call.involves("120")), "120 left the call");

        simulator.hangup("4570203040");
        JsonNode line = await().until(() -> CallLogFile.lineOf(callLog, leg).orElse(null), l -> l != null);
        assertEquals("120", line.get("device").asText());
        assertEquals("outbound", line.get("direction").asText());
        assertEquals("4570203040", line.get("callee").asText());
        assertEquals("transferred", line.get("outcome").asText());
        assertEquals("singleStepTransfer", line.get("cause").asText());
        await().until(() -> CallLogFile.linesOf(callLog, "121").stream()
                .anyMatch(l -> l.get("outcome").asText().equals("completed")
                        && l.get("caller").asText().equals("4570203040")
                        && l.get("releasedBy").asText().equals("4570203040")));
    }

    @Test
    void route1LeavesCallsThatRingAtTheDeviceAlone() {
        simulator.incomingCall("55500120", "120");
        simulator.answer("120");
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                .until(() -> simulator.connected("55500120", "120"));
        simulator.hangup("120");
    }

    @Test
    void route2UnattendedTransferHandsTheCallOn() {
        SimulatedCall call = simulator.incomingCall("55501234", "130", "Alice");
        simulator.answer("130");
        simulator.autoAnswer("131", Duration.ZERO);

        Exchange reply = template.request("direct:unattended-transfer",
                e -> e.getIn().setHeaders(Map.of("device", "130", "transferTo", "131")));
        assertNull(reply.getException());
        await().until(() -> simulator.connected("55501234", "131"));
        assertFalse(simulator.connected("55501234", "130"));
        assertEquals(legOf("131").callId(), reply.getMessage().getHeader(CstaConstants.CALL_ID),
                "the reply names the call's new leg");

        simulator.hangup("131");
        String leg130 = call.callId("130");
        JsonNode line = await().until(() -> CallLogFile.lineOf(callLog, leg130).orElse(null), l -> l != null);
        assertEquals("transferred", line.get("outcome").asText());
        assertEquals("Alice", line.get("callerName").asText());
        assertEquals("55501234", line.get("caller").asText());
    }

    @Test
    void route2RefusesADeviceWithoutACall() {
        Exchange reply = template.request("direct:unattended-transfer",
                e -> e.getIn().setHeaders(Map.of("device", "132", "transferTo", "131")));
        IllegalStateException error = assertInstanceOf(IllegalStateException.class, reply.getException());
        assertEquals("device 132 has no call to transfer", error.getMessage());
    }

    @Test
    void route3AttendedTransferConsultsAndCompletesWhenTheMiddleHangsUp() {
        simulator.incomingCall("55509876", "140", "Bob");
        simulator.answer("140");
        simulator.autoAnswer("141", Duration.ZERO);

        Exchange reply = template.request("direct:attended-transfer",
                e -> e.getIn().setHeaders(Map.of("device", "140", "consult", "141")));
        assertNull(reply.getException());
        await().until(() -> simulator.connected("140", "141"));
        SimulatedCall held = simulator.calls().stream().filter(c -> c.involves("55509876")).findFirst().orElseThrow();
        assertEquals(LegState.HELD, held.leg("140").orElseThrow().state(), "the caller waits on hold");

        simulator.hangup("140"); // the middle device: the transfer completes
        await().until(() -> simulator.connected("55509876", "141"));
        assertFalse(simulator.calls().stream().anyMatch(c -> c.involves("140")));

        simulator.hangup("55509876");
        await().until(() -> CallLogFile.linesOf(callLog, "140").stream()
                .filter(l -> l.get("cause").asText().equals("transferred")).count() == 2);
        await().until(() -> CallLogFile.linesOf(callLog, "141").stream()
                .anyMatch(l -> l.get("outcome").asText().equals("completed")));
    }

    @Test
    void route4ClickToCallPlacesTheCallAndAnswersItsCallId() throws Exception {
        HttpResponse<String> response = TestHttp.post(httpPort, "/calls", "{\"from\": \"150\", \"to\": \"4570203041\"}");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode body = MAPPER.readTree(response.body());
        assertEquals(1, body.size(), response.body());
        assertEquals(legOf("150").callId(), body.get("callId").asText());
        await().until(() -> simulator.connected("150", "4570203041"));
        simulator.hangup("150");
        await().until(() -> CallLogFile.lineOf(callLog, body.get("callId").asText()).isPresent());
    }

    @Test
    void route4AnswersBadInputWith400() throws Exception {
        for (String bad : List.of("{\"from\": \"150\"", "{\"from\": \"150\"}", "{\"to\": \"4570203041\"}", "[]", "",
                "\"150\"", "{\"from\": \"150\", \"to\": \"45 70; DROP\"}", "{\"from\": {}, \"to\": \"4570203041\"}")) {
            HttpResponse<String> response = TestHttp.post(httpPort, "/calls", bad);
            assertEquals(400, response.statusCode(), bad + " -> " + response.body());
            JsonNode error = MAPPER.readTree(response.body());
            assertEquals("bad request", error.get("error").asText(), bad);
            assertFalse(error.get("details").asText().isBlank());
        }
        assertTrue(simulator.calls().stream().noneMatch(call -> call.involves("150")), "no call was placed");
    }

    @Test
    void route4RefusesAFormAndEchoesNoRequestHeader() throws Exception {
        // curl -d sends a form unless told otherwise
        HttpResponse<String> response = TestHttp.post(httpPort, "/calls", "{\"from\": \"150\", \"to\": \"4570203041\"}",
                "application/x-www-form-urlencoded", "X-Request-Header", "echo?");
        assertEquals(415, response.statusCode(), response.body());
        assertEquals("unsupported media type", MAPPER.readTree(response.body()).get("error").asText());
        assertTrue(response.headers().firstValue("X-Request-Header").isEmpty(), response.headers().toString());
        assertTrue(simulator.calls().stream().noneMatch(call -> call.involves("150")), "no call was placed");
    }

    @Test
    void route4NamesTheErrorOfARefusedCall() throws Exception {
        HttpResponse<String> response = TestHttp.post(httpPort, "/calls", "{\"from\": \"999\", \"to\": \"4570203041\"}");
        assertEquals(422, response.statusCode(), response.body());
        JsonNode error = MAPPER.readTree(response.body());
        assertEquals("operation: invalidDeviceID", error.get("error").asText());
        assertTrue(error.get("details").asText().contains("999"), response.body());
    }

    @Test
    void route4RefusesAPageThatRepointedItsNameAtLoopback() throws Exception {
        // DNS rebinding: the browser connects to 127.0.0.1 but names the attacker's host
        String body = "{\"from\": \"150\", \"to\": \"4570203041\"}";
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", httpPort)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /calls HTTP/1.1\r\nHost: attacker.example:" + httpPort
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length()
                    + "\r\nConnection: close\r\n\r\n" + body).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(response.startsWith("HTTP/1.1 403"), response);
        }
        assertTrue(simulator.calls().stream().noneMatch(call -> call.involves("150")), "no call was placed");
    }

    @Test
    void route4OnlyTakesPost() throws Exception {
        assertEquals(405, TestHttp.get(httpPort, "/calls").statusCode());
    }

    @Test
    void route5LogsAnsweredAndMissedCallsWithTheirTimes() {
        SimulatedCall answered = simulator.incomingCall("55502222", "160", "Dora");
        simulator.answer("160");
        simulator.hangup("160");
        SimulatedCall missed = simulator.incomingCall("55501111", "160");
        simulator.hangup("55501111");

        JsonNode completed = await().until(() -> CallLogFile.lineOf(callLog, answered.callId("160")).orElse(null),
                l -> l != null);
        assertEquals("160", completed.get("device").asText());
        assertEquals("inbound", completed.get("direction").asText());
        assertEquals("55502222", completed.get("caller").asText());
        assertEquals("160", completed.get("callee").asText());
        assertEquals("Dora", completed.get("callerName").asText());
        assertEquals("completed", completed.get("outcome").asText());
        assertEquals("normalClearing", completed.get("cause").asText());
        assertEquals("160", completed.get("releasedBy").asText());
        assertEquals(answered.globalCallLinkageId(), completed.get("globalCallId").asText());
        Instant start = Instant.parse(completed.get("start").asText());
        Instant answer = Instant.parse(completed.get("answer").asText());
        Instant end = Instant.parse(completed.get("end").asText());
        assertFalse(answer.isBefore(start) || end.isBefore(answer));
        assertEquals(Duration.between(start, end).toMillis(), completed.get("durationMillis").asLong());
        assertEquals(Duration.between(answer, end).toMillis(), completed.get("talkMillis").asLong());

        JsonNode unanswered = await().until(() -> CallLogFile.lineOf(callLog, missed.callId("160")).orElse(null),
                l -> l != null);
        assertEquals("unanswered", unanswered.get("outcome").asText());
        assertTrue(unanswered.get("answer").isNull());
        assertEquals(0, unanswered.get("talkMillis").asLong());
        assertEquals("55501111", unanswered.get("releasedBy").asText());
        assertTrue(unanswered.get("callerName").isNull());
    }

    private SimulatedLeg legOf(String device) {
        return simulator.calls().stream().flatMap(call -> call.leg(device).stream()).findFirst()
                .orElseThrow(() -> new AssertionError(device + " is in no call: " + simulator.calls()));
    }
}
