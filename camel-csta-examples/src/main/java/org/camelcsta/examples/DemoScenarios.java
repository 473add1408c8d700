package org.camelcsta.examples;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.camelcsta.simulator.CstaSimulator;
import org.camelcsta.simulator.SimulatedCall;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo: plays the phones of the embedded simulator (incoming calls that ring, get answered, transferred and hung
 * up), drives each of the seven routes once, and checks each outcome in the simulator's call state, the HTTP answers
 * and the call log. Everything it does and sees goes to the transcript.
 */
final class DemoScenarios {

    private static final Logger TRANSCRIPT = LoggerFactory.getLogger("transcript");
    private static final Duration AUTO_ANSWER = Duration.ofMillis(300);

    private final CstaSimulator simulator;
    private final ExamplesSettings settings;
    private final int httpPort;
    private final ProducerTemplate template;
    private final QueueWallboardRoute wallboard;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper mapper = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    /** The call log lines the passed scenarios expect: device and outcome. */
    private final List<String[]> expectedLines = new ArrayList<>();
    private long callLogOffset;

    /** A scenario's expectation that did not come true. */
    static final class ScenarioFailed extends RuntimeException {
        ScenarioFailed(String message) {
            super(message);
        }
    }

    private record Scenario(String title, Step body) {
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    DemoScenarios(CamelContext context, CstaSimulator simulator, int httpPort, QueueWallboardRoute wallboard) {
        this.simulator = simulator;
        this.wallboard = wallboard;
        this.settings = new ExamplesSettings(context);
        this.httpPort = httpPort;
        this.template = context.createProducerTemplate();
    }

    /** Runs every scenario once; returns whether all passed. */
    boolean runAll() {
        try {
            return runScenarios();
        } finally {
            try {
                template.stop();
            } catch (Exception e) {
                // the context stops it anyway
            }
        }
    }

    private boolean runScenarios() {
        long started = System.nanoTime();
        List<Scenario> scenarios = List.of(
                new Scenario("route 1, the provider's example flow (YAML, routes/example-flow.yaml): "
                        + settings.flowDevice() + " calls " + settings.flowCallTo() + ", and the answered call is "
                        + "transferred to " + settings.flowTransferTo(), this::exampleFlow),
                new Scenario("route 2, unattended transfer (XML, routes/unattended-transfer.xml): the call at "
                        + settings.unattendedDevice() + " goes to " + settings.unattendedTransferTo(), this::unattendedTransfer),
                new Scenario("route 3, attended transfer (Java, AttendedTransferRoute): " + settings.attendedDevice()
                        + " consults " + settings.attendedConsult() + ", then hangs up", this::attendedTransfer),
                new Scenario("route 4, click-to-call (Java, ClickToCallRoute): POST http://127.0.0.1:" + httpPort
                        + "/calls", this::clickToCall),
                new Scenario("route 5, the call log (Java, CallLogRoute): one JSON line per finished call in "
                        + settings.callLogFile(), this::callLog),
                new Scenario("routes 6 and 7, the agent desk and the queue wallboard (Java, AgentDeskRoute, "
                        + "QueueWallboardRoute): " + settings.deskAgent() + " signs into queue " + settings.deskQueue()
                        + ", takes a queue call, signs out and toggles do-not-disturb", this::agentDesk));
        int passed = 0;
        try {
            callLogOffset = Files.exists(settings.callLogFile()) ? Files.size(settings.callLogFile()) : 0;
            awaitMonitors();
        } catch (Exception e) {
            say("[demo] cannot start: %s", e.getMessage());
            return false;
        }
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario scenario = scenarios.get(i);
            say("[demo] --- %d/%d %s", i + 1, scenarios.size(), scenario.title());
            long start = System.nanoTime();
            try {
                scenario.body().run();
                passed++;
                say("[demo] %d/%d passed (%.1f s)", i + 1, scenarios.size(), seconds(start));
            } catch (Exception | AssertionError e) {
                say("[demo] %d/%d FAILED: %s", i + 1, scenarios.size(), e.getMessage());
                hangUpEverything();
            }
        }
        say("[demo] %d of %d scenarios passed in %.1f s; the call log %s has %d new lines", passed, scenarios.size(),
                seconds(started), settings.callLogFile(), newCallLogLines().size());
        return passed == scenarios.size();
    }

