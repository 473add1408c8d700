package org.camelcsta.simulator;

import static org.camelcsta.simulator.client.Requests.onLeg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camelcsta.protocol.codec.MessageBinder;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.MakeCall;
import org.camelcsta.protocol.model.MonitorStart;
import org.camelcsta.protocol.model.SnapshotDevice;
import org.camelcsta.simulator.client.EventLog;
import org.camelcsta.simulator.client.XmlSocketClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The control API over HTTP for the current API's PBX state: do-not-disturb, forwarding, queues and their agents,
 * the digits a call sent, and the requestID echo switch; each change reaches the monitors as the phone's would,
 * and bad input is a JSON error that changes nothing.
 */
class ControlApiPbxStateTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static CstaSimulator sim;
    private XmlSocketClient client;
    private EventLog events;

    @BeforeAll
    static void start() {
        sim = CstaSimulator.builder().xmlPort(0).socketIoPort(-1).httpPort(-1).httpsPort(-1).controlPort(0)
                .queue("400", "Customer Service", 20).build();
        sim.start();
    }

    @AfterAll
    static void stop() {
        sim.stop();
    }

    @BeforeEach
    void login() {
        client = new XmlSocketClient(sim.xmlPort());
        client.login(60);
        events = new EventLog(client);
    }

    @AfterEach
    void disconnect() {
        client.close();
        sim.calls().forEach(call -> sim.hangup(call.parties().get(0)));
    }

    @Test
    void doNotDisturbIsReadAndSetAsThePhoneWould() throws Exception {
        String monitor = monitor("150");
        assertEquals("{\"device\":\"150\",\"doNotDisturb\":false}", ok("GET", "/devices/150/dnd", null).toString());

        assertTrue(ok("PUT", "/devices/150/dnd", "{\"on\": true}").get("doNotDisturb").booleanValue());
        assertTrue(sim.doNotDisturb("150"));
        assertEquals("true", events.await("DoNotDisturbEvent", monitor).text("doNotDisturbOn"));
        assertTrue(ok("GET", "/devices/150/dnd", null).get("doNotDisturb").booleanValue());
        assertError(409, "do-not-disturb", send("POST", "/calls", "{\"from\": \"22334455\", \"to\": \"150\"}"));
        assertTrue(sim.calls().isEmpty(), "a call to a DND device rings nowhere");

        assertFalse(ok("PUT", "/devices/150/dnd", "{\"on\": false}").get("doNotDisturb").booleanValue());
        assertFalse(sim.doNotDisturb("150"));
    }

    @Test
    void forwardingIsReadAndSetAsThePhoneWould() throws Exception {
        String monitor = monitor("151");
        JsonNode rules = ok("GET", "/devices/151/forwarding", null).get("forwarding");
        assertEquals(List.of("forwardImmediate", "forwardNoAns"), types(rules));
        assertFalse(rules.get(0).get("on").booleanValue());

        JsonNode set = ok("PUT", "/devices/151/forwarding", "{\"type\": \"forwardImmediate\", \"target\": \"152\"}");
        assertEquals("{\"type\":\"forwardImmediate\",\"on\":true,\"target\":\"152\",\"ringDurationSeconds\":90}",
                set.get("forwarding").get(0).toString());
        GenericMessage event = events.await("ForwardingEvent", monitor);
        assertEquals("152", event.text("forwardTo"));
        sim.incomingCall("22334455", "151");
        assertTrue(sim.calls().get(0).involves("152"), "the call went on to 152: " + sim.calls());
        sim.hangup("152");

        ok("PUT", "/devices/151/forwarding", "{\"type\": \"forwardNoAns\", \"target\": \"153\", "
                + "\"ringDurationSeconds\": 15}");
        JsonNode both = ok("PUT", "/devices/151/forwarding", "{\"type\": \"forwardImmediate\", \"target\": null}")
                .get("forwarding");
        assertFalse(both.get(0).get("on").booleanValue(), both.toString());
        assertEquals(15, both.get(1).get("ringDurationSeconds").asInt(), both.toString());
        assertEquals(List.of("153"), sim.deviceSettings("151").forwardingOn().stream()
                .map(DeviceSettings.ForwardingRule::target).toList());
        ok("PUT", "/devices/151/forwarding", "{\"type\": \"forwardNoAns\"}");
        assertTrue(sim.deviceSettings("151").forwardingOn().isEmpty());
    }

    @Test
    void agentsSignInAndOutAndTheQueueShowsItsStatistics() throws Exception {
        JsonNode queues = ok("GET", "/queues", null);
        assertEquals("400", queues.get(0).get("number").asText());
        assertEquals("Customer Service", queues.get(0).get("name").asText());
        assertEquals(20, queues.get(0).get("serviceLevelSeconds").asInt());

        String monitor = monitor("q-12345678-400");
        JsonNode queue = ok("PUT", "/queues/400/agents/160", "{\"signedIn\": true, \"sip\": true}");
        assertEquals("{\"device\":\"160\",\"signedIn\":true,\"sip\":true,\"mobile\":false,\"skype\":false,"
                + "\"totalCalls\":0,\"answeredCalls\":0,\"missedCalls\":0}", queue.get("agents").get(0).toString());
        assertEquals("160", events.await("QueueMemberEvent", monitor).text("memberList", "memberListItem", "agentDN"));
        ok("PUT", "/queues/400/agents/161", "{\"signedIn\": true, \"mobile\": true}");
        assertEquals(List.of("160"), sim.queueAgentsTakingCalls("400"), "only the desk phone rings");

        assertEquals(201, send("POST", "/calls", "{\"from\": \"22334455\", \"to\": \"400\"}").statusCode());
        assertTrue(sim.calls().get(0).involves("160"));
        assertEquals(1, ok("GET", "/queues/400", null).get("waitingCalls").asInt());
        sim.answer("160");
        JsonNode answered = ok("GET", "/queues/q-12345678-400", null);
        assertEquals(0, answered.get("waitingCalls").asInt());
        assertEquals(1, answered.get("servicingCalls").asInt());
        assertEquals(1, answered.get("answeredCalls").asInt());
        assertEquals(1, answered.get("agents").get(0).get("answeredCalls").asInt());

        JsonNode signedOut = ok("PUT", "/queues/400/agents/160", "{\"signedIn\": false}");
        assertFalse(signedOut.get("agents").get(0).get("signedIn").booleanValue());
        assertTrue(sim.queueAgentsTakingCalls("400").isEmpty());
    }

    @Test
    void digitsSentOnACallAreReadByItsCallId() throws Exception {
        client.request(new MakeCall("170", "171"));
        String leg = sim.calls().get(0).callId("170");
        sim.answer("171");
        client.request(onLeg("GenerateDigits", "connectionToSendDigits", leg, "170", "charactersToSend", "42#"));

        JsonNode encoded = ok("GET", "/calls/" + URLEncoder.encode(leg, StandardCharsets.UTF_8) + "/digits", null);
        assertEquals(leg, encoded.get("callId").asText());
        assertEquals("42#", encoded.get("digits").asText());
        assertEquals("42#", ok("GET", "/calls/" + leg + "/digits", null).get("digits").asText());
        assertEquals("", ok("GET", "/calls/SIP%2Fhpbx-ffffffff/digits", null).get("digits").asText());
    }

    @Test
    void theRequestIdEchoIsSwitchedAtRunTime() throws Exception {
        ok("PUT", "/faults/echo-request-ids", "{\"on\": false}");
        try {
            client.sendRaw(MessageBinder.standard().unbind(new SnapshotDevice("100")).withRequestId("snap-1"));
            GenericMessage silent = client.nextUnmatched();
            assertEquals("SnapshotDeviceResponse", silent.name(), silent.toString());
            assertNull(silent.requestId(), silent.toString());
        } finally {
            ok("PUT", "/faults/echo-request-ids", "{\"on\": true}");
        }
        // request() matches the response by its echoed requestID
        assertEquals("SnapshotDeviceResponse", client.request(new SnapshotDevice("100")).name());
    }

    @Test
    void badInputIsAClearErrorAndChangesNothing() throws Exception {
        assertError(400, "\"on\": true", send("PUT", "/devices/180/dnd", "{\"on\": \"yes\"}"));
        assertError(400, "bad JSON", send("PUT", "/devices/180/dnd", "{\"on\": "));
        assertError(404, "999", send("PUT", "/devices/999/dnd", "{\"on\": true}"));
        assertError(404, "999", send("GET", "/devices/999/dnd", null));
        assertError(405, "use GET or PUT", send("POST", "/devices/180/dnd", "{\"on\": true}"));
        assertFalse(sim.doNotDisturb("180"));

        assertError(400, "forwardingType", send("PUT", "/devices/180/forwarding",
                "{\"type\": \"forwardSometimes\", \"target\": \"181\"}"));
        assertError(400, "missing field \"type\"", send("PUT", "/devices/180/forwarding", "{\"target\": \"181\"}"));
        assertError(400, "itself", send("PUT", "/devices/180/forwarding",
                "{\"type\": \"forwardImmediate\", \"target\": \"180\"}"));
        assertError(400, "ringDurationSeconds", send("PUT", "/devices/180/forwarding",
                "{\"type\": \"forwardNoAns\", \"target\": \"181\", \"ringDurationSeconds\": -5}"));
        assertError(400, "\"target\" must be a string", send("PUT", "/devices/180/forwarding",
                "{\"type\": \"forwardNoAns\", \"target\": [\"181\"]}"));
        assertTrue(sim.deviceSettings("180").forwardingOn().isEmpty());

        assertError(404, "401", send("GET", "/queues/401", null));
        assertError(404, "401", send("PUT", "/queues/401/agents/180", "{\"signedIn\": true, \"sip\": true}"));
        assertError(404, "999", send("PUT", "/queues/400/agents/999", "{\"signedIn\": true, \"sip\": true}"));
        assertError(400, "signedIn", send("PUT", "/queues/400/agents/180", "{\"sip\": true}"));
        assertError(400, "\"sip\" must be true or false", send("PUT", "/queues/400/agents/180",
                "{\"signedIn\": true, \"sip\": \"yes\"}"));
        assertError(405, "use GET", send("PUT", "/queues", "{}"));
        assertTrue(sim.queue("400").agents().stream().noneMatch(agent -> agent.device().equals("180")));

        assertError(400, "\"on\": true", send("PUT", "/faults/echo-request-ids", "{}"));
        assertError(405, "use GET", send("POST", "/calls/SIP%2Fhpbx-1/digits", ""));
        assertTrue(sim.calls().isEmpty());
    }

    private String monitor(String device) {
        return client.request(new MonitorStart(device)).text("monitorCrossRefID");
    }

    private static List<String> types(JsonNode rules) {
        return java.util.stream.StreamSupport.stream(rules.spliterator(), false)
                .map(rule -> rule.get("type").asText()).toList();
    }

    private static JsonNode ok(String method, String path, String body) throws Exception {
        HttpResponse<String> response = send(method, path, body);
        assertEquals(200, response.statusCode(), method + " " + path + ": " + response.body());
        return JSON.readTree(response.body());
    }

    private static void assertError(int status, String text, HttpResponse<String> response) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        String error = JSON.readTree(response.body()).get("error").asText();
        assertTrue(error.contains(text), error);
    }

    private static HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + sim.controlPort() + path))
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json") // the control port refuses writes of any other type
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
