package org.camelcsta.examples;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.builder.NotifyBuilder;
import org.camelcsta.client.MonitorSnapshot;
import org.camelcsta.component.CstaConsumer;
import org.camelcsta.protocol.model.SnapshotConnection;
import org.camelcsta.simulator.CstaSimulator;
import org.camelcsta.simulator.SimulatedCall;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The call log reconciles after a reconnect: a leg it holds open that the device's snapshot no longer has ended
 * while the connection was down, and is written at once as {@code endedUnseen}; the legs the snapshot still has stay
 * open.
 */
class CallLogReconcileTest {

    @Test
    void aSnapshotWithoutAnOpenLegEndsItAndKeepsTheOthers(@TempDir Path dir) throws Exception {
        Path callLog = dir.resolve("calls.jsonl");
        ExamplesApplication app = new ExamplesApplication(Map.of("examples.call-log.file", callLog.toString()));
        try {
            app.start();
            CstaSimulator simulator = app.simulator();
            await().until(() -> simulator.monitorCount("160") > 0 && simulator.monitorCount("131") > 0);
            NotifyBuilder threeEvents = new NotifyBuilder(app.context()).fromRoute("call-log").whenCompleted(3).create();
            SimulatedCall ringing = simulator.incomingCall("55501111", "160");
            SimulatedCall talking = simulator.incomingCall("55502222", "131");
            simulator.answer("131");
            assertTrue(threeEvents.matches(10, TimeUnit.SECONDS), "the call log route got the three events");
            String ringingLeg = ringing.callId("160");
            String talkingLeg = talking.callId("131");

            CstaConsumer consumer = (CstaConsumer) app.context().getRoute("call-log").getConsumer();
            // as the session reports them after a reconnect: 160 still rings, 131 could not be read, then 131 has none
            consumer.onEvent(new MonitorSnapshot("160", "m-160", true, List.of(new SnapshotConnection(ringingLeg, "160",
                    new SnapshotConnection.Status("Alerting", "55501111"))), null));
            consumer.onEvent(new MonitorSnapshot("131", "m-131", true, List.of(), "operation: invalidDeviceID"));
            assertEquals(List.of(), CallLogFile.lines(callLog), "nothing known to have ended");
            consumer.onEvent(new MonitorSnapshot("131", "m-131", true, List.of(), null));

            await().until(() -> CallLogFile.lineOf(callLog, talkingLeg).isPresent());
            JsonNode ended = CallLogFile.lineOf(callLog, talkingLeg).orElseThrow();
            assertEquals("endedUnseen", ended.get("outcome").asText());
            assertTrue(ended.get("answer").isTextual());
            assertTrue(ended.get("end").isTextual());
            assertEquals(1, CallLogFile.lines(callLog).size(), "160's leg is still open");
        } finally {
            app.stop();
        }
    }

    /** Needs the session's snapshots after a reconnect (helper B's branch). */
    @Test
    void aCallThatEndsWhileTheConnectionIsDownIsWrittenOnceTheMonitorIsBack(@TempDir Path dir) {
        Path callLog = dir.resolve("calls.jsonl");
        ExamplesApplication app = new ExamplesApplication(Map.of("examples.call-log.file", callLog.toString()));
        try {
            app.start();
            CstaSimulator simulator = app.simulator();
            await().until(() -> simulator.monitorCount("131") > 0);
            NotifyBuilder twoEvents = new NotifyBuilder(app.context()).fromRoute("call-log").whenCompleted(2).create();
            SimulatedCall talking = simulator.incomingCall("55502222", "131");
            simulator.answer("131");
            assertTrue(twoEvents.matches(10, TimeUnit.SECONDS), "the call log route got the two events");

            simulator.dropAllConnections();
            simulator.hangup("131"); // its ConnectionClearedEvent goes nowhere: no one monitors 131 now

            await().atMost(java.time.Duration.ofSeconds(20)).until(() -> CallLogFile.lineOf(callLog, talking.callId("131")).isPresent());
            assertEquals("endedUnseen", CallLogFile.lineOf(callLog, talking.callId("131")).orElseThrow().get("outcome").asText());
        } finally {
            app.stop();
        }
    }
}
