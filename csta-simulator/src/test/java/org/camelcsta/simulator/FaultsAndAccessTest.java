package org.camelcsta.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.camelcsta.protocol.codec.JsonCodec;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.MakeCall;
import org.camelcsta.protocol.model.MonitorStart;
import org.camelcsta.protocol.model.SnapshotDevice;
import org.camelcsta.simulator.client.SocketIoTestClient;
import org.camelcsta.simulator.client.XmlSocketClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fault injection, TEST mode on the session transports, and the IP allow-list. */
class FaultsAndAccessTest {

    private static CstaSimulator sim;

    @BeforeAll
    static void start() {
        sim = CstaSimulator.builder().xmlPort(0).socketIoPort(0).httpPort(-1).httpsPort(-1).controlPort(-1).build();
        sim.start();
    }

    @AfterAll
    static void stop() {
        sim.stop();
    }

    @AfterEach
    void clearFaults() {
        sim.delayResponses(Duration.ZERO);
        sim.stopResponding(false);
    }

    @Test
    void dropAllConnectionsClosesClientsAndTheServerStaysUp() {
        try (XmlSocketClient xml = new XmlSocketClient(sim.xmlPort());
             SocketIoTestClient socketIo = new SocketIoTestClient(sim.socketIoPort())) {
            xml.login(60);
            socketIo.login(60);
            Awaitility.await().until(() -> sim.sessionCount() == 2);
            sim.dropAllConnections();
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> xml.isClosed() && socketIo.isClosed());
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> sim.sessionCount() == 0);
        }
        try (XmlSocketClient again = new XmlSocketClient(sim.xmlPort())) {
            again.login(60);
            assertEquals(1, sim.sessionCount());
        }
    }

    @Test
    void delayedResponsesKeepTheirOrder() {
        try (XmlSocketClient client = new XmlSocketClient(sim.xmlPort())) {
            client.login(60);
            sim.delayResponses(Duration.ofMillis(300));
            long started = System.nanoTime();
            client.sendRaw(org.camelcsta.protocol.codec.MessageBinder.standard().unbind(new SnapshotDevice("190")));
            client.sendRaw(org.camelcsta.protocol.codec.MessageBinder.standard().unbind(new MonitorStart("190")));
            assertEquals("SnapshotDeviceResponse", client.nextUnmatched().name());
            assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) >= 250);
            assertEquals("MonitorStartResponse", client.nextUnmatched().name());
            sim.delayResponses(Duration.ZERO);
            assertEquals("SnapshotDeviceResponse", client.request(new SnapshotDevice("190")).name());
        }
    }

    @Test
    void stopRespondingDropsRequestsButEventsStillFlow() throws Exception {
        try (XmlSocketClient client = new XmlSocketClient(sim.xmlPort())) {
            client.login(60);
            assertEquals("MonitorStartResponse", client.request(new MonitorStart("191")).name());
            sim.stopResponding(true);
            client.sendRaw(org.camelcsta.protocol.codec.MessageBinder.standard().unbind(new MakeCall("191", "192")));
            sim.incomingCall("22334455", "191");
            GenericMessage event = client.events().poll(5, TimeUnit.SECONDS);
            assertEquals("DeliveredEvent", event.name());
            assertNull(client.unmatched().poll(300, TimeUnit.MILLISECONDS));
            assertTrue(sim.calls().stream().noneMatch(c -> c.involves("192"))); // the MakeCall was not executed
            sim.stopResponding(false);
            assertEquals("SnapshotDeviceResponse", client.request(new SnapshotDevice("191")).name());
            sim.hangup("191");
        }
    }

    @Test
    void malformedFramesReachEveryClient() throws Exception {
        try (XmlSocketClient xml = new XmlSocketClient(sim.xmlPort());
             SocketIoTestClient socketIo = new SocketIoTestClient(sim.socketIoPort())) {
            xml.login(60);
            socketIo.login(60);
            sim.sendMalformedFrame();
            assertTrue(xml.garbage.poll(5, TimeUnit.SECONDS) != null);
            assertTrue(socketIo.garbage.poll(5, TimeUnit.SECONDS) != null);
            assertEquals("SnapshotDeviceResponse", xml.request(new SnapshotDevice("193")).name());
        }
    }

    @Test
    void testModeOnTheSessionTransports() {
        try (SocketIoTestClient client = new SocketIoTestClient(sim.socketIoPort())) {
            client.login(60);
            GenericMessage ok = client.request(new MakeCall("194", "195", "doNotPrompt", "ok", null));
            assertEquals("MakeCallResponse", ok.name());
            assertEquals("SIP/hpbx-000000bc", ok.text("callingDevice", "callID"));
            assertTrue(sim.calls().stream().noneMatch(c -> c.involves("194")));
            GenericMessage error = client.request(new MakeCall("194", "195", "doNotPrompt", "error", null));
            assertEquals("securityInfoViolated", error.text("security"));
            assertEquals("Explanation of error", error.text("details"));
            assertTrue(client.namedEvents.contains("MakeCallResponse")); // emitted as a named event too
        }
    }

    @Test
    void addressesOffTheAllowListAreRefusedWithAClearError() throws Exception {
        try (CstaSimulator guarded = CstaSimulator.builder().xmlPort(0).socketIoPort(0).httpPort(0).httpsPort(-1)
                .controlPort(-1).allowedAddresses("10.0.0.0/8").build()) {
            guarded.start();
            try (XmlSocketClient xml = new XmlSocketClient(guarded.xmlPort())) {
                GenericMessage refused = xml.nextUnmatched();
                assertEquals("securityInfoViolated", refused.text("security"));
                assertTrue(refused.text("details").contains("not on the API allow-list"), refused.toString());
                Awaitility.await().atMost(Duration.ofSeconds(5)).until(xml::isClosed);
            }
            // websocket only: over polling, the Java client 1.0.2 did not surface this refusal in our runs (not
            // investigated further); the Node.js client does show it over polling (checked by hand)
            try (SocketIoTestClient socketIo = new SocketIoTestClient(guarded.socketIoPort(), true)) {
                Awaitility.await().atMost(Duration.ofSeconds(5))
                        .until(() -> socketIo.namedEvents.contains("CSTAErrorCode"));
                Awaitility.await().atMost(Duration.ofSeconds(5)).until(socketIo::isClosed);
            }
            HttpResponse<byte[]> http = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + guarded.httpPort() + "/csta/?SnapShotDevice%5BsnapshotObject%5D=100"))
                    .header("username", "test@mydomain").header("password", "bla.bla")
                    .header("pbxdomain", "12345678.pbx.one-connect.dk").build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(403, http.statusCode());
            assertTrue(new JsonCodec().decodeGeneric(http.body()).text("details").contains("allow-list"));
        }
    }
}
