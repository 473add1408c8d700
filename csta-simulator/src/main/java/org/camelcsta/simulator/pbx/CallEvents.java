package org.camelcsta.simulator.pbx;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camelcsta.protocol.codec.MessageBinder;
import org.camelcsta.protocol.model.CallLinkageData;
import org.camelcsta.protocol.model.ConnectionClearedEvent;
import org.camelcsta.protocol.model.CstaEvent;
import org.camelcsta.protocol.model.DeliveredEvent;
import org.camelcsta.protocol.model.DeviceIdentifier;
import org.camelcsta.protocol.model.EstablishedEvent;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.PrivateData;

/**
 * Builds the events one monitored leg's device receives. The subject is always the receiving device's own leg
 * (its {@code connection}, {@code localConnectionInfo} and {@code privateData.localStatus}); the other fields
 * describe the call as a whole, so every party sees the same calling, called and answering device.
 */
final class CallEvents {

    /** The value CSTA uses where the calling number of an internal call is not a trunk number. */
    private static final String NOT_KNOWN = "notKnown";

    private final DeviceDirectory devices;
    private final ObjectMapper mapper = MessageBinder.standard().mapper();

    CallEvents(DeviceDirectory devices) {
        this.devices = devices;
    }

    DeliveredEvent delivered(String crossRefId, Leg subject, Leg alerting, String cause) {
        Call call = subject.call();
        return new DeliveredEvent(crossRefId, subject.connectionId(), device(alerting.party()),
                device(call.callingParty()), device(call.calledParty()), device(call.lastRedirection()),
                subject.localConnectionInfo(), cause, device(call.callingParty()), device(call.calledParty()),
                associatedCalling(call), linkage(call), privateData(subject));
    }

    EstablishedEvent established(String crossRefId, Leg subject, Leg answering, String cause) {
        Call call = subject.call();
        return new EstablishedEvent(crossRefId, subject.connectionId(), device(answering.party()),
                device(call.callingParty()), device(call.calledParty()), device(call.lastRedirection()),
                subject.localConnectionInfo(), cause, device(call.callingParty()), device(call.calledParty()),
                associatedCalling(call), linkage(call), privateData(subject));
    }

    /**
     * @param call the call the leg was in when it cleared (the leg may have left it already)
     */
    ConnectionClearedEvent cleared(String crossRefId, Leg subject, Call call, String releasingParty,
            String remoteParty, String cause) {
        PrivateData privateData = new PrivateData(null, call.callerName(), "Idle", subject.direction().wireName(),
                remoteParty, null);
        // the seed writes the state of a cleared connection as the text "null"
        return new ConnectionClearedEvent(crossRefId, subject.connectionId(), device(releasingParty), "null", cause,
                linkage(call), privateData);
    }

    /** {@code HeldEvent}: the holding leg is the held connection, for every party. */
    CstaEvent held(String crossRefId, Leg subject, Leg holding, String cause) {
        ObjectNode fields = callEventFields(crossRefId);
        fields.set("heldConnection", mapper.valueToTree(holding.connectionId()));
        fields.set("holdingDevice", mapper.valueToTree(device(holding.party())));
        return finish("HeldEvent", fields, subject, cause);
    }

    /** {@code RetrievedEvent}: the retrieving leg is the retrieved connection, for every party. */
    CstaEvent retrieved(String crossRefId, Leg subject, Leg retrieving, String cause) {
        ObjectNode fields = callEventFields(crossRefId);
        fields.set("retrievedConnection", mapper.valueToTree(retrieving.connectionId()));
        fields.set("retrievingDevice", mapper.valueToTree(device(retrieving.party())));
        return finish("RetrievedEvent", fields, subject, cause);
    }

    /**
     * {@code TransferedEvent} (one "r", as the provider's current server spells it) for a party that stays in
     * the call after an attended transfer; {@code connection} is the receiving device's own leg.
     */
    CstaEvent transferred(String crossRefId, Leg subject, String transferringDevice, String transferredToDevice) {
        ObjectNode fields = callEventFields(crossRefId);
        fields.set("connection", mapper.valueToTree(subject.connectionId()));
        fields.set("transferringDevice", mapper.valueToTree(device(transferringDevice)));
        fields.set("transferredToDevice", mapper.valueToTree(device(transferredToDevice)));
        return finish("TransferedEvent", fields, subject, "transferred");
    }

    private ObjectNode callEventFields(String crossRefId) {
        ObjectNode fields = mapper.createObjectNode();
        fields.put("monitorCrossRefID", crossRefId);
        return fields;
    }

    private GenericMessage finish(String name, ObjectNode fields, Leg subject, String cause) {
        fields.put("localConnectionInfo", subject.localConnectionInfo());
        fields.put("cause", cause);
        fields.set("callLinkageData", mapper.valueToTree(linkage(subject.call())));
        fields.set("privateData", mapper.valueToTree(privateData(subject)));
        return new GenericMessage(name, fields);
    }

    private PrivateData privateData(Leg subject) {
        String remote = subject.call().otherThan(subject).map(Leg::party).orElse(null);
        return new PrivateData(null, subject.call().callerName(), subject.localStatus(),
                subject.direction().wireName(), remote, null);
    }

    private DeviceIdentifier associatedCalling(Call call) {
        return device(devices.isDevice(call.callingParty()) ? NOT_KNOWN : call.callingParty());
    }

    private static CallLinkageData linkage(Call call) {
        return CallLinkageData.of(call.globalCallLinkageId());
    }

    private static DeviceIdentifier device(String party) {
        return new DeviceIdentifier(party);
    }
}
