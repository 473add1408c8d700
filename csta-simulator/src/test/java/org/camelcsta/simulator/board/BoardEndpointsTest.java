package org.camelcsta.simulator.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.awaitility.Awaitility;
import org.camelcsta.protocol.model.MonitorStart;
import org.camelcsta.simulator.CstaSimulator;
import org.camelcsta.simulator.CstaSimulatorMain;
import org.camelcsta.simulator.LegState;
import org.camelcsta.simulator.client.XmlSocketClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The board's HTTP side: the page's files, the live feed (phones with DND and forwarding, queues apart with their
 * agents and statistics), the hold/retrieve routes, and bad input.
 */
class BoardEndpointsTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static CstaSimulator sim;

    @BeforeAll
    static void start() {
        sim = CstaSimulator.builder().xmlPort(0).socketIoPort(-1).httpPort(-1).httpsPort(-1).controlPort(0)
                .queue("400", "Support", 10).build();
        sim.start();
    }

    @AfterAll
    static void stop() {
        sim.stop();
    }

    @AfterEach
    void hangUpEverything() {
        sim.calls().forEach(call -> sim.hangup(call.parties().get(0)));
    }

    @Test
    void servesThePageWithoutCorsAndWithAStrictContentPolicy() throws Exception {
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(page.body().contains("<script src=\"board.js\""), page.body());
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElseThrow().contains("script-src 'self'"));
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(page.headers().firstValue("Access-Control-Allow-Origin").isEmpty());

        HttpResponse<String> script = get("/board.js");
        assertEquals(200, script.statusCode());
        assertTrue(script.headers().firstValue("Content-Type").orElseThrow().startsWith("text/javascript"));
        assertFalse(script.body().contains("innerHTML"), "the page never turns data into markup");
        assertEquals(200, get("/board.css").statusCode());

        assertEquals(404, get("/../pom.xml").statusCode());
        assertEquals(404, get("/board.js/../../CstaSimulator.class").statusCode());
        assertEquals(405, send("POST", "/board/events", "{}").statusCode());
    }

    @Test
    void feedSendsTheStateAndTheTrafficWithoutThePassword() throws Exception {
        try (FeedReader feed = new FeedReader(HTTP, sim.controlPort());
                XmlSocketClient client = new XmlSocketClient(sim.xmlPort())) {
            assertEquals(200, feed.response().statusCode());
            assertTrue(feed.response().headers().firstValue("Content-Type").orElseThrow()
                    .startsWith("text/event-stream"));
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> feed.saw("state", "\"number\":\"130\""));

            client.login(60);
            client.request(new MonitorStart("130"));
            assertEquals(201, send("POST", "/calls", "{\"from\": \"22334455\", \"to\": \"130\"}").statusCode());

            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> feed.saw("state",
                    "{\"number\":\"130\",\"state\":\"ringing\""));
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> feed.saw("log", "DeliveredEvent"));
            assertTrue(feed.saw("log", "\"name\":\"StartApplicationSession\""));
            assertTrue(feed.saw("log", "\"name\":\"MonitorStartResponse\""));
            assertTrue(feed.saw("log", "userID=test@mydomain"), feed.events().toString());
            assertTrue(feed.events().stream().noneMatch(event -> event.data().contains("bla.bla")),
                    "the password never reaches the board");
            JsonNode externals = JSON.readTree(lastState(feed)).get("externals");
            assertEquals("22334455", externals.get(0).get("number").asText());
        }
    }

    @Test
    void feedShowsDoNotDisturbForwardingAndQueuesApart() throws Exception {
        try (FeedReader feed = new FeedReader(HTTP, sim.controlPort())) {
            assertEquals(200, send("PUT", "/devices/142/dnd", "{\"on\": true}").statusCode());
            assertEquals(200, send("PUT", "/devices/143/forwarding",
                    "{\"type\": \"forwardNoAns\", \"target\": \"144\", \"ringDurationSeconds\": 30}").statusCode());
            assertEquals(200, send("PUT", "/queues/400/agents/145", "{\"signedIn\": true, \"sip\": true}")
                    .statusCode());
            assertEquals(201, send("POST", "/calls", "{\"from\": \"22334455\", \"to\": \"400\"}").statusCode());

            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> feed.saw("state", "\"waitingCalls\":1"));
            JsonNode state = JSON.readTree(lastState(feed));
            JsonNode dnd = device(state, "142");
            assertTrue(dnd.get("doNotDisturb").booleanValue(), dnd.toString());
            assertEquals("[]", dnd.get("forwarding").toString());
            JsonNode forwarded = device(state, "143");
            assertFalse(forwarded.get("doNotDisturb").booleanValue(), forwarded.toString());
            assertEquals("{\"type\":\"forwardNoAns\",\"on\":true,\"target\":\"144\",\"ringDurationSeconds\":30}",
                    forwarded.get("forwarding").get(0).toString());
            assertEquals("ringing", device(state, "145").get("state").asText());

            JsonNode queue = state.get("queues").get(0);
            assertEquals("400", queue.get("number").asText());
            assertEquals("Support", queue.get("name").asText());
            assertEquals("ringing", queue.get("state").asText());
            assertEquals("22334455", queue.get("legs").get(0).get("peers").get(0).asText(), queue.toString());
            assertEquals(1, queue.get("totalCalls").asInt());
            assertEquals(0, queue.get("answeredCalls").asInt());
            assertEquals("145", queue.get("agents").get(0).get("device").asText());
            assertTrue(queue.get("agents").get(0).get("signedIn").booleanValue());
            assertFalse(state.get("queuesTruncated").booleanValue());
            assertTrue(StreamSupport.stream(state.get("externals").spliterator(), false)
                    .noneMatch(party -> party.get("number").asText().equals("400")), "the queue is shown apart");

            sim.answer("145");
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> feed.saw("state", "\"answeredCalls\":1"));
        } finally {
            sim.doNotDisturb("142", false);
            sim.forwarding("143", "forwardNoAns", null, null);
            sim.queueMember("400", "145", false, false, false, false);
        }
    }

    @Test
    void holdAndRetrieveThroughTheControlApi() throws Exception {
        sim.incomingCall("22334455", "140");
        sim.answer("140");
        assertEquals(200, send("POST", "/devices/140/hold", "").statusCode());
        assertEquals(LegState.HELD, sim.calls().get(0).leg("140").orElseThrow().state());
        assertEquals(200, send("POST", "/devices/140/retrieve", "").statusCode());
        assertEquals(LegState.CONNECTED, sim.calls().get(0).leg("140").orElseThrow().state());
    }

    @Test
    void badInputIsAClearErrorAndChangesNothing() throws Exception {
        assertError(404, "abc", send("POST", "/calls", "{\"from\": \"22334455\", \"to\": \"abc\"}"));
        assertError(400, "bad JSON", send("POST", "/calls", "{\"from\": "));
        assertError(400, "missing field \"to\"", send("POST", "/calls", "{\"from\": \"22334455\"}"));
        assertError(409, "no connected call", send("POST", "/devices/141/hold", ""));
        assertError(409, "no held call", send("POST", "/devices/141/retrieve", ""));
        assertError(400, "delayMs", send("PUT", "/devices/141/auto-answer", "{\"delayMs\": \"abc\"}"));
        assertError(404, "999", send("PUT", "/devices/999/auto-answer", "{\"delayMs\": 5}"));
        assertError(405, "use POST", send("GET", "/devices/141/hold", null));
        assertTrue(sim.calls().isEmpty());
    }

    @Test
    void statusShowsTheBoardStaysBounded() throws Exception {
        JsonNode board = JSON.readTree(get("/status").body()).get("board");
        assertEquals(TrafficLog.DEFAULT_CAPACITY, board.get("logCapacity").asInt());
        assertTrue(board.get("logEntries").asInt() <= TrafficLog.DEFAULT_CAPACITY);
    }

    @Test
    void standaloneSimulatorPrintsTheBoardAddress() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CstaSimulatorMain.Launch launch = CstaSimulatorMain.launch(new String[] { "--xml-port", "0",
                "--socketio-port", "-1", "--http-port", "-1", "--https-port", "-1", "--control-port", "0" },
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        try {
            assertTrue(out.toString(StandardCharsets.UTF_8).contains(
                    "web board    http://127.0.0.1:" + launch.simulator().controlPort() + "/"), out.toString());
        } finally {
            launch.simulator().stop();
        }
    }

    private static JsonNode device(JsonNode state, String number) {
        return StreamSupport.stream(state.get("devices").spliterator(), false)
                .filter(phone -> phone.get("number").asText().equals(number)).findFirst().orElseThrow();
    }

    private static String lastState(FeedReader feed) {
        return feed.events().stream().filter(event -> event.type().equals("state")).reduce((a, b) -> b)
                .orElseThrow().data();
    }

    private static void assertError(int status, String text, HttpResponse<String> response) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        String error = JSON.readTree(response.body()).get("error").asText();
        assertTrue(error.contains(text), error);
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return send("GET", path, null);
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
