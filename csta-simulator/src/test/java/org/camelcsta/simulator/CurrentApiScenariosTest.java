package org.camelcsta.simulator;

import static org.camelcsta.simulator.client.Requests.onLeg;
import static org.camelcsta.simulator.client.Requests.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.MakeCall;
import org.camelcsta.protocol.model.MonitorStart;
import org.camelcsta.protocol.model.SnapshotDevice;
import org.camelcsta.simulator.client.EventLog;
import org.camelcsta.simulator.client.SocketIoTestClient;
import org.camelcsta.simulator.client.XmlSocketClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The current API (CURRENT-API.md) over TCP/XML, its use cases of §4 as scenarios, with the wire fields checked:
 * the connection is switched to it by its first current-only request (dialect {@code auto}).
 */
class CurrentApiScenariosTest {

    private static final String ED6 = "xmlns=\"http://www.ecma.ch/standards/ecma-323/csta/ed6\"";
    private static final String TRUNK = "12345678";
    private static final String EXTERNAL = "22334455";
    private static CstaSimulator sim;

    private XmlSocketClient client;
    private EventLog events;

    @BeforeAll
    static void start() {
        sim = CstaSimulator.builder().xmlPort(0).socketIoPort(0).httpPort(-1).httpsPort(-1).controlPort(-1)
                .devices("200-219").queue("400", "Customer Service", 10).build();
        sim.start();
    }

    @AfterAll
    static void stop() {
        sim.stop();
    }

    @BeforeEach
    void login() {
        client = new XmlSocketClient(sim.xmlPort());
        client.login(120);
        events = new EventLog(client);
    }

    @AfterEach
    void disconnect() {
        client.close();
    }

    @Test
    void logInMonitorTheTrunkAndReadState() {
        // 4.1 step 2-3: MonitorTrunk, then one MonitorStartedEvent per user and queue
        GenericMessage started = client.request(request("MonitorTrunk", "monitorObject.deviceObject", "1"));
        assertEquals("MonitorStartResponse", started.name(), started.toString());
        assertEquals(TRUNK, started.text("monitorCrossRefID"));
        assertEquals(TRUNK, started.text("privateData", "monitoredConnection", "deviceID"));
        assertEquals("21", started.text("privateData", "monitorCount"));
        assertTrue(frame("MonitorStartResponse").contains(ED6), frame("MonitorStartResponse"));
        GenericMessage user = events.await("MonitorStartedEvent", "t-" + TRUNK);
        assertEquals("200", user.text("monitoredConnection", "deviceID"));
        assertEquals("u-12345678-200", user.text("monitoredConnection", "monitorCrossRefID"));
        assertEquals("sip", user.text("numberType"));
        assertEquals("0", user.text("privateData", "eventOrderIncrement"));
        Awaitility.await().atMost(Duration.ofSeconds(5))
                .until(() -> events.unread("MonitorStartedEvent", "t-" + TRUNK).size() == 20);
        GenericMessage queue = events.unread("MonitorStartedEvent", "t-" + TRUNK).get(19);
        assertEquals("q-12345678-400", queue.text("monitoredConnection", "monitorCrossRefID"));
        assertEquals("queue", queue.text("numberType"));

        // step 4: the trunk's snapshot, then its outgoing numbers (the event without namespace)
        GenericMessage trunk = client.request(request("SnapShotDevice", "snapshotObject", "t-" + TRUNK));
        assertEquals("SnapShotDeviceResponse", trunk.name(), trunk.toString());
        assertEquals("u-12345678-t-12345678", trunk.text("serviceCrossRefID"));
        GenericMessage numbers = events.await("OutgoingNumbersEvent", "t-" + TRUNK);
        assertEquals(TRUNK, numbers.text("outgoingNumbers", "outgoingNumber", "number"));
        assertFalse(frame("OutgoingNumbersEvent").contains("xmlns"), frame("OutgoingNumbersEvent"));

        // step 5-6: the user's snapshot and state
        GenericMessage snapshot = client.request(request("SnapShotDevice", "snapshotObject", "u-12345678-200"));
        assertEquals("u-12345678-200", snapshot.text("serviceCrossRefID"));
        GenericMessage forwarding = client.request(request("GetForwarding", "device", "200"));
        assertEquals("forwardImmediate", forwarding.fields().at("/forwardingList/forwardListItem/0/forwardingType")
                .asText(), forwarding.toString());
        assertEquals("forwardNoAns", forwarding.fields().at("/forwardingList/forwardListItem/1/forwardingType")
                .asText());
        assertEquals("false", client.request(request("GetDoNotDisturb", "device", "200")).text("doNotDisturbOn"));
        GenericMessage profile = client.request(request("GetCallProfile", "device", "200"));
        assertEquals("None", profile.text("callProfile", "outgoingNumberPresentation", "localNumberPresentation",
                "numberType"));
        assertEquals("true", profile.text("callProfile", "incomingCallMatrix", "localDevice", "local"));

        // step 7-9: the queue
        GenericMessage queueSnapshot = client.request(request("SnapShotDevice", "snapshotObject", "q-12345678-400"));
        assertEquals("q-12345678-400", queueSnapshot.text("privateData", "QueueName"));
        GenericMessage queueInfo = client.request(request("GetQueue", "device", "400"));
        assertEquals("Customer Service", queueInfo.text("queueDevice", "deviceDescription"));
        assertEquals("10", queueInfo.text("privateData", "serviceLevelAgreement"));
        assertTrue(queueInfo.requestId() != null);
    }

