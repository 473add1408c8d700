package org.camelcsta.protocol.codec;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.camelcsta.protocol.model.ApplicationInfo;
import org.camelcsta.protocol.model.ApplicationSessionTerminated;
import org.camelcsta.protocol.model.ApplicationSpecificInfo;
import org.camelcsta.protocol.model.CallLinkageData;
import org.camelcsta.protocol.model.ClearConnection;
import org.camelcsta.protocol.model.ClearConnectionResponse;
import org.camelcsta.protocol.model.ConnectionClearedEvent;
import org.camelcsta.protocol.model.ConnectionId;
import org.camelcsta.protocol.model.ConsultationCall;
import org.camelcsta.protocol.model.ConsultationCallResponse;
import org.camelcsta.protocol.model.CstaErrorCode;
import org.camelcsta.protocol.model.CstaMessage;
import org.camelcsta.protocol.model.CstaRequest;
import org.camelcsta.protocol.model.DeliveredEvent;
import org.camelcsta.protocol.model.DeviceIdentifier;
import org.camelcsta.protocol.model.DeviceReference;
import org.camelcsta.protocol.model.DirectedPickupCall;
import org.camelcsta.protocol.model.DirectedPickupCallResponse;
import org.camelcsta.protocol.model.EstablishedEvent;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.MakeCall;
import org.camelcsta.protocol.model.MakeCallResponse;
import org.camelcsta.protocol.model.MonitorObject;
import org.camelcsta.protocol.model.MonitorStart;
import org.camelcsta.protocol.model.MonitorStartResponse;
import org.camelcsta.protocol.model.PrivateData;
import org.camelcsta.protocol.model.ResetApplicationSessionTimer;
import org.camelcsta.protocol.model.ResetApplicationSessionTimerPosResponse;
import org.camelcsta.protocol.model.SessionTermReason;
import org.camelcsta.protocol.model.SingleStepTransferCall;
import org.camelcsta.protocol.model.SingleStepTransferCallResponse;
import org.camelcsta.protocol.model.SnapshotConnection;
import org.camelcsta.protocol.model.SnapshotDevice;
import org.camelcsta.protocol.model.SnapshotDeviceResponse;
import org.camelcsta.protocol.model.StartApplicationSession;
import org.camelcsta.protocol.model.StartApplicationSessionPosResponse;

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
                new GenericMessage("HoldCall", holdCallFields()));
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
                new GenericMessage("HeldEvent", heldEventFields()));
    }

    private static ObjectNode holdCallFields() {
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        fields.putObject("callToBeHeld").put("callID", "SIP/hpbx-0014907d").put("deviceID", "123");
        fields.putObject("privateData").put("requestID", "req-8");
        return fields;
    }

    private static ObjectNode heldEventFields() {
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        fields.put("monitorCrossRefID", "u-12345678-200");
        fields.putObject("heldConnection").put("callID", "SIP/hpbx-00000233").put("deviceID", "200");
        fields.putObject("privateData").put("callerName", NAME).put("localStatus", "Held");
        return fields;
    }
}
