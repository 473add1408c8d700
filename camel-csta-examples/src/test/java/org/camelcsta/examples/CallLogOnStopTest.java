package org.camelcsta.examples;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.builder.NotifyBuilder;
import org.camelcsta.simulator.CstaSimulator;
import org.camelcsta.simulator.SimulatedCall;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** No call is lost from the call log: a call still going on when the application stops is written as unfinished. */
class CallLogOnStopTest {

    @Test
    void theCallsInProgressAreWrittenWhenTheApplicationStops(@TempDir Path dir) {
        Path callLog = dir.resolve("calls.jsonl");
        ExamplesApplication app = new ExamplesApplication(Map.of("examples.call-log.file", callLog.toString()));
        SimulatedCall ringing;
        SimulatedCall talking;
        try {
            app.start();
            CstaSimulator simulator = app.simulator();
            await().until(() -> simulator.monitorCount("160") > 0 && simulator.monitorCount("131") > 0);
            NotifyBuilder threeEvents = new NotifyBuilder(app.context()).fromRoute("call-log").whenCompleted(3).create();
            ringing = simulator.incomingCall("55501111", "160");
            talking = simulator.incomingCall("55502222", "131");
            simulator.answer("131");
            assertTrue(threeEvents.matches(10, TimeUnit.SECONDS), "the call log route got the three events");
            assertEquals(List.of(), CallLogFile.lines(callLog), "no call has ended yet");
        } finally {
            app.stop();
        }

        List<JsonNode> lines = CallLogFile.lines(callLog);
        assertEquals(2, lines.size(), lines::toString);
        JsonNode rang = CallLogFile.lineOf(callLog, ringing.callId("160")).orElseThrow();
        assertEquals("unfinished", rang.get("outcome").asText());
        assertTrue(rang.get("answer").isNull());
        assertTrue(rang.get("end").isNull());
        assertEquals("55501111", rang.get("caller").asText());
        JsonNode talked = CallLogFile.lineOf(callLog, talking.callId("131")).orElseThrow();
        assertEquals("unfinished", talked.get("outcome").asText());
        assertTrue(talked.get("answer").isTextual());
        assertTrue(talked.get("end").isNull());
    }
}
