package org.camelcsta.itests;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.camel.CamelExecutionException;
import org.camelcsta.client.CstaErrorException;
import org.camelcsta.component.CstaConfiguration;
import org.camelcsta.component.CstaConstants;
import org.camelcsta.protocol.CstaDecodeException;
import org.camelcsta.protocol.CstaValidationException;
import org.camelcsta.simulator.CstaSimulator;
import org.camelcsta.simulator.LegState;
import org.camelcsta.simulator.SimulatedCall;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.camelcsta.itests.CurrentApiSupport.QUEUE;
import static org.camelcsta.itests.CurrentApiSupport.answeredCall;
import static org.camelcsta.itests.CurrentApiSupport.inACall;
import static org.camelcsta.itests.CurrentApiSupport.leg;
import static org.camelcsta.itests.CurrentApiSupport.legOf;
import static org.camelcsta.itests.CurrentApiSupport.refusal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input to each operation of the current API, against the simulator speaking it: a missing field fails before
 * anything is sent, an unknown device or a call in the wrong state is refused by the PBX with a CSTA error that says
 * which; either way nothing changes on the PBX.
 */
class CurrentApiBadInputTest extends SimulatorTestSupport {

    private static final String CALLER = "44556670";
    private static final String UNKNOWN = "999";

    @Override
    protected CstaSimulator.Builder simulatorBuilder() {
        return CurrentApiSupport.current(super.simulatorBuilder());
    }

    @Override
    protected void configure(CstaConfiguration configuration) {
        super.configure(configuration);
        configuration.setDialect("current");
    }

    @Test
    void aMissingFieldFailsBeforeAnythingIsSent() {
        Map<String, String> missing = new LinkedHashMap<>();
        missing.put("csta:answerCall", "AnswerCall");
        missing.put("csta:holdCall", "HoldCall");
        missing.put("csta:retrieveCall", "RetrieveCall");
        missing.put("csta:reconnectCall?callId=C1-att&deviceId=140", "ReconnectCall");
        missing.put("csta:transferCall?callId=C1-att&deviceId=140", "TransferCall");
        missing.put("csta:deflectCall?callId=C1&deviceId=140", "DeflectCall");
        missing.put("csta:generateDigits?callId=C1&deviceId=140", "GenerateDigits");
        missing.put("csta:getDoNotDisturb", "GetDoNotDisturb");
        missing.put("csta:setDoNotDisturb?device=140", "SetDoNotDisturb");
        missing.put("csta:getForwarding", "GetForwarding");
        missing.put("csta:setForwarding?device=140&activateForward=true&forwardDN=141", "SetForwarding");
        missing.put("csta:getCallProfile", "GetCallProfile");
        missing.put("csta:setCallProfile?device=140", "SetCallProfile");
        missing.put("csta:getQueue", "GetQueue");
        missing.put("csta:getQueueMember", "GetQueueMember");
        missing.put("csta:setQueueMember?device=400&activateAgent=true&activateSip=true", "SetQueueMember");
        missing.put("csta:snapshotDevice", "SnapShotDevice");
        missing.forEach((uri, request) -> {
            CamelExecutionException failed = assertThrows(CamelExecutionException.class,
                    () -> template.requestBody(uri, (Object) null), uri);
            CstaValidationException invalid = assertInstanceOf(CstaValidationException.class, failed.getCause(), uri);
            assertFalse(invalid.getMissingFields().isEmpty(), uri);
            // the component names SnapShotDevice as the 2020 API does
            assertTrue(invalid.getMessage().toLowerCase(Locale.ROOT).startsWith(
                    request.toLowerCase(Locale.ROOT) + " is missing required field(s): "), invalid.getMessage());
            assertTrue(simulator.traffic(request).isEmpty(), () -> request + " was sent: " + uri);
        });
    }

