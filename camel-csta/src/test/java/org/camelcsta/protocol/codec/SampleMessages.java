package org.camelcsta.protocol.codec;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.camelcsta.protocol.model.AnswerCall;
import org.camelcsta.protocol.model.AnswerCallResponse;
import org.camelcsta.protocol.model.ApplicationInfo;
import org.camelcsta.protocol.model.ApplicationSessionTerminated;
import org.camelcsta.protocol.model.ApplicationSpecificInfo;
import org.camelcsta.protocol.model.CallLinkageData;
import org.camelcsta.protocol.model.CallProfile;
import org.camelcsta.protocol.model.ClearConnection;
import org.camelcsta.protocol.model.ClearConnectionResponse;
import org.camelcsta.protocol.model.ConnectionClearedEvent;
import org.camelcsta.protocol.model.ConnectionId;
import org.camelcsta.protocol.model.ConsultationCall;
import org.camelcsta.protocol.model.ConsultationCallResponse;
import org.camelcsta.protocol.model.CstaErrorCode;
import org.camelcsta.protocol.model.CstaMessage;
import org.camelcsta.protocol.model.CstaRequest;
import org.camelcsta.protocol.model.DeflectCall;
import org.camelcsta.protocol.model.DeflectCallResponse;
import org.camelcsta.protocol.model.DeliveredEvent;
import org.camelcsta.protocol.model.DeviceIdentifier;
import org.camelcsta.protocol.model.DeviceReference;
import org.camelcsta.protocol.model.DirectedPickupCall;
import org.camelcsta.protocol.model.DirectedPickupCallResponse;
import org.camelcsta.protocol.model.DivertedEvent;
import org.camelcsta.protocol.model.DoNotDisturbEvent;
import org.camelcsta.protocol.model.EstablishedEvent;
import org.camelcsta.protocol.model.ForwardListItem;
import org.camelcsta.protocol.model.ForwardingEvent;
import org.camelcsta.protocol.model.ForwardingList;
import org.camelcsta.protocol.model.GenerateDigits;
import org.camelcsta.protocol.model.GenerateDigitsResponse;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.GetCallProfile;
import org.camelcsta.protocol.model.GetCallProfileResponse;
import org.camelcsta.protocol.model.GetDoNotDisturb;
import org.camelcsta.protocol.model.GetDoNotDisturbResponse;
import org.camelcsta.protocol.model.GetForwarding;
import org.camelcsta.protocol.model.GetForwardingResponse;
import org.camelcsta.protocol.model.GetQueue;
import org.camelcsta.protocol.model.GetQueueMember;
import org.camelcsta.protocol.model.GetQueueMemberResponse;
import org.camelcsta.protocol.model.GetQueueResponse;
import org.camelcsta.protocol.model.HeldEvent;
import org.camelcsta.protocol.model.HoldCall;
import org.camelcsta.protocol.model.HoldCallResponse;
import org.camelcsta.protocol.model.MakeCall;
import org.camelcsta.protocol.model.MakeCallResponse;
import org.camelcsta.protocol.model.MemberList;
import org.camelcsta.protocol.model.MemberListItem;
import org.camelcsta.protocol.model.MonitorObject;
import org.camelcsta.protocol.model.MonitorStart;
import org.camelcsta.protocol.model.MonitorStartResponse;
import org.camelcsta.protocol.model.MonitorStartedEvent;
import org.camelcsta.protocol.model.MonitorTrunk;
import org.camelcsta.protocol.model.OutgoingNumbersEvent;
import org.camelcsta.protocol.model.PrivateData;
import org.camelcsta.protocol.model.QueueAddedEvent;
import org.camelcsta.protocol.model.QueueMemberEvent;
import org.camelcsta.protocol.model.QueueRemovedEvent;
import org.camelcsta.protocol.model.QueueStatisticsEvent;
import org.camelcsta.protocol.model.ReconnectCall;
import org.camelcsta.protocol.model.ReconnectCallResponse;
import org.camelcsta.protocol.model.ResetApplicationSessionTimer;
import org.camelcsta.protocol.model.ResetApplicationSessionTimerPosResponse;
import org.camelcsta.protocol.model.RetrieveCall;
import org.camelcsta.protocol.model.RetrieveCallResponse;
import org.camelcsta.protocol.model.SessionTermReason;
import org.camelcsta.protocol.model.SetCallProfile;
import org.camelcsta.protocol.model.SetCallProfileResponse;
import org.camelcsta.protocol.model.SetDoNotDisturb;
import org.camelcsta.protocol.model.SetDoNotDisturbResponse;
import org.camelcsta.protocol.model.SetForwarding;
import org.camelcsta.protocol.model.SetForwardingResponse;
import org.camelcsta.protocol.model.SetQueueMember;
import org.camelcsta.protocol.model.SetQueueMemberResponse;
import org.camelcsta.protocol.model.SingleStepTransferCall;
import org.camelcsta.protocol.model.SingleStepTransferCallResponse;
import org.camelcsta.protocol.model.SnapshotConnection;
import org.camelcsta.protocol.model.SnapshotDevice;
import org.camelcsta.protocol.model.SnapshotDeviceResponse;
import org.camelcsta.protocol.model.StartApplicationSession;
import org.camelcsta.protocol.model.StartApplicationSessionPosResponse;
import org.camelcsta.protocol.model.TransferCall;
import org.camelcsta.protocol.model.TransferCallResponse;
import org.camelcsta.protocol.model.TransferedEvent;

