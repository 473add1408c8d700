package org.camelcsta.itests;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.camelcsta.client.CstaErrorException;
import org.camelcsta.component.CstaConstants;
import org.camelcsta.protocol.model.AnswerCallResponse;
import org.camelcsta.protocol.model.ConnectionId;
import org.camelcsta.protocol.model.ConsultationCallResponse;
import org.camelcsta.protocol.model.DirectedPickupCallResponse;
import org.camelcsta.protocol.model.MakeCall;
import org.camelcsta.protocol.model.MakeCallResponse;
import org.camelcsta.protocol.model.MonitorStartResponse;
import org.camelcsta.protocol.model.ResetApplicationSessionTimerPosResponse;
import org.camelcsta.protocol.model.SingleStepTransferCallResponse;
import org.camelcsta.protocol.model.SnapshotConnection;
import org.camelcsta.protocol.model.SnapshotDeviceResponse;
import org.camelcsta.protocol.model.StartApplicationSessionPosResponse;
import org.camelcsta.simulator.LegState;
import org.camelcsta.simulator.SimulatedCall;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every command of the provider's API through its producer endpoint, checked in the simulator's call state. */
class CommandsTest extends SimulatorTestSupport {

    private static final String CALLER = "55501234";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:makeCallFromOptions").to("csta:makeCall?callingDevice=100&calledDirectoryNumber=101");
                from("direct:makeCall").to("csta:makeCall");
                from("direct:snapshot").to("csta:snapshotDevice");
                from("direct:transfer").to("csta:singleStepTransferCall");
                from("direct:consult").to("csta:consultationCall");
                from("direct:clear").to("csta:clearConnection");
                from("direct:pickup").to("csta:directedPickupCall?requestingDevice=107");
                from("direct:monitorStart").to("csta:monitorStart?deviceObject=108");
                from("direct:reset").to("csta:resetApplicationSessionTimer");
                from("direct:login").to("csta:startApplicationSession");
                from("direct:answer").to("csta:answerCall");
                from("direct:testOk").to("csta:makeCall?test=ok&callingDevice=100&calledDirectoryNumber=101");
                from("direct:testError").to("csta:makeCall?test=error&callingDevice=100&calledDirectoryNumber=101");
            }
        };
    }

    @Test
    void makeCallFromUriOptions() {
        Exchange exchange = template.request("direct:makeCallFromOptions", e -> { });
        MakeCallResponse response = assertInstanceOf(MakeCallResponse.class, exchange.getMessage().getBody());
        assertEquals("100", response.callingDevice().deviceId());
        assertEquals(response.callingDevice().callId(), exchange.getMessage().getHeader(CstaConstants.CALL_ID));
        assertEquals("100", exchange.getMessage().getHeader(CstaConstants.DEVICE_ID));
        assertEquals("MakeCallResponse", exchange.getMessage().getHeader(CstaConstants.MESSAGE_TYPE));
        SimulatedCall call = simulator.calls().get(0);
        assertEquals(LegState.CONNECTED, legOf(call, "100").state());
        assertEquals(response.callingDevice().callId(), legOf(call, "100").callId());
        assertEquals(LegState.ALERTING, legOf(call, "101").state());
    }

    @Test
    void makeCallFromHeadersAndFromATypedBody() {
        template.requestBodyAndHeaders("direct:makeCall", null,
                Map.of(CstaConstants.CALLING_DEVICE, "102", CstaConstants.CALLED_DIRECTORY_NUMBER, "103"));
        template.requestBody("direct:makeCall", new MakeCall("104", "105"));
        await().until(() -> simulator.calls().size() == 2);
        assertEquals(LegState.ALERTING, legOf(callOf("102"), "103").state());
        assertEquals(LegState.ALERTING, legOf(callOf("104"), "105").state());
    }

    @Test
    void snapshotDeviceListsTheConnectionsAndSetsTheFirstOnesHeaders() {
        answeredIncomingCall("102");
        Exchange exchange = template.request("direct:snapshot",
                e -> e.getIn().setHeader(CstaConstants.SNAPSHOT_OBJECT, "102@" + DOMAIN));
        SnapshotDeviceResponse response = assertInstanceOf(SnapshotDeviceResponse.class, exchange.getMessage().getBody());
        SnapshotConnection connection = response.connections().get(0);
        assertEquals("102", connection.deviceId());
        assertEquals("Active", connection.privateData().localStatus());
        assertEquals(CALLER, connection.privateData().remoteUser());
        assertEquals(connection.callId(), exchange.getMessage().getHeader(CstaConstants.CALL_ID));
        assertEquals("102", exchange.getMessage().getHeader(CstaConstants.DEVICE_ID));
    }

    @Test
    void singleStepTransferCallFromHeaders() {
        SimulatedCall call = answeredIncomingCall("102");
        simulator.autoAnswer("104", Duration.ZERO);
        SingleStepTransferCallResponse response = template.requestBodyAndHeaders("direct:transfer", null, Map.of(
                CstaConstants.CALL_ID, legOf(call, "102").callId(), CstaConstants.DEVICE_ID, "102",
                CstaConstants.TRANSFERRED_TO, "104"), SingleStepTransferCallResponse.class);
        assertNotNull(response.transferredCall().callId());
        await().until(() -> simulator.connected(CALLER, "104"));
    }

    @Test
    void consultationCallThenTheMiddleHangsUp() {
        SimulatedCall call = answeredIncomingCall("102");
        simulator.autoAnswer("105", Duration.ZERO);
        ConsultationCallResponse response = template.requestBodyAndHeaders("direct:consult", null, Map.of(
                CstaConstants.CALL_ID, legOf(call, "102").callId(), CstaConstants.DEVICE_ID, "102",
                CstaConstants.CONSULTED_DEVICE, "105"), ConsultationCallResponse.class);
        assertEquals("102", response.callingDevice().deviceId());
        await().until(() -> simulator.connected("102", "105"));
        simulator.hangup("102");
        await().until(() -> simulator.connected(CALLER, "105"));
    }

    @Test
    void clearConnectionWithTheCallOfAMakeCallReply() {
        Exchange made = template.request("direct:makeCallFromOptions", e -> { });
        template.send("direct:clear", e -> e.getIn().setHeaders(made.getMessage().getHeaders()));
        await().until(() -> simulator.calls().isEmpty());
    }

    @Test
    void directedPickupCallOfARingingCall() {
        SimulatedCall call = simulator.incomingCall(CALLER, "106");
        DirectedPickupCallResponse response = template.requestBodyAndHeaders("direct:pickup", null, Map.of(
                CstaConstants.CALL_ID, legOf(call, "106").callId(), CstaConstants.DEVICE_ID, "106"),
                DirectedPickupCallResponse.class);
        assertEquals("107", response.pickedCall().deviceId());
        await().until(() -> simulator.connected(CALLER, "107"));
    }

    @Test
    void monitorStartAsACommand() {
        Exchange exchange = template.request("direct:monitorStart", e -> { });
        MonitorStartResponse response = assertInstanceOf(MonitorStartResponse.class, exchange.getMessage().getBody());
        assertEquals(response.monitorCrossRefId(), exchange.getMessage().getHeader(CstaConstants.MONITOR_CROSS_REF_ID));
        assertEquals(1, simulator.monitorCount("108"));
    }

    @Test
    void sessionCommands() {
        ResetApplicationSessionTimerPosResponse reset = template.requestBodyAndHeader("direct:reset", null,
                CstaConstants.SESSION_DURATION, 120, ResetApplicationSessionTimerPosResponse.class);
        assertEquals(120, reset.actualSessionDuration());
        Exchange login = template.request("direct:login", e -> { });
        StartApplicationSessionPosResponse response = assertInstanceOf(StartApplicationSessionPosResponse.class,
                login.getMessage().getBody());
        assertEquals(response.sessionId(), login.getMessage().getHeader(CstaConstants.SESSION_ID));
    }

    @Test
    void answerCallFromAMapBody() {
        SimulatedCall call = simulator.incomingCall(CALLER, "109");
        Exchange exchange = template.request("direct:answer", e -> e.getIn().setBody(
                Map.of("callToBeAnswered", Map.of("callID", legOf(call, "109").callId(), "deviceID", "109"))));
        assertEquals("AnswerCallResponse", exchange.getMessage().getHeader(CstaConstants.MESSAGE_TYPE));
        assertInstanceOf(AnswerCallResponse.class, exchange.getMessage().getBody());
        await().until(() -> simulator.connected(CALLER, "109"));
    }

    @Test
    void testModeAnswersWithoutCarryingOutTheCommand() {
        assertInstanceOf(MakeCallResponse.class, template.requestBody("direct:testOk", (Object) null));
        CamelExecutionException e = assertThrows(CamelExecutionException.class,
                () -> template.requestBody("direct:testError", (Object) null));
        assertEquals("security", assertInstanceOf(CstaErrorException.class, e.getCause()).getCategory());
        assertTrue(simulator.calls().isEmpty());
    }

    private SimulatedCall answeredIncomingCall(String device) {
        simulator.incomingCall(CALLER, device);
        simulator.answer(device);
        return callOf(device);
    }

    private SimulatedCall callOf(String party) {
        List<SimulatedCall> calls = simulator.calls();
        return calls.stream().filter(c -> c.legs().stream().anyMatch(l -> l.device().equals(party))).findFirst()
                .orElseThrow(() -> new AssertionError(party + " is in no call: " + calls));
    }

    static org.camelcsta.simulator.SimulatedLeg legOf(SimulatedCall call, String device) {
        return call.legs().stream().filter(l -> l.device().equals(device)).findFirst()
                .orElseThrow(() -> new AssertionError(device + " has no leg in " + call));
    }
}
