package org.camelcsta.component;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Message;
import org.camelcsta.client.MonitorSnapshot;
import org.camelcsta.protocol.model.AnswerCallResponse;
import org.camelcsta.protocol.model.CallEvent;
import org.camelcsta.protocol.model.ConnectionId;
import org.camelcsta.protocol.model.ConsultationCall;
import org.camelcsta.protocol.model.ConsultationCallResponse;
import org.camelcsta.protocol.model.CstaEvent;
import org.camelcsta.protocol.model.CstaRequest;
import org.camelcsta.protocol.model.CstaResponse;
import org.camelcsta.protocol.model.DeviceEvent;
import org.camelcsta.protocol.model.DeviceIdentifier;
import org.camelcsta.protocol.model.DirectedPickupCallResponse;
import org.camelcsta.protocol.model.DoNotDisturbEvent;
import org.camelcsta.protocol.model.ForwardingEvent;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.GetDoNotDisturbResponse;
import org.camelcsta.protocol.model.GetQueueResponse;
import org.camelcsta.protocol.model.MakeCallResponse;
import org.camelcsta.protocol.model.MonitorStartResponse;
import org.camelcsta.protocol.model.PrivateData;
import org.camelcsta.protocol.model.ReconnectCallResponse;
import org.camelcsta.protocol.model.SingleStepTransferCallResponse;
import org.camelcsta.protocol.model.SnapshotDeviceResponse;
import org.camelcsta.protocol.model.StartApplicationSessionPosResponse;
import org.camelcsta.protocol.model.TransferCallResponse;

import static org.camelcsta.component.CstaConstants.CALL_ID;
import static org.camelcsta.component.CstaConstants.CAUSE;
import static org.camelcsta.component.CstaConstants.DEVICE_ID;
import static org.camelcsta.component.CstaConstants.EVENT_CALLED_DEVICE;
import static org.camelcsta.component.CstaConstants.EVENT_CALLER_NAME;
import static org.camelcsta.component.CstaConstants.EVENT_CALLING_DEVICE;
import static org.camelcsta.component.CstaConstants.EVENT_CALL_DIRECTION;
import static org.camelcsta.component.CstaConstants.EVENT_CSTA_CALL_REQUEST_TYPE;
import static org.camelcsta.component.CstaConstants.EVENT_DEVICE;
import static org.camelcsta.component.CstaConstants.EVENT_DO_NOT_DISTURB_ON;
import static org.camelcsta.component.CstaConstants.EVENT_FORWARDING_TYPE;
import static org.camelcsta.component.CstaConstants.EVENT_FORWARD_STATUS;
import static org.camelcsta.component.CstaConstants.EVENT_FORWARD_TO;
import static org.camelcsta.component.CstaConstants.EVENT_IS_CSTA_ORIGINATED;
import static org.camelcsta.component.CstaConstants.EVENT_LOCAL_STATUS;
import static org.camelcsta.component.CstaConstants.EVENT_ID;
import static org.camelcsta.component.CstaConstants.EVENT_REMOTE_USER;
import static org.camelcsta.component.CstaConstants.EVENT_TYPE;
import static org.camelcsta.component.CstaConstants.HELD_CALL_ID;
import static org.camelcsta.component.CstaConstants.HELD_DEVICE_ID;
import static org.camelcsta.component.CstaConstants.MESSAGE_TYPE;
import static org.camelcsta.component.CstaConstants.MONITORED_DEVICE;
import static org.camelcsta.component.CstaConstants.MONITOR_COUNT;
import static org.camelcsta.component.CstaConstants.MONITOR_CROSS_REF_ID;
import static org.camelcsta.component.CstaConstants.MONITOR_RESTARTED;
import static org.camelcsta.component.CstaConstants.QUEUE_NAME;
import static org.camelcsta.component.CstaConstants.REPLY_DO_NOT_DISTURB_ON;
import static org.camelcsta.component.CstaConstants.SERVICE_LEVEL_AGREEMENT;
import static org.camelcsta.component.CstaConstants.SESSION_ID;
import static org.camelcsta.component.CstaConstants.SNAPSHOT_FAILURE;

/**
 * The one place that sets headers from replies and events. Of the headers that producers read (see
 * {@link CstaRequestFactory}) it sets only the call legs, {@code CamelCstaCallId} with {@code CamelCstaDeviceId} and
 * {@code CamelCstaHeldCallId} with {@code CamelCstaHeldDeviceId};
 * everything else it reports goes under names of its own (see {@link CstaConstants}).
 */
final class CstaHeaders {

    /** What the current server appends to a callID for the consultation leg of an attended transfer. */
    static final String CONSULTATION_SUFFIX = "-att";

    private CstaHeaders() {
    }

