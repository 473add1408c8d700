package org.camelcsta.component;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.camelcsta.client.MonitorSnapshot;
import org.camelcsta.protocol.codec.MessageBinder;
import org.camelcsta.protocol.model.AnswerCallResponse;
import org.camelcsta.protocol.model.CallLinkageData;
import org.camelcsta.protocol.model.ConnectionClearedEvent;
import org.camelcsta.protocol.model.ConnectionId;
import org.camelcsta.protocol.model.ConsultationCall;
import org.camelcsta.protocol.model.ConsultationCallResponse;
import org.camelcsta.protocol.model.CstaEvent;
import org.camelcsta.protocol.model.CstaMessage;
import org.camelcsta.protocol.model.CstaRequest;
import org.camelcsta.protocol.model.CstaResponse;
import org.camelcsta.protocol.model.DeliveredEvent;
import org.camelcsta.protocol.model.DeviceIdentifier;
import org.camelcsta.protocol.model.DirectedPickupCallResponse;
import org.camelcsta.protocol.model.DivertedEvent;
import org.camelcsta.protocol.model.DoNotDisturbEvent;
import org.camelcsta.protocol.model.EstablishedEvent;
import org.camelcsta.protocol.model.ForwardListItem;
import org.camelcsta.protocol.model.ForwardingEvent;
import org.camelcsta.protocol.model.ForwardingList;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.GetDoNotDisturbResponse;
import org.camelcsta.protocol.model.GetForwardingResponse;
import org.camelcsta.protocol.model.GetQueueMemberResponse;
import org.camelcsta.protocol.model.GetQueueResponse;
import org.camelcsta.protocol.model.HeldEvent;
import org.camelcsta.protocol.model.HoldCallResponse;
import org.camelcsta.protocol.model.MakeCallResponse;
import org.camelcsta.protocol.model.MemberList;
import org.camelcsta.protocol.model.MemberListItem;
import org.camelcsta.protocol.model.MonitorStartResponse;
import org.camelcsta.protocol.model.MonitorStartedEvent;
import org.camelcsta.protocol.model.PrivateData;
import org.camelcsta.protocol.model.QueueAddedEvent;
import org.camelcsta.protocol.model.QueueMemberEvent;
import org.camelcsta.protocol.model.QueueStatisticsEvent;
import org.camelcsta.protocol.model.ReconnectCallResponse;
import org.camelcsta.protocol.model.SingleStepTransferCallResponse;
import org.camelcsta.protocol.model.SnapshotConnection;
import org.camelcsta.protocol.model.SnapshotDeviceResponse;
import org.camelcsta.protocol.model.StartApplicationSessionPosResponse;
import org.camelcsta.protocol.model.TransferCallResponse;
import org.camelcsta.protocol.model.TransferedEvent;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The header rule: the headers that a consumer or a reply sets change nothing in a later request but its call leg.
 * Every event and reply the component models (and an unmodelled event) against every producer operation, each with
 * its devices in URI options: the request built with the source's headers equals the one built without them, but
 * for the call leg, which is the source's.
 */
class HeaderRuleTest extends CamelTestSupport {

    private static final String DOMAIN = "12345678.pbx.one-connect.dk";
    /** The call-leg field of each operation that has one. */
    private static final Map<String, String> LEG_FIELDS = Map.ofEntries(Map.entry("singleStepTransferCall", "activeCall"),
            Map.entry("consultationCall", "existingCall"), Map.entry("clearConnection", "connectionToBeCleared"),
            Map.entry("directedPickupCall", "callToBePickedUp"), Map.entry("answerCall", "callToBeAnswered"),
            Map.entry("holdCall", "callToBeHeld"), Map.entry("retrieveCall", "callToBeRetrieved"),
            Map.entry("deflectCall", "callToBeDiverted"), Map.entry("generateDigits", "connectionToSendDigits"),
            Map.entry("transferCall", "activeCall"), Map.entry("reconnectCall", "activeCall"));
    /** The held-leg field of each operation that has one. */
    private static final Map<String, String> HELD_LEG_FIELDS = Map.of("transferCall", "heldCall", "reconnectCall", "heldCall");
    private static final List<String> OPERATIONS = List.of(
            "makeCall?callingDevice=140&calledDirectoryNumber=4570203040",
            "singleStepTransferCall?callId=SIP/9&deviceId=139&transferredTo=124",
            "consultationCall?callId=SIP/9&deviceId=139&consultedDevice=125",
            "snapshotDevice?snapshotObject=141@" + DOMAIN,
            "clearConnection?callId=SIP/9&deviceId=139",
            "directedPickupCall?callId=SIP/9&deviceId=139&requestingDevice=142",
            "monitorStart?deviceObject=143",
            "resetApplicationSessionTimer?sessionDuration=60",
            "startApplicationSession?username=test@mydomain&password=bla.bla&pbxDomain=" + DOMAIN,
            "answerCall?callId=SIP/9&deviceId=139",
            "holdCall?callId=SIP/9&deviceId=139",
            "retrieveCall?callId=SIP/9&deviceId=139",
            "transferCall?callId=SIP/9-att&deviceId=139&heldCallId=SIP/9&heldDeviceId=139",
            "reconnectCall?callId=SIP/9-att&deviceId=139&heldCallId=SIP/9&heldDeviceId=139",
            "deflectCall?callId=SIP/9&deviceId=139&newDestination=126",
            "generateDigits?callId=SIP/9&deviceId=139&charactersToSend=12",
            "getDoNotDisturb?device=144",
            "setDoNotDisturb?device=144&doNotDisturbOn=true",
            "getForwarding?device=144",
            "setForwarding?device=144&forwardingType=forwardImmediate&activateForward=true&forwardDN=145&ringDuration=30",
            "getCallProfile?device=144",
            "setCallProfile?device=144",
            "getQueue?device=401",
            "getQueueMember?device=401",
            "setQueueMember?device=401&agentDN=146&activateAgent=true&activateSip=true&activateMobile=false"
            + "&activateSkype=false&agentPosition=2");