    @Test
    void anUnknownDeviceOrQueueIsRefusedAndNothingChanges() {
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("csta:getDoNotDisturb?device=999", "invalidDeviceID");
        refused.put("csta:setDoNotDisturb?device=999&doNotDisturbOn=true", "invalidDeviceID");
        refused.put("csta:getForwarding?device=999", "invalidDeviceID");
        refused.put("csta:setForwarding?device=999&forwardingType=forwardImmediate&activateForward=true&forwardDN=141",
                "invalidDeviceID");
        refused.put("csta:getCallProfile?device=999", "invalidDeviceID");
        refused.put("csta:getQueue?device=401", "invalidDeviceID");
        refused.put("csta:getQueueMember?device=401", "invalidDeviceID");
        refused.put("csta:setQueueMember?device=401&agentDN=141&activateAgent=true&activateSip=true"
                + "&activateMobile=false&activateSkype=false&agentPosition=1", "invalidDeviceID");
        refused.put("csta:snapshotDevice?snapshotObject=u-12345678-999", "invalidDeviceID");
        refused.forEach((uri, value) -> {
            CstaErrorException error = refusal(template, uri, Map.of(), uri);
            assertEquals("operation", error.getCategory(), uri + ": " + error.getMessage());
            assertEquals(value, error.getErrorValue(), uri + ": " + error.getMessage());
        });
        assertTrue(simulator.traffic("DoNotDisturbEvent").isEmpty());
        assertTrue(simulator.traffic("ForwardingEvent").isEmpty());
        assertTrue(simulator.traffic("QueueMemberEvent").isEmpty());

        // an agent that is no device cannot sign in
        CstaErrorException agent = refusal(template, "csta:setQueueMember?device=400&agentDN=999&activateAgent=true"
                + "&activateSip=true&activateMobile=false&activateSkype=false&agentPosition=1", Map.of());
        assertEquals("invalidDeviceID", agent.getErrorValue(), agent.getMessage());
        assertTrue(simulator.queueAgentsTakingCalls(QUEUE).isEmpty());

        // a ringing call deflected to a user the PBX does not have keeps ringing where it was (digits alone would
        // dial out)
        SimulatedCall ringing = simulator.incomingCall(CALLER, "142");
        CstaErrorException deflect = refusal(template, "csta:deflectCall?newDestination=u-12345678-" + UNKNOWN,
                leg(ringing.callId("142"), "142"));
        assertEquals("invalidDestination", deflect.getErrorValue(), deflect.getMessage());
        assertEquals(LegState.ALERTING, legOf(simulator, "142").state());

        // a call leg the PBX does not know
        CstaErrorException hold = refusal(template, "csta:holdCall", leg("SIP/hpbx-ffffffff", "142"));
        assertEquals("invalidCallID", hold.getErrorValue(), hold.getMessage());
        assertEquals(LegState.ALERTING, legOf(simulator, "142").state());
    }

    @Test
    void aCallInTheWrongStateIsRefusedAndStaysAsItWas() {
        SimulatedCall call = answeredCall(simulator, CALLER, "143");
        Map<String, Object> active = leg(call.callId("143"), "143");
        List<String> wrongState = List.of("csta:retrieveCall", "csta:answerCall", "csta:deflectCall?newDestination=144");
        for (String uri : wrongState) {
            CstaErrorException error = refusal(template, uri, active);
            assertEquals("stateIncompatibility", error.getCategory(), uri + ": " + error.getMessage());
            assertEquals("invalidCallState", error.getErrorValue(), uri + ": " + error.getMessage());
            assertTrue(simulator.connected(CALLER, "143"), uri);
            assertFalse(inACall(simulator, "144"), uri);
        }

        // no consultation: transfer and reconnect have no pair of legs to act on
        Map<String, Object> noPair = new LinkedHashMap<>(active);
        noPair.put(CstaConstants.HELD_CALL_ID, call.callId("143"));
        noPair.put(CstaConstants.HELD_DEVICE_ID, "143");
        for (String uri : List.of("csta:transferCall", "csta:reconnectCall")) {
            CstaErrorException error = refusal(template, uri, noPair);
            assertEquals("stateIncompatibility", error.getCategory(), uri + ": " + error.getMessage());
            assertTrue(simulator.connected(CALLER, "143"), uri);
        }

        // digits that are no DTMF
        CstaErrorException digits = refusal(template, "csta:generateDigits?charactersToSend=12x", active);
        assertEquals("invalidParameterValue", digits.getErrorValue(), digits.getMessage());
        assertEquals("", simulator.digitsSent(call.callId("143")));

        // a consultation that is transferred the wrong way round keeps both calls
        simulator.autoAnswer("145", Duration.ZERO);
        template.requestBodyAndHeaders("csta:consultationCall?consultedDevice=145", null, active);
        await().until(() -> simulator.connected("143", "145"));
        Map<String, Object> swapped = new LinkedHashMap<>(leg(call.callId("143"), "143"));
        swapped.put(CstaConstants.HELD_CALL_ID, call.callId("143") + "-att");
        swapped.put(CstaConstants.HELD_DEVICE_ID, "143");
        CstaErrorException transfer = refusal(template, "csta:transferCall", swapped);
        assertEquals("stateIncompatibility", transfer.getCategory(), transfer.getMessage());
        assertTrue(simulator.connected("143", "145"));
        assertEquals(LegState.HELD, legOf(simulator, "143", LegState.HELD).state());
    }

    @Test
    void badValuesAreRefused() {
        // a flag that is no boolean is refused by the component already
        CamelExecutionException dnd = assertThrows(CamelExecutionException.class, () -> template.requestBodyAndHeader(
                "csta:setDoNotDisturb?device=146", null, CstaConstants.DO_NOT_DISTURB_ON, "maybe"));
        CstaDecodeException notABoolean = assertInstanceOf(CstaDecodeException.class, dnd.getCause());
        assertTrue(notABoolean.getMessage().contains("maybe"), notABoolean.getMessage());
        assertTrue(simulator.traffic("SetDoNotDisturb").isEmpty());
        assertFalse(simulator.doNotDisturb("146"));
        CstaErrorException forwarding = refusal(template, "csta:setForwarding?device=146&forwardingType=forwardSometimes"
                + "&activateForward=true&forwardDN=147", Map.of());
        assertEquals("invalidParameterValue", forwarding.getErrorValue(), forwarding.getMessage());
        simulator.incomingCall(CALLER, "146");
        assertFalse(inACall(simulator, "147"));
    }
}