    // ---------------------------------------------------------------- the scenarios

    /** Route 1: the route places the call, and transfers it when the called party answers. */
    private void exampleFlow() throws Exception {
        String device = settings.flowDevice();
        String external = settings.flowCallTo();
        String target = settings.flowTransferTo();
        autoAnswer(target);
        request("direct:example-flow", Map.of());
        say("[phone] %s rings, and answers after %d ms (as every external number of the simulator does)", external,
                settings.externalAutoAnswer().toMillis());
        await(external + " talks to " + target + " after the transfer", () -> simulator.connected(external, target));
        pace();
        hangup(external);
        await("the call has ended", () -> noCallOf(target));
        simulator.autoAnswer(target, null);
        expectLine(device, "transferred");
        expectLine(target, "completed");
    }

    /** Route 2: a call comes in and is answered; the route hands it on. */
    private void unattendedTransfer() throws Exception {
        String device = settings.unattendedDevice();
        String target = settings.unattendedTransferTo();
        String caller = "55501234";
        incomingCall(caller, device, "Alice");
        pace();
        answer(device);
        pace();
        autoAnswer(target);
        request("direct:unattended-transfer", Map.of("device", device, "transferTo", target));
        await(caller + " talks to " + target, () -> simulator.connected(caller, target));
        pace();
        hangup(target);
        await("the call has ended", () -> noCallOf(caller));
        simulator.autoAnswer(target, null);
        expectLine(device, "transferred");
        expectLine(target, "completed");
    }

    /** Route 3: the route holds the call and consults; the middle device hangs up to complete the transfer. */
    private void attendedTransfer() throws Exception {
        String middle = settings.attendedDevice();
        String consulted = settings.attendedConsult();
        String caller = "55509876";
        incomingCall(caller, middle, "Bob");
        pace();
        answer(middle);
        pace();
        autoAnswer(consulted);
        request("direct:attended-transfer", Map.of("device", middle, "consult", consulted));
        await(middle + " talks to " + consulted + " while " + caller + " is on hold",
                () -> simulator.connected(middle, consulted));
        pace();
        say("[phone] %s hangs up: the middle device leaves, and the attended transfer completes", middle);
        simulator.hangup(middle);
        await(caller + " talks to " + consulted, () -> simulator.connected(caller, consulted));
        pace();
        hangup(caller);
        await("the call has ended", () -> noCallOf(consulted));
        simulator.autoAnswer(consulted, null);
        expectLine(middle, "transferred"); // its consultation call
        expectLine(middle, "transferred"); // its call with the caller, which went to the consulted device
        expectLine(consulted, "completed");
    }

    /** Route 4: click-to-call over HTTP, and its error answers. */
    private void clickToCall() throws Exception {
        String from = settings.clickToCallFrom();
        String to = settings.clickToCallTo();
        JsonNode placed = post("/calls", mapper.createObjectNode().put("from", from).put("to", to).toString(), 200);
        String callId = placed.path("callId").asText("");
        if (!callId.startsWith("SIP/")) {
            throw new ScenarioFailed("the answer has no callId: " + placed);
        }
        await(from + " talks to " + to, () -> simulator.connected(from, to));
        pace();
        hangup(from);
        await("the call has ended", () -> noCallOf(from));
        expectLine(from, "completed");

        say("[demo] and three requests the route refuses:");
        post("/calls", "{\"from\": \"" + from + "\"", 400);
        post("/calls", mapper.createObjectNode().put("from", from).toString(), 400);
        // a device of the PBX, but not one click-to-call may call from
        String notAllowed = settings.missedCallDevice();
        JsonNode refused = post("/calls", mapper.createObjectNode().put("from", notAllowed).put("to", to).toString(), 403);
        if (!refused.path("details").asText().contains(notAllowed)) {
            throw new ScenarioFailed("the refusal does not name the device: " + refused);
        }
    }

