package org.camelcsta.simulator;

import static org.camelcsta.simulator.client.MonitoredEvents.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.camelcsta.protocol.model.ClearConnection;
import org.camelcsta.protocol.model.ConnectionId;
import org.camelcsta.protocol.model.ConsultationCall;
import org.camelcsta.protocol.model.DirectedPickupCall;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.MakeCall;
import org.camelcsta.protocol.model.SingleStepTransferCall;
import org.camelcsta.protocol.model.SnapshotDevice;
import org.camelcsta.simulator.client.CstaTestClient;
import org.camelcsta.simulator.client.MonitoredEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The provider's scenarios over a session transport (TCP/XML or socket.io/JSON), each asserting the exact events
 * the monitor of every device involved receives. Each test uses its own devices, so one simulator serves them all.
 */
abstract class SeedScenariosContract {

    static final String EXTERNAL = "22334455";
    static CstaSimulator sim;

    CstaTestClient client;

    @BeforeAll
    static void startSimulator() {
        sim = CstaSimulator.builder().xmlPort(0).socketIoPort(0).httpPort(-1).httpsPort(-1).controlPort(-1).build();
        sim.start();
    }

    @AfterAll
    static void stopSimulator() {
        sim.stop();
    }

    /** A new client connected to the simulator. */
    abstract CstaTestClient connect();

    @BeforeEach
    void login() {
        client = connect();
        client.login(60);
    }

    @AfterEach
    void disconnect() {
        client.close();
    }

    @Test
    void incomingCallAnsweredAndHungUp() {
        MonitoredEvents events = new MonitoredEvents(client, "101");
        SimulatedCall call = sim.incomingCall(EXTERNAL, "101", "Alice");
        String leg = call.callId("101");
        List<GenericMessage> delivered = events.await("101", event("DeliveredEvent", leg, "101", "newCall"));
        GenericMessage ringing = delivered.get(0);
        assertEquals("101", ringing.text("alertingDevice", "deviceIdentifier"));
        assertEquals(EXTERNAL, ringing.text("callingDevice", "deviceIdentifier"));
        assertEquals("101", ringing.text("calledDevice", "deviceIdentifier"));
        assertEquals("alerting", ringing.text("localConnectionInfo"));
        assertEquals("Alice", ringing.text("privateData", "callerName"));
        assertEquals("inbound", ringing.text("privateData", "callDirection"));
        assertEquals(EXTERNAL, ringing.text("privateData", "remoteUser"));
        assertEquals(call.globalCallLinkageId(),
                ringing.text("callLinkageData", "globalCallData", "globalCallLinkageId"));

        sim.answer("101");
        assertTrue(sim.connected(EXTERNAL, "101"));
        sim.hangup("101");
        List<GenericMessage> all = events.await("101",
                event("DeliveredEvent", leg, "101", "newCall"),
                event("EstablishedEvent", leg, "101", "normal"),
                event("ConnectionClearedEvent", leg, "101", "normalClearing"));
        assertEquals("101", all.get(1).text("answeringDevice", "deviceIdentifier"));
        assertEquals("connected", all.get(1).text("localConnectionInfo"));
        assertEquals("101", all.get(2).text("releasingDevice", "deviceIdentifier"));
        assertTrue(sim.calls().stream().noneMatch(c -> c.involves("101")));
    }

