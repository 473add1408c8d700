package org.camelcsta.examples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo as the README's first command runs it: every scenario once, a transcript, and the exit code. */
class DemoRunTest {

    @Test
    void theDemoRunsEveryScenarioPrintsTheTranscriptAndExitsZero(@TempDir Path dir) throws Exception {
        Path callLog = dir.resolve("calls.jsonl");
        Process demo = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ExamplesApplication.class.getName(),
                "--examples.call-log.file=" + callLog, "--examples.demo.pace=50ms")
                .directory(dir.toFile()).redirectErrorStream(true).start();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> copy(demo.getInputStream(), output));
        reader.start();
        boolean exited = demo.waitFor(120, TimeUnit.SECONDS);
        if (!exited) {
            demo.destroyForcibly();
        }
        reader.join(10_000);
        String transcript = output.toString(StandardCharsets.UTF_8);
        assertTrue(exited, "the demo did not exit by itself:\n" + transcript);
        assertEquals(0, demo.exitValue(), transcript);

        for (String expected : List.of(
                "[command] makeCall 120 -> 4570203040: SIP/hpbx-",
                "[event] 120 EstablishedEvent answered by 4570203040 (normal)",
                "[command] singleStepTransferCall SIP/hpbx-",
                "[event] 130 DeliveredEvent from 55501234 \"Alice\" (newCall)",
                "[command] snapshotDevice 130: SIP/hpbx-",
                "[command] consultationCall SIP/hpbx-",
                "[event] 141 TransferedEvent",
                "[http] POST /calls {\"from\":\"150\",\"to\":\"4570203041\"} -> 200 {\"callId\":\"SIP/hpbx-",
                "-> 400 {\"error\":\"bad request\"",
                "{\"from\":\"160\",\"to\":\"4570203041\"} -> 403 {\"error\":\"forbidden\"",
                "[call-log] {\"device\":\"160\"",
                "[http] POST /desk/agents/170 {\"queue\":\"400\",\"signedIn\":true} -> 200 "
                        + "{\"agent\":\"170\",\"queue\":\"400\",\"signedIn\":true}",
                "[wallboard] queue 400: waiting 0, answered 1, missed 0, agents 1",
                "{\"agent\":\"170\",\"queue\":\"400\",\"signedIn\":false}",
                "[http] POST /desk/dnd/170 {\"on\":true} -> 200 {\"device\":\"170\",\"on\":true}",
                "{\"device\":\"170\",\"on\":false}",
                "[demo] 6 of 6 scenarios passed")) {
            assertTrue(transcript.contains(expected), "the transcript lacks " + expected + ":\n" + transcript);
        }
        List<JsonNode> lines = CallLogFile.lines(callLog);
        assertEquals(9, lines.size(), lines::toString);
    }

    @Test
    void aFailedScenarioMakesTheExitCodeNonZero(@TempDir Path dir) {
        String transcript;
        int exitCode;
        try (StdoutCapture capture = new StdoutCapture()) {
            // click-to-call from a device the PBX does not have: it refuses the call, and the scenario fails
            exitCode = new ExamplesApplication(Map.of(
                    "examples.click-to-call.from", "200",
                    "examples.click-to-call.devices", "150-159,200",
                    "examples.demo.timeout", "2s",
                    "examples.demo.pace", "0ms",
                    "examples.call-log.file", dir.resolve("calls.jsonl").toString())).run();
            transcript = capture.text();
        }
        assertEquals(1, exitCode, transcript);
        assertTrue(transcript.contains("[demo] 4/6 FAILED: POST /calls {\"from\":\"200\",\"to\":\"4570203041\"} "
                + "answered 422, expected 200"), transcript);
        assertTrue(transcript.contains("[demo] 5 of 6 scenarios passed"), transcript);
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try (in) {
            in.transferTo(out);
        } catch (IOException e) {
            // the process ended
        }
    }
}
