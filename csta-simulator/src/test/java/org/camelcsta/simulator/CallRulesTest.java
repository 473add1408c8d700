package org.camelcsta.simulator;

import static org.camelcsta.simulator.client.MonitoredEvents.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.camelcsta.protocol.model.ConnectionId;
import org.camelcsta.protocol.model.ConsultationCall;
import org.camelcsta.protocol.model.DirectedPickupCall;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.MakeCall;
import org.camelcsta.protocol.model.SingleStepTransferCall;
import org.camelcsta.simulator.client.MonitoredEvents;
import org.camelcsta.simulator.client.XmlSocketClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the PBX refuses, and the {@code prompt} mode of MakeCall, over TCP/XML: a refusal is a clear
 * {@code CSTAErrorCode} and leaves every call as it was. Each test uses its own devices.
 */
class CallRulesTest {

    private static final String EXTERNAL = "22334455";
    private static CstaSimulator sim;

    private XmlSocketClient client;

    @BeforeAll
    static void start() {
        sim = CstaSimulator.builder().xmlPort(0).socketIoPort(-1).httpPort(-1).httpsPort(-1).controlPort(-1).build();
        sim.start();
    }

    @AfterAll
    static void stop() {
        sim.stop();
    }

    @BeforeEach
    void login() {
        client = new XmlSocketClient(sim.xmlPort());
        client.login(60);
    }

    @AfterEach
    void disconnect() {
        client.close();
    }

    @Test
    void transferBeforeTheFarEndAnswersIsRefusedAndTheCallRingsOn() {
        MonitoredEvents events = new MonitoredEvents(client, "101", "102", "103");
        String callerLeg = made(client.request(new MakeCall("101", "102")));
        String calleeLeg = callOf("101").callId("102");

        GenericMessage refused = client.request(new SingleStepTransferCall(new ConnectionId(callerLeg, "101"), "103"));

        assertError(refused, "stateIncompatibility", "invalidCallState");
        assertTrue(refused.text("details").contains("102 has not answered"), refused.toString());
        assertEquals(List.of(LegState.CONNECTED, LegState.ALERTING), states(callOf("101")));
        assertTrue(sim.calls().stream().noneMatch(call -> call.involves("103")));
        sim.answer("102");
        assertTrue(sim.connected("101", "102"));
        events.await("102", event("DeliveredEvent", calleeLeg, "102", "newCall"),
                event("EstablishedEvent", calleeLeg, "102", "normal"));
        assertTrue(events.of("103").isEmpty(), events.of("103").toString());

        // answered, the same transfer goes through
        GenericMessage transferred = client.request(
                new SingleStepTransferCall(new ConnectionId(callerLeg, "101"), "103"));
        assertEquals("SingleStepTransferCallResponse", transferred.name(), transferred.toString());
        assertEquals(List.of(LegState.CONNECTED, LegState.ALERTING), states(callOf("102")));
    }

    @Test
    void consultationBeforeTheFarEndAnswersIsRefused() {
        String callerLeg = made(client.request(new MakeCall("104", "105")));

        GenericMessage refused = client.request(new ConsultationCall(new ConnectionId(callerLeg, "104"), "106"));

        assertError(refused, "stateIncompatibility", "invalidCallState");
        assertEquals(List.of(LegState.CONNECTED, LegState.ALERTING), states(callOf("104")));
        assertTrue(sim.calls().stream().noneMatch(call -> call.involves("106")));
    }

    @Test
    void pickupOfACallRingingAtAnExternalNumberIsRefused() {
        made(client.request(new MakeCall("111", EXTERNAL)));
        String externalLeg = callOf("111").callId(EXTERNAL);

        GenericMessage refused = client.request(
                new DirectedPickupCall(new ConnectionId(externalLeg, EXTERNAL), "112"));

        assertError(refused, "operation", "requestIncompatibleWithObject");
        assertTrue(refused.text("details").contains("external number " + EXTERNAL), refused.toString());
        assertEquals(List.of("111", EXTERNAL), callOf("111").parties());
        assertEquals(List.of(LegState.CONNECTED, LegState.ALERTING), states(callOf("111")));
        assertTrue(sim.calls().stream().noneMatch(call -> call.involves("112")));
    }

    @Test
    void theCallerCannotPickUpItsOwnCall() {
        made(client.request(new MakeCall("113", "114")));
        String ringing = callOf("113").callId("114");

        GenericMessage refused = client.request(new DirectedPickupCall(new ConnectionId(ringing, "114"), "113"));

        assertError(refused, "stateIncompatibility", "invalidCallState");
        assertEquals(List.of("113", "114"), callOf("113").parties());
    }