/** One fully populated instance of every message type, with non-ASCII text where text is free. */
final class SampleMessages {

    static final String NAME = "Søren Ærø";

    private SampleMessages() {
    }

    static PrivateData requestData() {
        return PrivateData.ofRequestId("req-7");
    }

    static PrivateData eventData() {
        return new PrivateData(null, NAME, "Alerting", "inbound", "321",
                Map.of("queue", TextNode.valueOf("Salg & Støtte")));
    }

    static List<CstaRequest> requests() {
        ConnectionId leg = new ConnectionId("SIP/hpbx-0014907d", "123");
        return List.of(
                new StartApplicationSession(new ApplicationInfo(new ApplicationSpecificInfo("test@mydomain", "bla.bla<&>",
                        "12345678.pbx.one-connect.dk")), 60, "ok", requestData()),
                new ResetApplicationSessionTimer(123, null, requestData()),
                new MakeCall("123", "+45 70 20 30 40", "doNotPrompt", "error", requestData()),
                new SingleStepTransferCall(leg, "124", null, requestData()),
                new ConsultationCall(leg, "124", null, requestData()),
                new SnapshotDevice("123@12345678.pbx.one-connect.dk", null, requestData()),
                new ClearConnection(leg, null, requestData()),
                new DirectedPickupCall(leg, new DeviceReference("321"), null, requestData()),
                new MonitorStart(new MonitorObject("123"), null, requestData()),
                new AnswerCall(leg, null, requestData()),
                new HoldCall(leg, null, requestData()),
                new RetrieveCall(leg, null, requestData()),
                new TransferCall(new ConnectionId("SIP/hpbx-0014907d-att", "123"), leg, null, requestData()),
                new ReconnectCall(new ConnectionId("SIP/hpbx-0014907d-att", "123"), leg, null, requestData()),
                new DeflectCall(leg, "202", null, requestData()),
                new GenerateDigits(leg, "123#*", null, requestData()),
                new GetDoNotDisturb("200", null, requestData()),
                new SetDoNotDisturb("200", true, null, requestData()),
                new GetForwarding("200", null, requestData()),
                new SetForwarding("203", "forwardImmediate", true, "202", 90, null, requestData()),
                new GetCallProfile("200", null, requestData()),
                new SetCallProfile("200", callProfile(), null, requestData()),
                new GetQueue("400", null, requestData()),
                new GetQueueMember("400", null, requestData()),
                new SetQueueMember("400", true, false, true, false, "200", 1, null, requestData()),
                new MonitorTrunk(new MonitorObject(MonitorTrunk.TRUNK), null, requestData()),
                new GenericMessage("ConferenceCall", conferenceCallFields()));
    }