    @Test
    void makeCallAnswered() {
        MonitoredEvents events = new MonitoredEvents(client, "111", "112");
        GenericMessage response = client.request(new MakeCall("111", "112"));
        assertEquals("MakeCallResponse", response.name(), response.toString());
        assertEquals("111", response.text("callingDevice", "deviceId"));
        String callerLeg = response.text("callingDevice", "callID");
        String calleeLeg = sim.calls().stream().filter(c -> c.involves("111")).findFirst().orElseThrow()
                .callId("112");
        assertTrue(callerLeg.matches("SIP/hpbx-[0-9a-f]{8}"), callerLeg);
        assertFalse(callerLeg.equals(calleeLeg));

        sim.answer("112");
        assertTrue(sim.connected("111", "112"));
        assertEquals("ClearConnectionResponse",
                client.request(new ClearConnection(new ConnectionId(callerLeg, "111"))).name());
        List<GenericMessage> caller = events.await("111",
                event("DeliveredEvent", callerLeg, "111", "newCall"),
                event("EstablishedEvent", callerLeg, "111", "normal"),
                event("ConnectionClearedEvent", callerLeg, "111", "normalClearing"));
        events.await("112",
                event("DeliveredEvent", calleeLeg, "112", "newCall"),
                event("EstablishedEvent", calleeLeg, "112", "normal"),
                event("ConnectionClearedEvent", calleeLeg, "112", "normalClearing"));
        assertEquals("112", caller.get(0).text("alertingDevice", "deviceIdentifier"));
        assertEquals("connected", caller.get(0).text("localConnectionInfo"));
        assertEquals("outbound", caller.get(0).text("privateData", "callDirection"));
        assertEquals("112", caller.get(1).text("answeringDevice", "deviceIdentifier"));
        assertEquals("111", events.of("112").get(2).text("releasingDevice", "deviceIdentifier"));
    }

    @Test
    void unattendedTransfer() {
        MonitoredEvents events = new MonitoredEvents(client, "121", "122");
        sim.incomingCall(EXTERNAL, "121");
        sim.answer("121");
        GenericMessage snapshot = client.request(new SnapshotDevice("121@12345678.pbx.one-connect.dk"));
        String leg121 = snapshotConnection(snapshot).text("callID");
        assertEquals("121", snapshotConnection(snapshot).text("deviceId"));

        GenericMessage response = client.request(new SingleStepTransferCall(new ConnectionId(leg121, "121"), "122"));
        assertEquals("SingleStepTransferCallResponse", response.name(), response.toString());
        assertEquals("122", response.text("transferredCall", "deviceId"));
        String leg122 = response.text("transferredCall", "callID");
        sim.answer("122");
        assertTrue(sim.connected(EXTERNAL, "122"));

        events.await("121",
                event("DeliveredEvent", leg121, "121", "newCall"),
                event("EstablishedEvent", leg121, "121", "normal"),
                event("ConnectionClearedEvent", leg121, "121", "singleStepTransfer"));
        List<GenericMessage> target = events.await("122",
                event("DeliveredEvent", leg122, "122", "singleStepTransfer"),
                event("EstablishedEvent", leg122, "122", "normal"));
        assertEquals(EXTERNAL, target.get(0).text("callingDevice", "deviceIdentifier"));
        assertEquals("121", target.get(0).text("lastRedirectionDevice", "deviceIdentifier"));
    }

    @Test
    void attendedTransfer() {
        MonitoredEvents events = new MonitoredEvents(client, "131", "132");
        sim.incomingCall(EXTERNAL, "131");
        sim.answer("131");
        GenericMessage snapshot = client.request(new SnapshotDevice("131@12345678.pbx.one-connect.dk"));
        String held = snapshotConnection(snapshot).text("callID");

        GenericMessage response = client.request(new ConsultationCall(new ConnectionId(held, "131"), "132"));
        assertEquals("ConsultationCallResponse", response.name(), response.toString());
        String consulting = response.text("callingDevice", "callID");
        String consulted = sim.calls().stream().filter(c -> c.involves("132")).findFirst().orElseThrow()
                .callId("132");
        assertEquals(LegState.HELD, sim.calls().stream().filter(c -> c.involves(EXTERNAL)).findFirst()
                .orElseThrow().leg("131").orElseThrow().state());
        sim.answer("132");
        assertTrue(sim.connected("131", "132"));
        sim.hangup("131"); // the middle device hangs up: the held party and 132 are connected
        assertTrue(sim.connected(EXTERNAL, "132"));

        events.await("131",
                event("DeliveredEvent", held, "131", "newCall"),
                event("EstablishedEvent", held, "131", "normal"),
                event("HeldEvent", held, "131", "normal"),
                event("DeliveredEvent", consulting, "131", "newCall"),
                event("EstablishedEvent", consulting, "131", "normal"),
                event("ConnectionClearedEvent", consulting, "131", "transferred"),
                event("ConnectionClearedEvent", held, "131", "transferred"));
        List<GenericMessage> target = events.await("132",
                event("DeliveredEvent", consulted, "132", "newCall"),
                event("EstablishedEvent", consulted, "132", "normal"),
                event("TransferedEvent", consulted, "132", "transferred"));
        assertEquals("131", target.get(2).text("transferringDevice", "deviceIdentifier"));
        assertEquals("132", target.get(2).text("transferredToDevice", "deviceIdentifier"));
        assertEquals(EXTERNAL, target.get(2).text("privateData", "remoteUser"));
    }