    /**
     * @param request the request that the response answers: after a consultationCall its legs name both calls
     */
    static void fromResponse(Message message, CstaRequest request, CstaResponse response) {
        if (namesACall(response)) {
            // a reply that names no call must not leave the call of the input behind, to be acted on next; removed
            // first, so that each stops at Camel's empty-map check when the input has no headers (the endpoint's
            // options made the request)
            message.removeHeader(CALL_ID);
            message.removeHeader(DEVICE_ID);
            message.removeHeader(HELD_CALL_ID);
            message.removeHeader(HELD_DEVICE_ID);
        }
        message.setHeader(MESSAGE_TYPE, response.messageName());
        if (response instanceof ConsultationCallResponse consulted && request instanceof ConsultationCall consultation) {
            setConsultationLegs(message, consultation.existingCall(), consulted.callingDevice());
        } else {
            setConnection(message, connectionOf(response));
        }
        if (response instanceof MonitorStartResponse started) {
            set(message, MONITOR_CROSS_REF_ID, started.monitorCrossRefId());
            set(message, MONITOR_COUNT, started.privateData() == null ? null : started.privateData().text("monitorCount"));
        } else if (response instanceof StartApplicationSessionPosResponse login) {
            set(message, SESSION_ID, login.sessionId());
        } else if (response instanceof GetDoNotDisturbResponse dnd) {
            set(message, REPLY_DO_NOT_DISTURB_ON, dnd.doNotDisturbOn());
        } else if (response instanceof GetQueueResponse queue) {
            set(message, QUEUE_NAME, queue.queueName());
            set(message, SERVICE_LEVEL_AGREEMENT, queue.serviceLevelAgreement());
        }
    }

    /**
     * The consultation leg and the held original. The current server's reply is empty: its consultation leg is the
     * original callID with {@value #CONSULTATION_SUFFIX}, on the same device.
     */
    private static void setConsultationLegs(Message message, ConnectionId original, ConnectionId consultation) {
        if (original == null) {
            setConnection(message, consultation);
            return;
        }
        setConnection(message, consultation != null ? consultation
                : new ConnectionId(original.callId() + CONSULTATION_SUFFIX, original.deviceId()));
        set(message, HELD_CALL_ID, original.callId());
        set(message, HELD_DEVICE_ID, original.deviceId());
    }

    /**
     * @param monitoredDevice the device whose monitor received the event, or {@code null} if unknown
     * @param withId          whether to set {@code CamelCstaEventId}
     */
    static void fromEvent(Message message, CstaEvent event, String monitoredDevice, boolean withId) {
        message.setHeader(EVENT_TYPE, event.messageName());
        if (withId) {
            message.setHeader(EVENT_ID, EventIdentity.of(event, monitoredDevice));
        }
        if (event instanceof CallEvent call) {
            set(message, MONITOR_CROSS_REF_ID, call.monitorCrossRefId());
            setConnection(message, call.connection());
            set(message, CAUSE, call.cause());
            set(message, EVENT_CALLING_DEVICE, idOf(call.callingDevice()));
            set(message, EVENT_CALLED_DEVICE, idOf(call.calledDevice()));
            setCallData(message, call.privateData());
        } else if (event instanceof DeviceEvent device) {
            set(message, MONITOR_CROSS_REF_ID, device.monitorCrossRefId());
            set(message, EVENT_DEVICE, device.device());
            if (event instanceof DoNotDisturbEvent dnd) {
                set(message, EVENT_DO_NOT_DISTURB_ON, dnd.doNotDisturbOn());
            } else if (event instanceof ForwardingEvent forwarding) {
                set(message, EVENT_FORWARD_STATUS, forwarding.forwardStatus());
                set(message, EVENT_FORWARDING_TYPE, forwarding.forwardingType());
                set(message, EVENT_FORWARD_TO, forwarding.forwardTo());
            }
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

    /** What the current server's call events add about the leg. */
    private static void setCallData(Message message, PrivateData data) {
        if (data != null) {
            set(message, EVENT_LOCAL_STATUS, data.localStatus());
            set(message, EVENT_CALL_DIRECTION, data.callDirection());
            set(message, EVENT_REMOTE_USER, data.remoteUser());
            set(message, EVENT_CALLER_NAME, data.callerName());
            set(message, EVENT_CSTA_CALL_REQUEST_TYPE, data.cstaCallRequestType());
            set(message, EVENT_IS_CSTA_ORIGINATED, data.isCstaOriginated());
        }
    }

    private static boolean namesACall(CstaResponse response) {
        return response instanceof MakeCallResponse || response instanceof SingleStepTransferCallResponse
               || response instanceof ConsultationCallResponse || response instanceof DirectedPickupCallResponse
               || response instanceof SnapshotDeviceResponse || response instanceof AnswerCallResponse
               || response instanceof TransferCallResponse || response instanceof ReconnectCallResponse;
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
        } else if (response instanceof AnswerCallResponse answered) {
            return answered.answeredConnection();
        } else if (response instanceof TransferCallResponse transferred) {
            return transferred.transferredCall();
        } else if (response instanceof ReconnectCallResponse reconnected) {
            return reconnected.reconnectedConnection();
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

    /** A leg; never the current server's placeholders, which no request can act on. */
    private static void setConnection(Message message, ConnectionId connection) {
        if (connection != null && !isPlaceholder(connection.callId())) {
            set(message, CALL_ID, connection.callId());
            set(message, DEVICE_ID, connection.deviceId());
        }
    }

    private static boolean isPlaceholder(String callId) {
        return MakeCallResponse.PLACEHOLDER.equals(callId) || SingleStepTransferCallResponse.PLACEHOLDER.equals(callId);
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