    /** Route 5: a missed call, then every call of the demo has its line in the call log. */
    private void callLog() throws Exception {
        String device = settings.missedCallDevice();
        String caller = "55501111";
        incomingCall(caller, device, null);
        pace();
        pace();
        say("[phone] %s hangs up before %s answers", caller, device);
        simulator.hangup(caller);
        expectLine(device, "unanswered");
        await(expectedLines.size() + " new lines in the call log", () -> missingLines().isEmpty());
        say("[demo] the call log has a line for each of the %d finished call legs", expectedLines.size());
    }

    /** Routes 6 and 7: the desk signs the agent in, a queue call reaches it, the wallboard counts it. */
    private void agentDesk() throws Exception {
        String queue = settings.deskQueue();
        String agent = settings.deskAgent();
        String caller = "55502222";
        expectJson(post("/desk/agents/" + agent, signIn(queue, true), 200), "signedIn", true);
        await(agent + " takes the calls of queue " + queue, () -> simulator.queueAgentsTakingCalls(queue).contains(agent));
        say("[phone] %s calls the queue %s", caller, queue);
        simulator.incomingCall(caller, queue);
        await("the queue call rings at " + agent, () -> simulator.calls().stream().anyMatch(call -> call.involves(agent)));
        pace();
        answer(agent);
        pace();
        hangup(caller);
        await("the call has ended", () -> noCallOf(caller));
        await("the wallboard counts the answered call", () -> String.valueOf(wallboard.lastLine(queue))
                .contains("answered 1,"));
        say("[demo] the wallboard shows: %s", wallboard.lastLine(queue));

        expectJson(post("/desk/agents/" + agent, signIn(queue, false), 200), "signedIn", false);
        await(agent + " takes no more calls of queue " + queue, () -> simulator.queueAgentsTakingCalls(queue).isEmpty());
        expectJson(post("/desk/dnd/" + agent, mapper.createObjectNode().put("on", true).toString(), 200), "on", true);
        if (!simulator.doNotDisturb(agent)) {
            throw new ScenarioFailed("the PBX has do-not-disturb off for " + agent);
        }
        expectJson(post("/desk/dnd/" + agent, mapper.createObjectNode().put("on", false).toString(), 200), "on", false);
        if (simulator.doNotDisturb(agent)) {
            throw new ScenarioFailed("the PBX has do-not-disturb still on for " + agent);
        }
        say("[demo] and a device the desk may not act for:");
        post("/desk/dnd/" + settings.missedCallDevice(), mapper.createObjectNode().put("on", true).toString(), 403);
    }

    private String signIn(String queue, boolean signedIn) {
        return mapper.createObjectNode().put("queue", queue).put("signedIn", signedIn).toString();
    }

    private static void expectJson(JsonNode answer, String field, boolean expected) {
        if (!answer.path(field).isBoolean() || answer.path(field).booleanValue() != expected) {
            throw new ScenarioFailed("expected " + field + "=" + expected + " in the answer " + answer);
        }
    }

    // ---------------------------------------------------------------- phones

    private void incomingCall(String from, String to, String name) {
        say("[phone] %s%s calls %s", from, name == null ? "" : " (" + name + ")", to);
        simulator.incomingCall(from, to, name);
    }

    private void answer(String device) {
        say("[phone] %s answers", device);
        simulator.answer(device);
    }

    private void hangup(String party) {
        say("[phone] %s hangs up", party);
        simulator.hangup(party);
    }

    private void autoAnswer(String device) {
        say("[phone] %s will answer after %d ms", device, AUTO_ANSWER.toMillis());
        simulator.autoAnswer(device, AUTO_ANSWER);
    }