    static List<CstaMessage> responsesAndEvents() {
        ConnectionId leg = new ConnectionId("SIP/hpbx-000000bc", "123");
        CallLinkageData linkage = CallLinkageData.of("hpbx-1700000000.42");
        DeviceIdentifier caller = new DeviceIdentifier("321");
        DeviceIdentifier callee = new DeviceIdentifier("123");
        return List.of(
                new StartApplicationSessionPosResponse("2e853292-bacf-418e-aa1e-86d9a88ea942",
                        "http://www.ecma-international.org/standards/ecma-323/csta/ed3", 20, requestData()),
                new ResetApplicationSessionTimerPosResponse(123, requestData()),
                new MakeCallResponse(leg, requestData()),
                new SingleStepTransferCallResponse(leg, requestData()),
                new ConsultationCallResponse(new ConnectionId("Local/91890743@transfer-00000bde;2", "123"), requestData()),
                new SnapshotDeviceResponse("12345678.pbx.one-connect.dk", new SnapshotDeviceResponse.SnapshotData(
                        new SnapshotDeviceResponse.SnapshotDeviceResponseInfo(List.of(
                                new SnapshotConnection("SIP/hpbx-0000214e", "123",
                                        new SnapshotConnection.Status("Active", NAME)),
                                new SnapshotConnection("SIP/hpbx-0000214f", "123",
                                        new SnapshotConnection.Status("Held", "124"))))), requestData()),
                new ClearConnectionResponse(requestData()),
                new DirectedPickupCallResponse(leg, requestData()),
                new MonitorStartResponse("123-1444294019863", requestData()),
                new CstaErrorCode("operation", "invalidCallID", "Ukendt opkald: " + NAME, requestData()),
                new DeliveredEvent("123-1444294019863", leg, callee, caller, callee, new DeviceIdentifier(null),
                        "alerting", "newCall", callee, caller, new DeviceIdentifier("14085551212"), linkage, eventData()),
                new EstablishedEvent("123-1444294019863", leg, callee, caller, callee, new DeviceIdentifier(null),
                        "connected", "normal", caller, callee, new DeviceIdentifier("notKnown"), linkage, eventData()),
                new ConnectionClearedEvent("123-1444294019863", leg, callee, "null", "Normal Clearing", linkage,
                        eventData()),
                new ApplicationSessionTerminated("2e853292-bacf-418e-aa1e-86d9a88ea942",
                        new SessionTermReason("sessionTimerExpired"), null),
                new AnswerCallResponse(leg, requestData()),
                new HoldCallResponse(requestData()),
                new RetrieveCallResponse(requestData()),
                new TransferCallResponse(new ConnectionId("SIP/hpbx-000000bc-att", "123"), requestData()),
                new ReconnectCallResponse(leg, requestData()),
                new DeflectCallResponse(requestData()),
                new GenerateDigitsResponse(requestData()),
                new GetDoNotDisturbResponse(false, requestData()),
                new SetDoNotDisturbResponse(requestData()),
                new GetForwardingResponse(new ForwardingList(List.of(new ForwardListItem("forwardNoAns", false, "busy", 90),
                        new ForwardListItem("forwardImmediate", true, "202", 0))), requestData()),
                new SetForwardingResponse(requestData()),
                new GetCallProfileResponse(callProfile(), requestData()),
                new SetCallProfileResponse(requestData()),
                new GetQueueResponse(new GetQueueResponse.QueueDevice(NAME, "400"), new PrivateData("req-7", null, null,
                        null, null, Map.of("serviceLevelAgreement", TextNode.valueOf("10")))),
                new GetQueueMemberResponse(new MemberList(List.of(new MemberListItem(true, true, false, false, "200"))),
                        requestData()),
                new SetQueueMemberResponse(requestData()),
                new HeldEvent("u-12345678-203", leg, new DeviceIdentifier("203"), "held", null, linkage, callData()),
                new DivertedEvent("u-12345678-200", leg, callee, caller, new DeviceIdentifier("202"), "null",
                        "Answered elsewhere", caller, callee, linkage, null),
                new TransferedEvent("u-12345678-200", leg, callee, new DeviceIdentifier("202"),
                        new TransferedEvent.TransferredConnections(List.of(new TransferedEvent.ConnectionListItem(leg, null))),
                        "singleStepTransfer", linkage, null),
                new DoNotDisturbEvent("u-12345678-200", callee, true, null),
                new ForwardingEvent("u-12345678-204", new DeviceIdentifier("204"), true, "forwardImmediate", "200", 0, null),
                new MonitorStartedEvent("t-12345678", new MonitorStartedEvent.MonitoredConnection("200", "u-12345678-200"),
                        null, "sip", new PrivateData(null, null, null, null, null,
                        Map.of("connectionId", TextNode.valueOf("d89d804d")))),
                new OutgoingNumbersEvent("t-12345678", new OutgoingNumbersEvent.OutgoingNumbers(List.of(
                        new OutgoingNumbersEvent.OutgoingNumber("12345678"))), null),
                new QueueAddedEvent("q-12345678-450", "450", NAME, null),
                new QueueRemovedEvent("q-12345678-450", "450", null),
                new QueueMemberEvent("q-12345678-400", new MemberList(List.of(new MemberListItem(true, true, true, true,
                        "200"))), null),
                new QueueStatisticsEvent("q-12345678-400", "400", 2, 1, 1, 4.0, 10, 8, 2, 12.5, 60.0, 30.0,
                        new QueueStatisticsEvent.AgentList(List.of(new QueueStatisticsEvent.AgentListItem(
                                new DeviceIdentifier("200"), 10, 8, 2, 60.0))), null),
                new GenericMessage("ConferencedEvent", conferencedEventFields()));
    }

    /** The call privateData of the current server. */
    static PrivateData callData() {
        return new PrivateData(null, NAME, "Held", "Outbound", "22334455", true, "HoldCall", "2025-04-30 13:23:23Z",
                Map.of("eventOrderIncrement", TextNode.valueOf("0")));
    }

    static CallProfile callProfile() {
        CallProfile.NumberPresentation none = new CallProfile.NumberPresentation("None", "");
        return new CallProfile(new CallProfile.OutgoingNumberPresentation(none,
                new CallProfile.NumberPresentation("Mobile", "+4512345678"), none),
                new CallProfile.IncomingCallMatrix(new CallProfile.Channels(true, true, false),
                        new CallProfile.Channels(false, true, false), new CallProfile.Channels(false, false, true)),
                "None");
    }

    private static ObjectNode conferenceCallFields() {
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        fields.putObject("heldCall").put("callID", "SIP/hpbx-0014907d").put("deviceID", "123");
        fields.putObject("privateData").put("requestID", "req-8");
        return fields;
    }

    private static ObjectNode conferencedEventFields() {
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        fields.put("monitorCrossRefID", "u-12345678-200");
        fields.putObject("primaryOldCall").put("callID", "SIP/hpbx-00000233").put("deviceID", "200");
        fields.putObject("privateData").put("callerName", NAME).put("localStatus", "Held");
        return fields;
    }
}
