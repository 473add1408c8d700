package org.camelcsta.examples;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camelcsta.simulator.CstaSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Click-to-call's door, on the running application with an access token: each refusal places no call, and says why
 * without echoing the request.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClickToCallAccessTest {

    private static final String TOKEN = "Tok-3n-QZX-access";
    private static final String CALL = "{\"from\": \"151\", \"to\": \"4570203041\"}";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ExamplesApplication app;
    private CstaSimulator simulator;
    private int port;

    @BeforeAll
    void start(@TempDir Path dir) {
        app = new ExamplesApplication(Map.of(
                "examples.http.token", TOKEN,
                "examples.call-log.file", dir.resolve("calls.jsonl").toString(),
                "examples.simulator.external-auto-answer", "100ms"));
        app.start();
        simulator = app.simulator();
        port = app.httpPort();
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.stop();
        }
    }

    @AfterEach
    void noCallLeft() {
        simulator.calls().forEach(call -> call.parties().forEach(party -> {
            try {
                simulator.hangup(party);
            } catch (RuntimeException alreadyGone) {
                // the other party's hang-up ended the call
            }
        }));
    }

    @Test
    void noTokenIsRefused() throws Exception {
        HttpResponse<String> response = TestHttp.post(port, "/calls", CALL);
        assertRefused(401, "unauthorized", response);
        assertEquals("Bearer", response.headers().firstValue("WWW-Authenticate").orElse(""));
    }

    @Test
    void aWrongTokenIsRefused() throws Exception {
        assertRefused(401, "unauthorized", TestHttp.post(port, "/calls", CALL, "application/json",
                "Authorization", "Bearer " + TOKEN + "-not"));
        assertRefused(401, "unauthorized", TestHttp.post(port, "/calls", CALL, "application/json",
                "Authorization", "Basic " + TOKEN));
    }

    @Test
    void theRightTokenPlacesTheCall() throws Exception {
        HttpResponse<String> response = TestHttp.post(port, "/calls", CALL, "application/json",
                "Authorization", "Bearer " + TOKEN);
        assertEquals(200, response.statusCode(), response.body());
        await().until(() -> simulator.calls().stream().anyMatch(call -> call.involves("151")));
    }

    @Test
    void aDeviceNotOnTheAllowListIsRefused() throws Exception {
        // 160 is a device of the PBX, but not one of examples.click-to-call.devices (150-159)
        HttpResponse<String> response = TestHttp.post(port, "/calls", "{\"from\": \"160\", \"to\": \"4570203041\"}",
                "application/json", "Authorization", "Bearer " + TOKEN);
        assertRefused(403, "forbidden", response);
        assertTrue(MAPPER.readTree(response.body()).get("details").asText().contains("160"), response.body());
        assertTrue(simulator.calls().stream().noneMatch(call -> call.involves("160")));
    }

    @Test
    void anOversizeBodyIsRefused() throws Exception {
        String padded = "{\"from\": \"151\", \"to\": \"4570203041\", \"pad\": \"" + "x".repeat(8 * 1024) + "\"}";
        HttpResponse<String> response = TestHttp.post(port, "/calls", padded, "application/json",
                "Authorization", "Bearer " + TOKEN);
        assertEquals(413, response.statusCode(), response.body());
        assertTrue(simulator.calls().stream().noneMatch(call -> call.involves("151")));
    }

    @Test
    void aCrossSiteRequestIsRefusedEvenWithTheToken() throws Exception {
        assertRefused(403, "forbidden", TestHttp.post(port, "/calls", CALL, "application/json",
                "Authorization", "Bearer " + TOKEN, "Origin", "http://attacker.example"));
    }

    @Test
    void whatTheCallerSentIsNotEchoedAsMarkup() throws Exception {
        HttpResponse<String> response = TestHttp.post(port, "/calls", "{\"from\": x<script>alert(1)</script>",
                "application/json", "Authorization", "Bearer " + TOKEN);
        assertEquals(400, response.statusCode(), response.body());
        assertFalse(response.body().contains("<") || response.body().contains(">"), response.body());
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
        // the parser quotes the bad token; its quotes travel as JSON escapes, readable but inert
        assertTrue(response.body().contains("\\u0027x\\u0027"), response.body());
        assertTrue(MAPPER.readTree(response.body()).get("details").asText().contains("'x'"), response.body());
    }

    @Test
    void listeningOnEveryAddressWithoutATokenDoesNotStart(@TempDir Path dir) {
        ExamplesApplication open = new ExamplesApplication(Map.of("camel.server.host", "0.0.0.0",
                "examples.call-log.file", dir.resolve("calls.jsonl").toString()));
        Exception refused = assertThrows(Exception.class, open::start);
        try {
            assertTrue(causes(refused).stream().anyMatch(m -> m.contains("examples.http.token")), causes(refused)::toString);
        } finally {
            open.stop();
        }
    }

    private static List<String> causes(Throwable failure) {
        List<String> messages = new java.util.ArrayList<>();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            messages.add(String.valueOf(cause.getMessage()));
        }
        return messages;
    }

    private void assertRefused(int status, String error, HttpResponse<String> response) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        JsonNode body = MAPPER.readTree(response.body());
        assertEquals(error, body.get("error").asText(), response.body());
        assertTrue(simulator.calls().stream().noneMatch(call -> call.involves("151")), "no call was placed");
    }
}