    /** After a failed scenario: every party hangs up, so that the next scenario starts from idle phones. */
    private void hangUpEverything() {
        for (SimulatedCall call : simulator.calls()) {
            for (String party : call.parties()) {
                try {
                    simulator.hangup(party);
                } catch (RuntimeException e) {
                    // already gone with an earlier party
                }
            }
        }
    }

    private boolean noCallOf(String party) {
        return simulator.calls().stream().noneMatch(call -> call.involves(party));
    }

    // ---------------------------------------------------------------- routes and HTTP

    private void request(String endpoint, Map<String, Object> headers) {
        Exchange reply = template.request(endpoint, exchange -> exchange.getIn().setHeaders(new HashMap<>(headers)));
        if (reply.getException() != null) {
            throw new ScenarioFailed(endpoint + " failed: " + reply.getException().getMessage());
        }
    }

    private JsonNode post(String path, String body, int expectedStatus) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
                .timeout(settings.demoTimeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (!settings.httpToken().isEmpty()) {
            request.header("Authorization", "Bearer " + settings.httpToken());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        say("[http] POST %s %s -> %d %s", path, body, response.statusCode(), response.body());
        if (response.statusCode() != expectedStatus) {
            throw new ScenarioFailed("POST " + path + " " + body + " answered " + response.statusCode() + ", expected "
                    + expectedStatus);
        }
        return mapper.readTree(response.body());
    }

    // ---------------------------------------------------------------- the call log

    private void expectLine(String device, String outcome) {
        expectedLines.add(new String[] { device, outcome });
    }

    /** The expected lines that the call log does not have (yet), as device/outcome. */
    private List<String> missingLines() {
        List<CallLogEntry> written = new ArrayList<>(newCallLogLines());
        List<String> missing = new ArrayList<>();
        for (String[] expected : expectedLines) {
            CallLogEntry match = written.stream()
                    .filter(e -> expected[0].equals(e.device()) && expected[1].equals(e.outcome()))
                    .findFirst().orElse(null);
            if (match == null) {
                missing.add(expected[0] + "/" + expected[1]);
            } else {
                written.remove(match);
            }
        }
        return missing;
    }

    private List<CallLogEntry> newCallLogLines() {
        Path file = settings.callLogFile();
        try {
            if (!Files.exists(file)) {
                return List.of();
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = new String(bytes, (int) Math.min(callLogOffset, bytes.length),
                    (int) Math.max(0, bytes.length - callLogOffset), StandardCharsets.UTF_8);
            List<CallLogEntry> entries = new ArrayList<>();
            for (String line : Arrays.asList(text.split("\n"))) {
                if (!line.isBlank()) {
                    entries.add(mapper.readValue(line, CallLogEntry.class));
                }
            }
            return entries;
        } catch (IOException e) {
            throw new ScenarioFailed("cannot read the call log " + file + ": " + e.getMessage());
        }
    }

    // ---------------------------------------------------------------- waiting

    /** Waits until the monitors of the transcript's devices run, so that the first events are not missed. */
    private void awaitMonitors() {
        List<String> devices = new ArrayList<>(settings.transcriptDevices());
        devices.add(settings.deskQueue()); // the wallboard's
        await("the monitors of " + String.join(", ", devices),
                () -> devices.stream().allMatch(device -> simulator.monitorCount(device) > 0));
    }

    private void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + settings.demoTimeout().toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                String detail = what.contains("call log") ? " (missing: " + missingLines() + ")"
                        : " (calls now: " + simulator.calls() + ")";
                throw new ScenarioFailed("waited " + settings.demoTimeout().toSeconds() + " s in vain for: " + what + detail);
            }
            sleep(Duration.ofMillis(20));
        }
    }

    /** The pause between two phone actions, for a transcript that reads like real calls. */
    private void pace() {
        sleep(settings.demoPace());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScenarioFailed("interrupted");
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void say(String format, Object... args) {
        TRANSCRIPT.info(String.format(format, args));
    }
}
