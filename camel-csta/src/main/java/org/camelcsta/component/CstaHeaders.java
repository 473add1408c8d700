package org.camelcsta.component;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Message;
import org.camelcsta.client.MonitorSnapshot;
import org.camelcsta.protocol.model.CallEvent;
import org.camelcsta.protocol.model.ConnectionId;
import org.camelcsta.protocol.model.ConsultationCallResponse;
import org.camelcsta.protocol.model.CstaEvent;
import org.camelcsta.protocol.model.CstaResponse;
import org.camelcsta.protocol.model.DeviceIdentifier;
import org.camelcsta.protocol.model.DirectedPickupCallResponse;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.MakeCallResponse;
import org.camelcsta.protocol.model.MonitorStartResponse;
import org.camelcsta.protocol.model.SingleStepTransferCallResponse;
import org.camelcsta.protocol.model.SnapshotDeviceResponse;
import org.camelcsta.protocol.model.StartApplicationSessionPosResponse;

import static org.camelcsta.component.CstaConstants.CALL_ID;
import static org.camelcsta.component.CstaConstants.CAUSE;
import static org.camelcsta.component.CstaConstants.DEVICE_ID;
import static org.camelcsta.component.CstaConstants.EVENT_CALLED_DEVICE;
import static org.camelcsta.component.CstaConstants.EVENT_CALLING_DEVICE;
import static org.camelcsta.component.CstaConstants.EVENT_ID;
import static org.camelcsta.component.CstaConstants.EVENT_TYPE;
import static org.camelcsta.component.CstaConstants.MESSAGE_TYPE;
import static org.camelcsta.component.CstaConstants.MONITORED_DEVICE;
import static org.camelcsta.component.CstaConstants.MONITOR_CROSS_REF_ID;
import static org.camelcsta.component.CstaConstants.MONITOR_RESTARTED;
import static org.camelcsta.component.CstaConstants.SESSION_ID;
import static org.camelcsta.component.CstaConstants.SNAPSHOT_FAILURE;

/**
 * The one place that sets headers from replies and events. Of the headers that producers read (see
 * {@link CstaRequestFactory}) it sets only the call leg, {@code CamelCstaCallId} and {@code CamelCstaDeviceId};
 * everything else it reports goes under names of its own (see {@link CstaConstants}).
 */
final class CstaHeaders {

    private CstaHeaders() {
    }

    static void fromResponse(Message message, CstaResponse response) {
        message.setHeader(MESSAGE_TYPE, response.messageName());
        if (namesACall(response)) {
            // a reply that names no call must not leave the call of the input behind, to be acted on next
            message.removeHeader(CALL_ID);
            message.removeHeader(DEVICE_ID);
        }
        setConnection(message, connectionOf(response));
        if (response instanceof MonitorStartResponse started) {
            set(message, MONITOR_CROSS_REF_ID, started.monitorCrossRefId());
        } else if (response instanceof StartApplicationSessionPosResponse login) {
            set(message, SESSION_ID, login.sessionId());
        }
    }

    /** @param monitoredDevice the device whose monitor received the event, or {@code null} if unknown */
    static void fromEvent(Message message, CstaEvent event, String monitoredDevice) {
        message.setHeader(EVENT_TYPE, event.messageName());
        message.setHeader(EVENT_ID, EventIdentity.of(event, monitoredDevice));
        if (event instanceof CallEvent call) {
            set(message, MONITOR_CROSS_REF_ID, call.monitorCrossRefId());
            setConnection(message, call.connection());
            set(message, CAUSE, call.cause());
            set(message, EVENT_CALLING_DEVICE, idOf(call.callingDevice()));
            set(message, EVENT_CALLED_DEVICE, idOf(call.calledDevice()));
        } else if (event instanceof GenericMessage generic) {
            set(message, MONITOR_CROSS_REF_ID, generic.text("monitorCrossRefID"));
            setConnection(message, connectionOf(generic));
            set(message, CAUSE, generic.text("cause"));
            set(message, EVENT_CALLING_DEVICE, deviceOf(generic, "callingDevice"));
            set(message, EVENT_CALLED_DEVICE, deviceOf(generic, "calledDevice"));
        } else if (event instanceof MonitorSnapshot snapshot) {
            // no call leg: a snapshot names the device's calls in its body, and none of them is the one to act on
            set(message, MONITORED_DEVICE, snapshot.device());
            set(message, MONITOR_CROSS_REF_ID, snapshot.monitorCrossRefId());
            message.setHeader(MONITOR_RESTARTED, snapshot.restarted());
            set(message, SNAPSHOT_FAILURE, snapshot.snapshotFailure());
        }
    }

    private static boolean namesACall(CstaResponse response) {
        return response instanceof MakeCallResponse || response instanceof SingleStepTransferCallResponse
               || response instanceof ConsultationCallResponse || response instanceof DirectedPickupCallResponse
               || response instanceof SnapshotDeviceResponse;
    }

    private static ConnectionId connectionOf(CstaResponse response) {
        if (response instanceof MakeCallResponse made) {
            return made.callingDevice();
        } else if (response instanceof SingleStepTransferCallResponse transferred) {
            return transferred.transferredCall();
        } else if (response instanceof ConsultationCallResponse consulted) {
            return consulted.callingDevice();
        } else if (response instanceof DirectedPickupCallResponse picked) {
            return picked.pickedCall();
        } else if (response instanceof SnapshotDeviceResponse snapshot && !snapshot.connections().isEmpty()) {
            return snapshot.connections().get(0).connectionId();
        }
        return null;
    }

    /** An unmodelled event's connection: its field {@code connection} or {@code ...Connection} with a callID. */
    private static ConnectionId connectionOf(GenericMessage event) {
        for (Iterator<Map.Entry<String, JsonNode>> it = event.fields().fields(); it.hasNext();) {
            String name = it.next().getKey();
            if ((name.equals("connection") || name.endsWith("Connection")) && event.text(name, "callID") != null) {
                String device = event.text(name, "deviceID");
                return new ConnectionId(event.text(name, "callID"), device != null ? device : event.text(name, "deviceId"));
            }
        }
        return null;
    }

    private static String deviceOf(GenericMessage event, String field) {
        String id = event.text(field, "deviceIdentifier");
        return id != null ? id : event.text(field, "deviceIdIdentifier");
    }

    private static void setConnection(Message message, ConnectionId connection) {
        if (connection != null) {
            set(message, CALL_ID, connection.callId());
            set(message, DEVICE_ID, connection.deviceId());
        }
    }

    private static String idOf(DeviceIdentifier device) {
        return device == null ? null : device.deviceIdentifier();
    }

    private static void set(Message message, String header, Object value) {
        if (value != null) {
            message.setHeader(header, value);
        }
    }
}