    @Test
    void directedPickup() {
        MonitoredEvents events = new MonitoredEvents(client, "141", "142");
        sim.incomingCall(EXTERNAL, "141");
        GenericMessage snapshot = client.request(new SnapshotDevice("141"));
        String ringing = snapshotConnection(snapshot).text("callID");
        assertEquals("Alerting", snapshotConnection(snapshot).text("privateData", "local_status"));

        GenericMessage response = client.request(new DirectedPickupCall(new ConnectionId(ringing, "141"), "142"));
        assertEquals("DirectedPickupCallResponse", response.name(), response.toString());
        assertEquals("142", response.text("pickedCall", "deviceId"));
        String picked = response.text("pickedCall", "callID");
        assertTrue(sim.connected(EXTERNAL, "142"));

        events.await("141",
                event("DeliveredEvent", ringing, "141", "newCall"),
                event("ConnectionClearedEvent", ringing, "141", "pickup"));
        List<GenericMessage> picker = events.await("142", event("EstablishedEvent", picked, "142", "pickup"));
        assertEquals("142", picker.get(0).text("answeringDevice", "deviceIdentifier"));
    }

    @Test
    void snapshotListsEveryConnectionOfTheDevice() {
        sim.incomingCall(EXTERNAL, "151");
        sim.answer("151");
        sim.incomingCall("99887766", "151");
        GenericMessage response = client.request(new SnapshotDevice("151@12345678.pbx.one-connect.dk"));
        assertEquals("SnapshotDeviceResponse", response.name(), response.toString());
        assertEquals("12345678.pbx.one-connect.dk", response.text("serviceCrossRefID"));
        var connections = response.fields().get("snapshotData").get("snapshotDeviceResponseInfo")
                .get("connectionIdentifier");
        assertEquals(2, connections.size(), response.toString());
        assertEquals("Active", connections.get(0).get("privateData").get("local_status").asText());
        assertEquals(EXTERNAL, connections.get(0).get("privateData").get("remote_user").asText());
        assertEquals("Alerting", connections.get(1).get("privateData").get("local_status").asText());
        assertEquals("99887766", connections.get(1).get("privateData").get("remote_user").asText());

        GenericMessage unknown = client.request(new SnapshotDevice("999"));
        assertEquals("CSTAErrorCode", unknown.name());
        assertEquals("invalidDeviceID", unknown.text("operation"));
        sim.hangup("151");
        sim.hangup("151");
        Awaitility.await().atMost(Duration.ofSeconds(2)).until(() -> sim.calls().stream()
                .noneMatch(c -> c.involves("151")));
    }

    private static GenericMessage snapshotConnection(GenericMessage snapshot) {
        assertEquals("SnapshotDeviceResponse", snapshot.name(), snapshot.toString());
        var connections = snapshot.fields().get("snapshotData").get("snapshotDeviceResponseInfo")
                .get("connectionIdentifier");
        // one connection is a single element in XML, an array of one in JSON
        var first = connections.isArray() ? connections.get(0) : connections;
        return new GenericMessage("connection", (com.fasterxml.jackson.databind.node.ObjectNode) first);
    }
}
