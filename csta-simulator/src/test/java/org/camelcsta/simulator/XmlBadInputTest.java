package org.camelcsta.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import org.awaitility.Awaitility;
import org.camelcsta.protocol.codec.XmlCodec;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.MakeCall;
import org.camelcsta.protocol.model.MonitorStart;
import org.camelcsta.protocol.model.ResetApplicationSessionTimer;
import org.camelcsta.protocol.model.SnapshotDevice;
import org.camelcsta.protocol.model.StartApplicationSession;
import org.camelcsta.simulator.client.XmlSocketClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * The TCP/XML transport's framing and its answers to bad input: each gets a clear CSTAErrorCode, and the server
 * keeps serving (the same connection where possible, and always other clients).
 */
class XmlBadInputTest {

    private static CstaSimulator sim;
    private final XmlCodec xml = new XmlCodec();

    @BeforeAll
    static void start() {
        sim = CstaSimulator.builder().xmlPort(0).socketIoPort(-1).httpPort(-1).httpsPort(-1).controlPort(-1)
                .maxSessionDuration(Duration.ofSeconds(1)).build();
        sim.start();
    }

    @AfterAll
    static void stop() {
        sim.stop();
    }

    @Test
    void requestsBackToBackInOnePacketAndSplitAcrossPacketsAreAnsweredInOrder() {
        try (XmlSocketClient client = new XmlSocketClient(sim.xmlPort())) {
            client.login(60);
            byte[] one = frame(new SnapshotDevice("160"));
            byte[] two = frame(new MonitorStart("160"));
            byte[] both = concat(one, two);
            client.writeBytes(both);
            assertEquals("SnapshotDeviceResponse", client.nextUnmatched().name());
            assertEquals("MonitorStartResponse", client.nextUnmatched().name());
            byte[] three = frame(new SnapshotDevice("161"));
            client.writeBytes(Arrays.copyOfRange(three, 0, 10));
            client.writeBytes(Arrays.copyOfRange(three, 10, three.length));
            assertEquals("SnapshotDeviceResponse", client.nextUnmatched().name());
        }
    }

    @Test
    void requestIdIsEchoedInPositiveAndErrorResponses() {
        try (XmlSocketClient client = new XmlSocketClient(sim.xmlPort())) {
            client.login(60);
            GenericMessage error = client.request(new MakeCall("999", "100"));
            assertEquals("CSTAErrorCode", error.name()); // matched by its requestID, so it was echoed
            assertEquals("invalidDeviceID", error.text("operation"));
        }
    }

    @Test
    void malformedXmlUnknownCommandAndMissingFieldsAreErrorsAndTheConnectionStays() {
        try (XmlSocketClient client = new XmlSocketClient(sim.xmlPort())) {
            client.login(60);
            client.writeBytes("<MakeCall><callingDevice>1".getBytes(StandardCharsets.UTF_8));
            client.writeBytes(new byte[] { 0 });
            GenericMessage malformed = client.nextUnmatched();
            assertEquals("CSTAErrorCode", malformed.name());
            assertEquals("invalidMessage", malformed.text("operation"));
            assertTrue(malformed.text("details").contains("malformed XML"), malformed.toString());

            GenericMessage unknown = client.request(new GenericMessage("FlyToTheMoon",
                    JsonNodeFactory.instance.objectNode()));
            assertEquals("unknownCommand", unknown.text("operation"));
            assertTrue(unknown.text("details").contains("FlyToTheMoon"));

            GenericMessage missing = client.request(new MakeCall(null, null, null, null, null));
            assertEquals("missingParameter", missing.text("operation"));
            assertTrue(missing.text("details").contains("callingDevice"), missing.toString());
            assertTrue(missing.text("details").contains("calledDirectoryNumber"), missing.toString());

            assertEquals("SnapshotDeviceResponse", client.request(new SnapshotDevice("162")).name());
        }
    }

    @Test
    void requestsBeforeLoginAndWrongPasswordsAreSecurityErrors() {
        try (XmlSocketClient client = new XmlSocketClient(sim.xmlPort())) {
            GenericMessage early = client.request(new MakeCall("100", "101"));
            assertEquals("securityInfoViolated", early.text("security"));
            assertTrue(early.text("details").contains("StartApplicationSession"));

            GenericMessage wrong = client.request(new StartApplicationSession("test@mydomain", "wrong",
                    "12345678.pbx.one-connect.dk", 60));
            assertEquals("CSTAErrorCode", wrong.name());
            assertEquals("securityInfoViolated", wrong.text("security"));
            assertTrue(!client.isClosed());
            client.login(60); // the connection stays open for a correct login
            assertTrue(sim.sessionCount() >= 1);
        }
    }

    @Test
    void oversizeFrameClosesOnlyThatConnection() {
        try (XmlSocketClient big = new XmlSocketClient(sim.xmlPort());
             XmlSocketClient other = new XmlSocketClient(sim.xmlPort())) {
            big.login(60);
            other.login(60);
            byte[] huge = new byte[1024 * 1024 + 100];
            Arrays.fill(huge, (byte) 'x');
            big.writeBytes(huge);
            GenericMessage error = big.nextUnmatched();
            assertEquals("messageTooLarge", error.text("operation"));
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(big::isClosed);
            assertEquals("SnapshotDeviceResponse", other.request(new SnapshotDevice("163")).name());
        }
    }

    @Test
    void sessionWithoutKeepAliveExpiresAndItsMonitorsEnd() {
        try (XmlSocketClient lazy = new XmlSocketClient(sim.xmlPort());
             XmlSocketClient alive = new XmlSocketClient(sim.xmlPort())) {
            GenericMessage login = lazy.login(30);
            assertEquals("1", login.text("actualSessionDuration")); // capped by maxSessionDuration
            assertEquals("MonitorStartResponse", lazy.request(new MonitorStart("164")).name());
            assertEquals(1, sim.monitorCount("164"));
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> !lazy.events().isEmpty());
            GenericMessage terminated = lazy.events().poll();
            assertEquals("ApplicationSessionTerminated", terminated.name());
            assertEquals("sessionTimerExpired", terminated.text("sessionTermReason", "definedTermReason"));
            assertEquals(login.text("sessionID"), terminated.text("sessionID"));
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(lazy::isClosed);
            assertEquals(0, sim.monitorCount("164"));
            // another client is served, and keeps its session alive with ResetApplicationSessionTimer
            alive.login(1);
            GenericMessage reset = alive.request(new ResetApplicationSessionTimer(1));
            assertEquals("ResetApplicationSessionTimerPosResponse", reset.name());
            assertEquals("SnapshotDeviceResponse", alive.request(new SnapshotDevice("164")).name());
        }
    }

    private byte[] frame(org.camelcsta.protocol.model.CstaMessage message) {
        return concat(xml.encode(message), new byte[] { 0 });
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
