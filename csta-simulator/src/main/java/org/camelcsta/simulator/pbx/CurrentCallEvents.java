package org.camelcsta.simulator.pbx;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camelcsta.protocol.model.CstaEvent;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.simulator.LegState;

/**
 * Builds the call events of the current API (CURRENT-API.md §3) for one monitored leg: {@code callID} +
 * {@code deviceID} legs, {@code callLinkageData}, and the call {@code privateData} ({@code eventOrderIncrement},
 * {@code isCstaOriginated}, {@code cstaCallRequestType}, {@code callDirection}, {@code localStatus},
 * {@code remoteUser}, {@code callerName}, and {@code timestamp} on Established). ConnectionCleared and Diverted
 * carry no privateData, as the provider shows them.
 */
final class CurrentCallEvents {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Clock clock;

    CurrentCallEvents(Clock clock) {
        this.clock = clock;
    }

    CstaEvent delivered(String crossRefId, Leg subject, Leg alerting, String cause) {
        return legEvent("DeliveredEvent", "connection", "alertingDevice", crossRefId, subject, alerting, cause, false);
    }

    CstaEvent established(String crossRefId, Leg subject, Leg answering, String cause) {
        return legEvent("EstablishedEvent", "establishedConnection", "answeringDevice", crossRefId, subject, answering,
                cause, true);
    }

    /** Delivered and Established differ only in the names of the leg and the acting device, and the timestamp. */
    private CstaEvent legEvent(String name, String connectionField, String deviceField, String crossRefId, Leg subject,
                               Leg acting, String cause, boolean timestamp) {
        Call call = subject.call();
        ObjectNode fields = start(crossRefId);
        fields.set(connectionField, connection(subject));
        fields.set(deviceField, device(acting.party()));
        parties(fields, call);
        fields.put("localConnectionInfo", subject.localConnectionInfo());
        fields.put("cause", cause);
        network(fields, call);
        fields.set("callLinkageData", linkage(call));
        fields.set("privateData", privateData(subject, timestamp));
        return new GenericMessage(name, fields);
    }

    CstaEvent cleared(String crossRefId, Leg subject, Call call, String releasingParty) {
        ObjectNode fields = start(crossRefId);
        fields.set("droppedConnection", connection(subject));
        fields.set("releasingDevice", device(releasingParty));
        fields.put("localConnectionInfo", "null");
        fields.put("cause", "Normal Clearing");
        fields.set("callLinkageData", linkage(call));
        return new GenericMessage("ConnectionClearedEvent", fields);
    }

    CstaEvent held(String crossRefId, Leg subject, Leg holding) {
        ObjectNode fields = start(crossRefId);
        fields.set("heldConnection", connection(holding));
        fields.set("holdingDevice", device(holding.party()));
        fields.put("localConnectionInfo", subject == holding ? "held" : subject.localConnectionInfo());
        fields.set("callLinkageData", linkage(subject.call()));
        ObjectNode privateData = NODES.objectNode();
        privateData.put("eventOrderIncrement", 0);
        originOf(privateData, holding);
        fields.set("privateData", privateData);
        return new GenericMessage("HeldEvent", fields);
    }

    /**
     * {@code DivertedEvent} to the party whose ringing leg left for {@code newTarget}.
     *
     * @param originalTarget the number the call was for before ({@code networkCalledDevice})
     */
    CstaEvent diverted(String crossRefId, Leg diverting, Call call, String newTarget, String originalTarget,
            String cause) {
        ObjectNode fields = start(crossRefId);
        fields.set("connection", connection(diverting));
        fields.set("divertingDevice", device(diverting.party()));
        fields.set("callingDevice", device(call.callingParty()));
        fields.set("calledDevice", device(newTarget));
        fields.put("localConnectionInfo", "null");
        fields.put("cause", cause);
        fields.set("networkCallingDevice", device(call.callingParty()));
        fields.set("networkCalledDevice", device(originalTarget));
        fields.set("callLinkageData", linkage(call));
        return new GenericMessage("DivertedEvent", fields);
    }

    /**
     * {@code TransferedEvent}: {@code oldLeg} left {@code transferring}'s device by a transfer to
     * {@code transferredTo}.
     */
    CstaEvent transferred(String crossRefId, Leg oldLeg, Call call, String transferring, String transferredTo,
            String cause) {
        ObjectNode fields = start(crossRefId);
        fields.set("primaryOldCall", connection(oldLeg));
        fields.set("transferringDevice", device(transferring));
        fields.set("transferredToDevice", device(transferredTo));
        ObjectNode item = NODES.objectNode();
        item.set("oldConnection", connection(oldLeg));
        fields.putObject("transferredConnections").set("connectionListItem", item);
        fields.put("cause", cause);
        fields.set("callLinkageData", linkage(call));
        return new GenericMessage("TransferedEvent", fields);
    }

    private ObjectNode privateData(Leg subject, boolean withTimestamp) {
        ObjectNode privateData = NODES.objectNode();
        privateData.put("eventOrderIncrement", 0);
        originOf(privateData, subject);
        privateData.put("callDirection", subject.direction() == Leg.Direction.OUTBOUND ? "Outbound" : "Inbound");
        privateData.put("localStatus", localStatus(subject));
        subject.call().otherThan(subject).ifPresent(other -> privateData.put("remoteUser", other.party()));
        if (subject.call().callerName() != null) {
            privateData.put("callerName", subject.call().callerName());
        }
        if (withTimestamp) {
            privateData.put("timestamp", TIMESTAMP.format(clock.instant()));
        }
        return privateData;
    }

    private static void originOf(ObjectNode privateData, Leg leg) {
        privateData.put("isCstaOriginated", leg.requestType() != null);
        if (leg.requestType() != null) {
            privateData.put("cstaCallRequestType", leg.requestType());
        }
    }

    /**
     * {@code Alerting}: rings here; {@code Ringing}: our call rings at the other end; {@code Active}; {@code Held};
     * {@code _AttendedTransfer} on a consultation leg.
     */
    static String localStatus(Leg leg) {
        String status = switch (leg.state()) {
            case INITIATED -> "Idle";
            case ALERTING -> "Alerting";
            case HELD -> "Held";
            case CONNECTED -> leg.call().legs().stream().anyMatch(other -> other != leg
                    && other.state() == LegState.ALERTING) ? "Ringing" : "Active";
        };
        return leg.isConsultation() && !status.equals("Held") ? status + "_AttendedTransfer" : status;
    }

    private static ObjectNode start(String crossRefId) {
        ObjectNode fields = NODES.objectNode();
        fields.put("monitorCrossRefID", crossRefId);
        return fields;
    }

    private static void parties(ObjectNode fields, Call call) {
        fields.set("callingDevice", device(call.callingParty()));
        fields.set("calledDevice", device(call.calledParty()));
    }

    private static void network(ObjectNode fields, Call call) {
        fields.set("networkCallingDevice", device(call.callingParty()));
        fields.set("networkCalledDevice", device(call.calledParty()));
    }

    static ObjectNode connection(Leg leg) {
        ObjectNode connection = NODES.objectNode();
        connection.put("callID", leg.callId());
        connection.put("deviceID", leg.party());
        return connection;
    }

    static ObjectNode device(String party) {
        ObjectNode device = NODES.objectNode();
        device.put("deviceIdentifier", party);
        return device;
    }

    private static ObjectNode linkage(Call call) {
        ObjectNode linkage = NODES.objectNode();
        linkage.putObject("globalCallData").put("globalCallLinkageId", call.globalCallLinkageId());
        return linkage;
    }
}