    @Test
    void makeACallAsTheDocumentsShowIt() {
        client.request(request("MonitorTrunk", "monitorObject.deviceObject", "1"));
        GenericMessage made = client.request(new MakeCall("201", EXTERNAL));
        assertEquals("N/A", made.text("callingDevice", "callID"), made.toString());
        assertEquals("201", made.text("callingDevice", "deviceID"));
        assertEquals("N/A", made.text("callLinkageData", "globalCallData", "globalCallLinkageId"));

        GenericMessage caller = events.await("DeliveredEvent", "u-12345678-201");
        assertEquals("201", caller.text("connection", "deviceID"));
        assertEquals("connected", caller.text("localConnectionInfo"));
        assertEquals("newCall", caller.text("cause"));
        assertEquals("true", caller.text("privateData", "isCstaOriginated"));
        assertEquals("MakeCall", caller.text("privateData", "cstaCallRequestType"));
        assertEquals("Outbound", caller.text("privateData", "callDirection"));
        assertEquals("Ringing", caller.text("privateData", "localStatus"));
        assertEquals(EXTERNAL, caller.text("privateData", "remoteUser"));
        assertNull(caller.text("lastRedirectionDevice"));
        GenericMessage callee = events.await("DeliveredEvent", "t-" + TRUNK);
        assertEquals(EXTERNAL, callee.text("connection", "deviceID"));
        assertEquals("alerting", callee.text("localConnectionInfo"));
        assertEquals("false", callee.text("privateData", "isCstaOriginated"));
        assertNull(callee.text("privateData", "cstaCallRequestType"));
        assertEquals("Inbound", callee.text("privateData", "callDirection"));
        assertEquals("Alerting", callee.text("privateData", "localStatus"));
        String link = caller.text("callLinkageData", "globalCallData", "globalCallLinkageId");
        assertEquals(link, callee.text("callLinkageData", "globalCallData", "globalCallLinkageId"));

        sim.answer(EXTERNAL);
        GenericMessage established = events.await("EstablishedEvent", "u-12345678-201");
        assertEquals("Active", established.text("privateData", "localStatus"));
        assertTrue(established.text("privateData", "timestamp").matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\dZ"));
        assertEquals("Active", events.await("EstablishedEvent", "t-" + TRUNK).text("privateData", "localStatus"));

        sim.hangup(EXTERNAL);
        GenericMessage cleared = events.await("ConnectionClearedEvent", "u-12345678-201");
        assertEquals("Normal Clearing", cleared.text("cause"));
        assertEquals(EXTERNAL, cleared.text("releasingDevice", "deviceIdentifier"));
        assertNull(cleared.fields().get("privateData"));
        events.await("ConnectionClearedEvent", "t-" + TRUNK);
    }

    @Test
    void holdRetrieveAndTheirRefusals() {
        monitor("202");
        client.request(new MakeCall("202", "203"));
        String leg = events.await("DeliveredEvent", "u-12345678-202").text("connection", "callID");
        sim.answer("203");

        GenericMessage notHeld = client.request(onLeg("RetrieveCall", "callToBeRetrieved", leg, "202"));
        assertError(notHeld, "stateIncompatibility", "invalidCallState");
        assertTrue(sim.connected("202", "203"));

        assertEquals("HoldCallResponse", client.request(onLeg("HoldCall", "callToBeHeld", leg, "202")).name());
        GenericMessage held = events.await("HeldEvent", "u-12345678-202");
        assertEquals("HoldCall", held.text("privateData", "cstaCallRequestType"));
        assertEquals("held", held.text("localConnectionInfo"));
        assertEquals("RetrieveCallResponse",
                client.request(onLeg("RetrieveCall", "callToBeRetrieved", leg, "202")).name());
        Awaitility.await().until(() -> sim.connected("202", "203"));

        assertError(client.request(request("HoldCall", "callToBeHeld.deviceID", "202")), "operation",
                "missingParameter");
        assertError(client.request(onLeg("HoldCall", "callToBeHeld", "SIP/hpbx-ffffffff", "202")), "operation",
                "invalidCallID");
        sim.hangup("202");
    }

    @Test
    void answerAndDeflectARingingCall() {
        monitor("204");
        sim.incomingCall("44556670", "204", "John Doe");
        GenericMessage delivered = events.await("DeliveredEvent", "u-12345678-204");
        assertEquals("John Doe", delivered.text("privateData", "callerName"));
        String leg = delivered.text("connection", "callID");

        GenericMessage deflected = client.request(onLeg("DeflectCall", "callToBeDiverted", leg, "204",
                "newDestination", "205"));
        assertEquals("DeflectCallResponse", deflected.name(), deflected.toString());
        GenericMessage diverted = events.await("DivertedEvent", "u-12345678-204");
        assertEquals("205", diverted.text("calledDevice", "deviceIdentifier"));
        assertEquals("204", diverted.text("networkCalledDevice", "deviceIdentifier"));
        assertEquals("Answered elsewhere", diverted.text("cause"));
        String ringing = sim.calls().stream().filter(call -> call.involves("205")).findFirst().orElseThrow()
                .callId("205");

        GenericMessage answered = client.request(onLeg("AnswerCall", "callToBeAnswered", ringing, "205"));
        assertEquals(ringing, answered.text("answeredConnection", "callID"), answered.toString());
        assertTrue(sim.connected("44556670", "205"));
        assertError(client.request(onLeg("DeflectCall", "callToBeDiverted", ringing, "205", "newDestination", "206")),
                "stateIncompatibility", "invalidCallState");
        assertTrue(sim.connected("44556670", "205"));
        sim.hangup("205");
    }

    @Test
    void attendedTransferWithTransferCallAndItsCancellationWithReconnectCall() {
        monitor("207");
        sim.incomingCall("44556671", "207");
        sim.answer("207");
        String original = sim.calls().stream().filter(call -> call.involves("207")).findFirst().orElseThrow()
                .callId("207");

        GenericMessage consulted = client.request(onLeg("ConsultationCall", "existingCall", original, "207",
                "consultedDevice", "208"));
        assertEquals("ConsultationCallResponse", consulted.name());
        assertNull(consulted.fields().get("callingDevice"), consulted.toString());
        events.await("DeliveredEvent", "u-12345678-207"); // the incoming call
        GenericMessage consulting = events.await("DeliveredEvent", "u-12345678-207");
        assertEquals(original + "-att", consulting.text("connection", "callID"));
        assertEquals("Ringing_AttendedTransfer", consulting.text("privateData", "localStatus"));
        assertEquals("Held", events.await("HeldEvent", "u-12345678-207").text("privateData", "cstaCallRequestType")
                .equals("ConsultationCall") ? "Held" : "not held by the consultation");
        sim.answer("208");
        // cancelled: the consultation ends, the held call is back
        GenericMessage reconnected = client.request(request("ReconnectCall", "activeCall.callID", original + "-att",
                "activeCall.deviceID", "207", "heldCall.callID", original, "heldCall.deviceID", "207"));
        assertEquals(original, reconnected.text("reconnectedConnection", "callID"), reconnected.toString());
        Awaitility.await().until(() -> sim.connected("44556671", "207") && !sim.connected("207", "208"));

        client.request(onLeg("ConsultationCall", "existingCall", original, "207", "consultedDevice", "208"));
        sim.answer("208");
        GenericMessage wrongPair = client.request(request("TransferCall", "activeCall.callID", original,
                "activeCall.deviceID", "207", "heldCall.callID", original, "heldCall.deviceID", "207"));
        assertError(wrongPair, "stateIncompatibility", "invalidCallState");
        assertTrue(sim.connected("207", "208"));
        GenericMessage transferred = client.request(request("TransferCall", "activeCall.callID", original + "-att",
                "activeCall.deviceID", "207", "heldCall.callID", original, "heldCall.deviceID", "207"));
        assertEquals(original + "-att", transferred.text("transferredCall", "callID"), transferred.toString());
        assertTrue(sim.connected("44556671", "208"));
        assertTrue(sim.calls().stream().noneMatch(call -> call.involves("207")));
        GenericMessage left = events.await("TransferedEvent", "u-12345678-207");
        assertEquals("208", left.text("transferredToDevice", "deviceIdentifier"));
        sim.hangup("208");
    }

    @Test
    void doNotDisturbRefusesCalls() {
        monitor("209");
        assertEquals("SetDoNotDisturbResponse", client.request(request("SetDoNotDisturb", "device", "209",
                "doNotDisturbOn", "true")).name());
        GenericMessage event = events.await("DoNotDisturbEvent", "u-12345678-209");
        assertEquals("true", event.text("doNotDisturbOn"));
        assertEquals("209", event.text("device", "deviceIdentifier"));
        assertTrue(frame("DoNotDisturbEvent").contains(ED6));

        assertError(client.request(new MakeCall("210", "209")), "stateIncompatibility", "invalidObjectState");
        assertTrue(sim.calls().stream().noneMatch(call -> call.involves("210")));
        assertError(client.request(request("SetDoNotDisturb", "device", "209", "doNotDisturbOn", "maybe")),
                "operation", "invalidParameterValue");
        assertError(client.request(request("SetDoNotDisturb", "device", "999", "doNotDisturbOn", "false")),
                "operation", "invalidDeviceID");
        assertTrue(sim.doNotDisturb("209"));
        client.request(request("SetDoNotDisturb", "device", "209", "doNotDisturbOn", "false"));
        assertFalse(sim.doNotDisturb("209"));
    }

    @Test
    void forwardingImmediateAndOnNoAnswer() {
        monitor("211");
        client.request(request("SetForwarding", "device", "211", "forwardingType", "forwardImmediate",
                "activateForward", "true", "forwardDN", "212", "ringDuration", "0"));
        GenericMessage event = events.await("ForwardingEvent", "u-12345678-211");
        assertEquals("212", event.text("forwardTo"));
        assertEquals("true", event.text("forwardStatus"));
        sim.incomingCall("44556672", "211");
        assertEquals("212", events.await("DivertedEvent", "u-12345678-211").text("calledDevice", "deviceIdentifier"));
        assertTrue(sim.calls().stream().anyMatch(call -> call.involves("212") && !call.involves("211")));
        sim.hangup("44556672");

        client.request(request("SetForwarding", "device", "211", "forwardingType", "forwardImmediate",
                "activateForward", "false"));
        client.request(request("SetForwarding", "device", "211", "forwardingType", "forwardNoAns",
                "activateForward", "true", "forwardDN", "213", "ringDuration", "1"));
        sim.incomingCall("44556672", "211");
        assertEquals("forwardNoAns", events.await("DivertedEvent", "u-12345678-211").text("cause"));
        assertTrue(sim.calls().stream().anyMatch(call -> call.involves("213")));
        sim.hangup("44556672");

        assertError(client.request(request("SetForwarding", "device", "211", "forwardingType", "forwardSometimes",
                "activateForward", "true", "forwardDN", "213")), "operation", "invalidParameterValue");
        assertError(client.request(request("SetForwarding", "device", "211", "forwardingType", "forwardNoAns",
                "activateForward", "true")), "operation", "invalidDestination");
        GenericMessage list = client.request(request("GetForwarding", "device", "211"));
        assertTrue(list.fields().toString().contains("\"forwardDN\":\"213\""), list.toString());
    }

    @Test
    void aQueueCallRingsItsSignedInAgents() {
        client.request(new MonitorStart("q-12345678-400"));
        client.request(request("SetQueueMember", "device", "400", "agentDN", "214", "activateAgent", "true",
                "activateSip", "true", "activateMobile", "true", "activateSkype", "true", "agentPosition", "1"));
        GenericMessage member = events.await("QueueMemberEvent", "q-12345678-400");
        assertEquals("214", member.text("memberList", "memberListItem", "agentDN"));
        assertEquals("true", member.text("memberList", "memberListItem", "activeSip"));
        client.request(request("SetQueueMember", "device", "400", "agentDN", "215", "activateAgent", "true",
                "activateSip", "false", "activateMobile", "false", "activateSkype", "false"));
        assertEquals(List.of("214"), sim.queueAgentsTakingCalls("400"));

        sim.incomingCall("44556673", "400");
        Awaitility.await().until(() -> sim.calls().stream().anyMatch(call -> call.involves("214")));
        assertTrue(sim.calls().stream().noneMatch(call -> call.involves("215")));
        sim.answer("214");
        assertTrue(sim.connected("44556673", "214"));
        Awaitility.await().until(() -> events.unread("QueueStatisticsEvent", "q-12345678-400").stream()
                .anyMatch(stats -> "1".equals(stats.text("totalAnsweredCalls"))));
        GenericMessage stats = events.unread("QueueStatisticsEvent", "q-12345678-400").stream()
                .filter(s -> "1".equals(s.text("totalAnsweredCalls"))).findFirst().orElseThrow();
        assertEquals("1", stats.text("servicingCalls"));
        assertEquals("0", stats.text("waitingCalls"));
        sim.hangup("214");

        GenericMessage members = client.request(request("GetQueueMember", "device", "400"));
        assertTrue(members.fields().toString().contains("\"agentDN\":\"215\""), members.toString());
        assertError(client.request(request("GetQueue", "device", "401")), "operation", "invalidDeviceID");
    }

    @Test
    void digitsAreRecordedPerLeg() {
        client.request(new MakeCall("216", "217"));
        String leg = sim.calls().stream().filter(call -> call.involves("216")).findFirst().orElseThrow().callId("216");
        sim.answer("217");
        assertEquals("GenerateDigitsResponse", client.request(onLeg("GenerateDigits", "connectionToSendDigits", leg,
                "216", "charactersToSend", "123#")).name());
        assertError(client.request(onLeg("GenerateDigits", "connectionToSendDigits", leg, "216",
                "charactersToSend", "12x")), "operation", "invalidParameterValue");
        assertEquals("123#", sim.digitsSent(leg));
        sim.hangup("216");
    }

    @Test
    void socketIoClientsChooseTheirDialectToo() {
        try (SocketIoTestClient current = new SocketIoTestClient(sim.socketIoPort());
                SocketIoTestClient old = new SocketIoTestClient(sim.socketIoPort())) {
            current.login(60);
            old.login(60);
            GenericMessage started = current.request(new MonitorStart("u-12345678-218"));
            assertEquals("u-12345678-218", started.text("monitorCrossRefID"), started.toString());
            GenericMessage oldStarted = old.request(new MonitorStart("218"));
            assertTrue(oldStarted.text("monitorCrossRefID").startsWith("218-"), oldStarted.toString());
            assertEquals("N/A", current.request(new MakeCall("218", "219")).text("callingDevice", "callID"));
            GenericMessage oldSnapshot = old.request(new SnapshotDevice("218"));
            assertEquals("SnapshotDeviceResponse", oldSnapshot.name());
            sim.hangup("218");
        }
    }

    @Test
    void anObjectOfAnotherTrunkIsRefused() {
        assertError(client.request(new MonitorStart("u-99999999-200")), "operation", "invalidDeviceID");
        assertError(client.request(new MonitorStart("q-99999999-400")), "operation", "invalidDeviceID");
        assertError(client.request(new SnapshotDevice("u-99999999-200")), "operation", "invalidDeviceID");
    }

    /**
     * A caller name that XML cannot carry: the XML client, whose monitor comes first, misses the event, and the
     * socket.io client, which can carry it, still gets it, as does the call.
     */
    @Test
    void anEventThatOneClientCannotBeSentStillReachesTheOthers() {
        monitor("217");
        try (SocketIoTestClient json = new SocketIoTestClient(sim.socketIoPort())) {
            json.login(60);
            GenericMessage started = json.request(new MonitorStart("u-12345678-217"));
            assertEquals("u-12345678-217", started.text("monitorCrossRefID"), started.toString());

            try {
                sim.incomingCall(EXTERNAL, "217", "bad\u0001name");

                GenericMessage delivered = new EventLog(json).await("DeliveredEvent", "u-12345678-217");
                assertEquals("bad\u0001name", delivered.text("privateData", "callerName"));
                assertTrue(sim.calls().stream().anyMatch(call -> call.involves("217")));
            } finally {
                sim.hangup("217");
            }
        }
    }

    private void monitor(String device) {
        GenericMessage started = client.request(new MonitorStart("u-12345678-" + device));
        assertEquals("u-12345678-" + device, started.text("monitorCrossRefID"), started.toString());
        assertEquals(device, started.text("privateData", "monitoredConnection", "deviceID"));
    }

    private String frame(String name) {
        return client.frames.stream().filter(text -> text.startsWith("<" + name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " frame"));
    }

    private static void assertError(GenericMessage response, String category, String value) {
        assertEquals("CSTAErrorCode", response.name(), response.toString());
        assertEquals(value, response.text(category), response.toString());
    }
}