    private final MessageBinder binder = MessageBinder.standard();

    @Test
    void noEventOrReplyHeaderRetargetsARequest() {
        for (CstaMessage source : sources()) {
            Message reported = headersOf(source);
            for (String operation : OPERATIONS) {
                CstaRequestFactory factory = new CstaRequestFactory(context.getEndpoint("csta:" + operation, CstaEndpoint.class));
                ObjectNode plain = fieldsOf(factory, new DefaultExchange(context).getIn());
                ObjectNode withHeaders = fieldsOf(factory, reported);
                String name = operation.substring(0, operation.indexOf('?'));
                checkLeg(LEG_FIELDS.get(name), legOf(reported, CstaConstants.CALL_ID, CstaConstants.DEVICE_ID), plain,
                        withHeaders, operation + " after " + source);
                checkLeg(HELD_LEG_FIELDS.get(name), legOf(reported, CstaConstants.HELD_CALL_ID,
                        CstaConstants.HELD_DEVICE_ID), plain, withHeaders, operation + " after " + source);
                assertEquals(plain, withHeaders, "csta:" + operation + " after the headers of " + source.messageName());
            }
        }
    }

    /** The leg that the source's headers name is the request's; the rest of the request is compared as it is. */
    private static void checkLeg(String field, ConnectionId leg, ObjectNode plain, ObjectNode withHeaders, String what) {
        if (field != null && leg != null) {
            assertEquals(leg.callId(), withHeaders.get(field).get("callID").asText(), what);
            assertEquals(leg.deviceId(), withHeaders.get(field).get("deviceId").asText(), what);
            plain.remove(field);
            withHeaders.remove(field);
        }
    }

    @Test
    void onlyTheCallLegIsSetUnderANameThatProducersRead() {
        Set<String> inputs = Set.of(CstaConstants.CALLING_DEVICE, CstaConstants.CALLED_DIRECTORY_NUMBER,
                CstaConstants.TRANSFERRED_TO, CstaConstants.CONSULTED_DEVICE, CstaConstants.SNAPSHOT_OBJECT,
                CstaConstants.REQUESTING_DEVICE, CstaConstants.DEVICE_OBJECT, CstaConstants.SESSION_DURATION,
                CstaConstants.NEW_DESTINATION, CstaConstants.CHARACTERS_TO_SEND, CstaConstants.DEVICE,
                CstaConstants.DO_NOT_DISTURB_ON, CstaConstants.FORWARDING_TYPE, CstaConstants.ACTIVATE_FORWARD,
                CstaConstants.FORWARD_DN, CstaConstants.RING_DURATION, CstaConstants.AGENT_DN, CstaConstants.ACTIVATE_AGENT,
                CstaConstants.ACTIVATE_SIP, CstaConstants.ACTIVATE_MOBILE, CstaConstants.ACTIVATE_SKYPE,
                CstaConstants.AGENT_POSITION);
        for (CstaMessage source : sources()) {
            for (String header : headersOf(source).getHeaders().keySet()) {
                assertEquals(false, inputs.contains(header), source.messageName() + " sets the input header " + header);
            }
        }
    }

    private ObjectNode fieldsOf(CstaRequestFactory factory, Message message) {
        Exchange exchange = message.getExchange();
        ObjectNode fields = binder.unbind(factory.create(exchange)).fields().deepCopy();
        fields.remove("privateData");
        return fields;
    }

    private Message headersOf(CstaMessage source) {
        Message message = new DefaultExchange(context).getIn();
        message.setBody(source);
        if (source instanceof CstaEvent event) {
            CstaHeaders.fromEvent(message, event, null, true);
        } else {
            CstaHeaders.fromResponse(message, requestOf(source), (CstaResponse) source);
        }
        return message;
    }

    /** The request a reply answers, where its headers depend on it. */
    private static CstaRequest requestOf(CstaMessage reply) {
        return reply instanceof ConsultationCallResponse ? new ConsultationCall(new ConnectionId("SIP/50", "150"), "151") : null;
    }

