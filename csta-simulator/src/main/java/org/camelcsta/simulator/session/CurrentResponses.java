package org.camelcsta.simulator.session;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camelcsta.protocol.model.ClearConnectionResponse;
import org.camelcsta.protocol.model.ConnectionId;
import org.camelcsta.protocol.model.ConsultationCallResponse;
import org.camelcsta.protocol.model.CstaMessage;
import org.camelcsta.protocol.model.DirectedPickupCallResponse;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.MakeCallResponse;
import org.camelcsta.protocol.model.SingleStepTransferCallResponse;

/**
 * The current API's form of the responses both APIs share (CURRENT-API.md §2.2, §5): MakeCall answers the
 * placeholder {@code N/A} for the callID and the linkage, SingleStepTransferCall {@code NotImplemented} and the
 * target device, ConsultationCall, DirectedPickupCall and ClearConnection only the requestID. The real callIDs
 * come with the events.
 */
final class CurrentResponses {

    static final String NOT_AVAILABLE = "N/A";
    static final String NOT_IMPLEMENTED = "NotImplemented";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CurrentResponses() {
    }

    static CstaMessage render(CstaMessage response) {
        if (response instanceof MakeCallResponse made) {
            ObjectNode fields = NODES.objectNode();
            fields.set("callingDevice", leg(NOT_AVAILABLE, made.callingDevice().deviceId()));
            fields.putObject("callLinkageData").putObject("globalCallData").put("globalCallLinkageId", NOT_AVAILABLE);
            return new GenericMessage("MakeCallResponse", fields);
        }
        if (response instanceof SingleStepTransferCallResponse transferred) {
            ObjectNode fields = NODES.objectNode();
            fields.set("transferredCall", leg(NOT_IMPLEMENTED, transferred.transferredCall().deviceId()));
            return new GenericMessage("SingleStepTransferCallResponse", fields);
        }
        if (response instanceof ConsultationCallResponse || response instanceof DirectedPickupCallResponse
                || response instanceof ClearConnectionResponse) {
            return empty(response.messageName());
        }
        return response;
    }

    /** A response that holds nothing but the requestID echoed later. */
    static GenericMessage empty(String name) {
        return new GenericMessage(name, NODES.objectNode());
    }

    /** A leg as the current API writes it: {@code callID} and {@code deviceID}. */
    static ObjectNode leg(String callId, String deviceId) {
        ObjectNode leg = NODES.objectNode();
        leg.put("callID", callId);
        leg.put("deviceID", deviceId);
        return leg;
    }

    static ObjectNode leg(ConnectionId connection) {
        return leg(connection.callId(), connection.deviceId());
    }
}
