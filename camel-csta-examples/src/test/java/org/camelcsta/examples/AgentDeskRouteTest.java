package org.camelcsta.examples;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camelcsta.protocol.model.CstaMessage;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.simulator.CstaSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Routes 6 and 7 in the running application, against its simulator (the demo off): the agent desk changes the PBX's
 * state and answers with the state read back, refuses what it may not do, and the wallboard prints the queue's
 * statistics; the desk's connection speaks the current dialect while click-to-call keeps working on the other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgentDeskRouteTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String QUEUE = "400";

    private ExamplesApplication app;
    private CstaSimulator simulator;
    private int httpPort;

    @BeforeAll
    void startTheApplication(@TempDir Path dir) {
        app = new ExamplesApplication(Map.of(
                "examples.call-log.file", dir.resolve("calls.jsonl").toString(),
                "examples.simulator.external-auto-answer", "100ms"));
        app.start();
        simulator = app.simulator();
        httpPort = app.httpPort();
        await().until(() -> simulator.monitorCount(QUEUE) > 0 && simulator.monitorCount("150") > 0);
    }

    @AfterAll
    void stopTheApplication() {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void signsAnAgentInAndOutAndAnswersTheStateReadBack() throws Exception {
        JsonNode in = ok("/desk/agents/171", "{\"queue\": \"400\", \"signedIn\": true}");
        assertEquals(MAPPER.readTree("{\"agent\":\"171\",\"queue\":\"400\",\"signedIn\":true}"), in);
        assertTrue(simulator.queueAgentsTakingCalls(QUEUE).contains("171"));
        GenericMessage request = lastRequest("SetQueueMember");
        assertEquals(QUEUE, request.text("device"));
        assertEquals("171", request.text("agentDN"));
        assertEquals("true", request.text("activateAgent"));
        assertEquals("true", request.text("activateSip"));

        JsonNode out = ok("/desk/agents/171", "{\"queue\": \"400\", \"signedIn\": false}");
        assertEquals(false, out.path("signedIn").booleanValue());
        assertFalse(simulator.queueAgentsTakingCalls(QUEUE).contains("171"));
        assertEquals("false", lastRequest("SetQueueMember").text("activateSip"));
    }

    @Test
    void togglesDoNotDisturbAndAnswersTheStateReadBack() throws Exception {
        assertEquals(MAPPER.readTree("{\"device\":\"172\",\"on\":true}"), ok("/desk/dnd/172", "{\"on\": true}"));
        assertTrue(simulator.doNotDisturb("172"));
        assertEquals("true", lastRequest("SetDoNotDisturb").text("doNotDisturbOn"));
        assertEquals(MAPPER.readTree("{\"device\":\"172\",\"on\":false}"), ok("/desk/dnd/172", "{\"on\": false}"));
        assertFalse(simulator.doNotDisturb("172"));
    }

    @Test
    void refusesWhatTheDeskMayNotDoAndChangesNothing() throws Exception {
        int requests = simulator.traffic("SetQueueMember").size() + simulator.traffic("SetDoNotDisturb").size();
        assertError(403, "/desk/dnd/160", "{\"on\": true}", "examples.desk.devices");
        assertError(403, "/desk/agents/160", "{\"queue\": \"400\", \"signedIn\": true}", "examples.desk.devices");
        assertError(400, "/desk/agents/173", "{\"queue\": \"401\", \"signedIn\": true}", "'queue'");
        assertError(400, "/desk/agents/173", "{\"queue\": \"400\"}", "'signedIn'");
        assertError(400, "/desk/dnd/173", "{\"on\": \"yes\"}", "'on'");
        assertError(400, "/desk/dnd/173", "{\"on\": tru", "not valid JSON");
        assertEquals(415, TestHttp.post(httpPort, "/desk/dnd/173", "on=true", "application/x-www-form-urlencoded")
                .statusCode());
        assertFalse(simulator.doNotDisturb("160"));
        assertFalse(simulator.doNotDisturb("173"));
        assertEquals(requests, simulator.traffic("SetQueueMember").size() + simulator.traffic("SetDoNotDisturb").size());
    }

    @Test
    void theWallboardPrintsALinePerQueueStatisticsEvent() throws Exception {
        ok("/desk/agents/174", "{\"queue\": \"400\", \"signedIn\": true}");
        try (StdoutCapture transcript = new StdoutCapture()) {
            simulator.incomingCall("55503333", QUEUE);
            await().until(() -> simulator.calls().stream().anyMatch(call -> call.involves("174")));
            await().until(() -> transcript.text().contains("[wallboard] queue 400: waiting 1,"));
            simulator.hangup("55503333");
            await().until(() -> transcript.text().contains("[wallboard] queue 400: waiting 0,"));
            assertTrue(transcript.text().contains("missed 1, agents"), transcript::text);
        } finally {
            ok("/desk/agents/174", "{\"queue\": \"400\", \"signedIn\": false}");
        }
        assertTrue(app.wallboard().lastLine(QUEUE).startsWith("queue 400: waiting 0, answered "), app.wallboard().lastLine(QUEUE));
    }

    @Test
    void clickToCallKeepsWorkingOnItsOwnConnection() throws Exception {
        ok("/desk/dnd/175", "{\"on\": false}");
        HttpResponse<String> placed = TestHttp.post(httpPort, "/calls", "{\"from\": \"151\", \"to\": \"4570203041\"}");
        assertEquals(200, placed.statusCode(), placed.body());
        // on a connection switched to the current dialect, the 2020 reply would carry no callID
        assertTrue(MAPPER.readTree(placed.body()).path("callId").asText().startsWith("SIP/"), placed.body());
        await().until(() -> simulator.connected("151", "4570203041"));
        simulator.hangup("151");
    }

    private JsonNode ok(String path, String body) throws Exception {
        HttpResponse<String> response = TestHttp.post(httpPort, path, body);
        assertEquals(200, response.statusCode(), response.body());
        return MAPPER.readTree(response.body());
    }

    private void assertError(int status, String path, String body, String detail) throws Exception {
        HttpResponse<String> response = TestHttp.post(httpPort, path, body);
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(MAPPER.readTree(response.body()).path("details").asText().contains(detail), response.body());
    }

    private GenericMessage lastRequest(String name) {
        List<CstaMessage> requests = simulator.traffic(name);
        return assertInstanceOf(GenericMessage.class, requests.get(requests.size() - 1));
    }
}