    @Test
    void promptRingsTheCallerFirstAndTheCalledPartyOnlyOnceTheCallerAnswers() {
        MonitoredEvents events = new MonitoredEvents(client, "121", "122");
        String callerLeg = made(client.request(new MakeCall("121", "122", "prompt", null, null)));

        SimulatedCall prompting = callOf("121");
        assertEquals(List.of("121"), prompting.parties());
        assertEquals(LegState.ALERTING, prompting.leg("121").orElseThrow().state());
        GenericMessage ringsAtCaller = events.await("121", event("DeliveredEvent", callerLeg, "121", "newCall")).get(0);
        assertEquals("121", ringsAtCaller.text("alertingDevice", "deviceIdentifier"));
        assertEquals("alerting", ringsAtCaller.text("localConnectionInfo"));
        assertEquals("122", ringsAtCaller.text("calledDevice", "deviceIdentifier"));
        assertTrue(events.of("122").isEmpty(), events.of("122").toString());

        sim.answer("121");
        String calleeLeg = callOf("121").callId("122");
        assertEquals(List.of(LegState.CONNECTED, LegState.ALERTING), states(callOf("121")));
        List<GenericMessage> caller = events.await("121",
                event("DeliveredEvent", callerLeg, "121", "newCall"),
                event("DeliveredEvent", callerLeg, "121", "newCall"));
        assertEquals("122", caller.get(1).text("alertingDevice", "deviceIdentifier"));
        assertEquals("connected", caller.get(1).text("localConnectionInfo"));
        events.await("122", event("DeliveredEvent", calleeLeg, "122", "newCall"));

        sim.answer("122");
        assertTrue(sim.connected("121", "122"));
        events.await("121",
                event("DeliveredEvent", callerLeg, "121", "newCall"),
                event("DeliveredEvent", callerLeg, "121", "newCall"),
                event("EstablishedEvent", callerLeg, "121", "normal"));
    }

    @Test
    void aPromptedCallerThatAnswersByItselfPutsTheCallThrough() {
        sim.autoAnswer("123", Duration.ZERO);
        try {
            made(client.request(new MakeCall("123", EXTERNAL, "prompt", null, null)));
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> callOf("123").involves(EXTERNAL));
            assertEquals(List.of(LegState.CONNECTED, LegState.ALERTING), states(callOf("123")));
        } finally {
            sim.autoAnswer("123", null);
        }
    }

    @Test
    void aPromptedCallerThatHangsUpEndsTheCallBeforeAnyoneElseRings() {
        made(client.request(new MakeCall("124", "125", "prompt", null, null)));
        sim.hangup("124");
        assertTrue(sim.calls().stream().noneMatch(call -> call.involves("124") || call.involves("125")));
    }

    @Test
    void anUnknownAutoOriginateIsRefused() {
        GenericMessage refused = client.request(new MakeCall("126", "127", "sometimes", null, null));
        assertError(refused, "operation", "invalidParameterValue");
        assertTrue(sim.calls().stream().noneMatch(call -> call.involves("126")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "not a number!", "12a4", "++4512", "45+12", "1 2", "u-12345678-999", "999@pbx.dk",
            "123456789012345678901234567890123" })
    void aDestinationThatIsNoDialableNumberIsRefusedAndNothingChanges(String destination) {
        GenericMessage makeCall = client.request(new MakeCall("131", destination));
        assertError(makeCall, "operation", "invalidDestination");
        assertTrue(sim.calls().stream().noneMatch(call -> call.involves("131")));

        sim.incomingCall(EXTERNAL, "132");
        sim.answer("132");
        String leg = callOf("132").callId("132");
        GenericMessage transfer = client.request(new SingleStepTransferCall(new ConnectionId(leg, "132"), destination));
        assertError(transfer, "operation", "invalidDestination");
        GenericMessage consultation = client.request(new ConsultationCall(new ConnectionId(leg, "132"), destination));
        assertError(consultation, "operation", "invalidDestination");
        assertTrue(sim.connected(EXTERNAL, "132"), sim.calls().toString());
        assertEquals(1, sim.calls().stream().filter(call -> call.involves("132")).count());
        sim.hangup("132");
    }

    @ParameterizedTest
    @ValueSource(strings = { "+4570203040", "*21#", "4570203040", "134@12345678.pbx.one-connect.dk",
            "u-12345678-134" })
    void dialableDestinationsAreCalled(String destination) {
        made(client.request(new MakeCall("133", destination)));
        String dialled = destination.contains("134") ? "134" : destination;
        assertEquals(List.of("133", dialled), callOf("133").parties());
        sim.hangup("133");
    }

    private static String made(GenericMessage response) {
        assertEquals("MakeCallResponse", response.name(), response.toString());
        return response.text("callingDevice", "callID");
    }

    private static void assertError(GenericMessage response, String category, String value) {
        assertEquals("CSTAErrorCode", response.name(), response.toString());
        assertEquals(value, response.text(category), response.toString());
    }

    private static SimulatedCall callOf(String device) {
        return sim.calls().stream().filter(call -> call.involves(device)).findFirst()
                .orElseThrow(() -> new AssertionError("no call of " + device + " in " + sim.calls()));
    }

    private static List<LegState> states(SimulatedCall call) {
        return call.legs().stream().map(SimulatedLeg::state).toList();
    }
}