    private static ConnectionId legOf(Message message, String callIdHeader, String deviceIdHeader) {
        String callId = message.getHeader(callIdHeader, String.class);
        return callId == null ? null : new ConnectionId(callId, message.getHeader(deviceIdHeader, String.class));
    }

    /** Every kind of event and reply, each naming devices other than the operations' own. */
    private static List<CstaMessage> sources() {
        ConnectionId leg = new ConnectionId("SIP/1", "130");
        DeviceIdentifier caller = new DeviceIdentifier("55501234");
        DeviceIdentifier called = new DeviceIdentifier("130");
        PrivateData privateData = new PrivateData(null, "Alice", "Alerting", "inbound", "55501234", null);
        PrivateData currentData = new PrivateData(null, "Alice", "Held", "Outbound", "55501234", true, "HoldCall", null,
                null);
        ObjectNode diverted = JsonNodeFactory.instance.objectNode();
        diverted.put("monitorCrossRefID", "m-130");
        diverted.putObject("connection").put("callID", "SIP/2").put("deviceID", "130");
        diverted.putObject("callingDevice").put("deviceIdentifier", "55501234");
        diverted.putObject("calledDevice").put("deviceIdentifier", "131");
        return Stream.of(
                new DeliveredEvent("m-130", leg, called, caller, called, caller, "alerting", "newCall", caller, called,
                        caller, CallLinkageData.of("g-1"), privateData),
                new EstablishedEvent("m-130", leg, called, caller, called, caller, "connected", "normal", caller, called,
                        caller, CallLinkageData.of("g-1"), privateData),
                new ConnectionClearedEvent("m-130", leg, caller, "null", "normalClearing", CallLinkageData.of("g-1"),
                        privateData),
                new GenericMessage("DivertedEvent", diverted),
                new MonitorSnapshot("130", "m-130", true, List.of(new SnapshotConnection("SIP/1", "130",
                        new SnapshotConnection.Status("Active", "55501234"))), null),
                new MakeCallResponse(new ConnectionId("SIP/3", "131"), null),
                new SingleStepTransferCallResponse(new ConnectionId("SIP/4", "132"), null),
                new ConsultationCallResponse(new ConnectionId("SIP/5", "133"), null),
                new DirectedPickupCallResponse(new ConnectionId("SIP/6", "134"), null),
                new SnapshotDeviceResponse("x-1", new SnapshotDeviceResponse.SnapshotData(
                        new SnapshotDeviceResponse.SnapshotDeviceResponseInfo(List.of(new SnapshotConnection("SIP/7", "135",
                                new SnapshotConnection.Status("Active", "55501234"))))), null),
                new MonitorStartResponse("m-136", null),
                new StartApplicationSessionPosResponse("s-1", "ed3", 300, null),
                new ConsultationCallResponse(null, null),
                new MakeCallResponse(new ConnectionId(MakeCallResponse.PLACEHOLDER, "137"), null),
                new AnswerCallResponse(new ConnectionId("SIP/8", "138"), null),
                new TransferCallResponse(new ConnectionId("SIP/9-att", "139"), null),
                new ReconnectCallResponse(new ConnectionId("SIP/10", "139"), null),
                new HoldCallResponse(null),
                new GetDoNotDisturbResponse(true, null),
                new GetForwardingResponse(new ForwardingList(List.of(new ForwardListItem("forwardImmediate", true, "147",
                        30))), null),
                new GetQueueResponse(new GetQueueResponse.QueueDevice("Sales", "402"), null),
                new GetQueueMemberResponse(new MemberList(List.of(new MemberListItem(true, true, false, false, "148"))),
                        null),
                new HeldEvent("u-1-130", leg, called, "held", null, CallLinkageData.of("g-1"), currentData),
                new DivertedEvent("u-1-130", leg, called, caller, new DeviceIdentifier("131"), "null", "Answered elsewhere",
                        caller, called, CallLinkageData.of("g-1"), null),
                new TransferedEvent("u-1-130", leg, called, new DeviceIdentifier("131"), null, "singleStepTransfer",
                        CallLinkageData.of("g-1"), null),
                new DoNotDisturbEvent("u-1-130", called, true, null),
                new ForwardingEvent("u-1-130", called, true, "forwardImmediate", "131", 0, null),
                new MonitorStartedEvent("t-1", new MonitorStartedEvent.MonitoredConnection("130", "u-1-130"), null, "sip",
                        null),
                new QueueMemberEvent("q-1-402", new MemberList(List.of(new MemberListItem(true, true, true, true, "130"))),
                        null),
                new QueueStatisticsEvent("q-1-402", "402", 1, 0, 1, 3.0, 1, 0, 0, 3.0, 0.0, 3.0, null, null),
                new QueueAddedEvent("q-1-450", "450", "New", null))
                .map(CstaMessage.class::cast).toList();
    }
}
