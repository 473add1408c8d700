package org.camelcsta.component;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.camelcsta.protocol.codec.MessageBinder;
import org.camelcsta.protocol.model.CallProfile;
import org.camelcsta.protocol.model.CstaMessage;
import org.camelcsta.protocol.model.CstaRequest;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.GetCallProfileResponse;
import org.camelcsta.protocol.model.MessageTypes;

import static org.camelcsta.component.CstaConstants.ACTIVATE_AGENT;
import static org.camelcsta.component.CstaConstants.ACTIVATE_FORWARD;
import static org.camelcsta.component.CstaConstants.ACTIVATE_MOBILE;
import static org.camelcsta.component.CstaConstants.ACTIVATE_SIP;
import static org.camelcsta.component.CstaConstants.ACTIVATE_SKYPE;
import static org.camelcsta.component.CstaConstants.AGENT_DN;
import static org.camelcsta.component.CstaConstants.AGENT_POSITION;
import static org.camelcsta.component.CstaConstants.CALLED_DIRECTORY_NUMBER;
import static org.camelcsta.component.CstaConstants.CALLING_DEVICE;
import static org.camelcsta.component.CstaConstants.CALL_ID;
import static org.camelcsta.component.CstaConstants.CHARACTERS_TO_SEND;
import static org.camelcsta.component.CstaConstants.CONSULTED_DEVICE;
import static org.camelcsta.component.CstaConstants.DEVICE;
import static org.camelcsta.component.CstaConstants.DEVICE_ID;
import static org.camelcsta.component.CstaConstants.DEVICE_OBJECT;
import static org.camelcsta.component.CstaConstants.DO_NOT_DISTURB_ON;
import static org.camelcsta.component.CstaConstants.FORWARDING_TYPE;
import static org.camelcsta.component.CstaConstants.FORWARD_DN;
import static org.camelcsta.component.CstaConstants.HELD_CALL_ID;
import static org.camelcsta.component.CstaConstants.HELD_DEVICE_ID;
import static org.camelcsta.component.CstaConstants.NEW_DESTINATION;
import static org.camelcsta.component.CstaConstants.REQUESTING_DEVICE;
import static org.camelcsta.component.CstaConstants.RING_DURATION;
import static org.camelcsta.component.CstaConstants.SESSION_DURATION;
import static org.camelcsta.component.CstaConstants.SNAPSHOT_OBJECT;
import static org.camelcsta.component.CstaConstants.TRANSFERRED_TO;

/**
 * Builds the request of an exchange for one producer endpoint. Highest precedence first: a typed request
 * as body (for setCallProfile also a {@link CallProfile} or the {@link GetCallProfileResponse} that read it); the fields
 * of a Map or JSON body, shaped like the provider's JSON (with or without the
 * {@code {"MakeCall": ...}} wrapper); headers; the endpoint's options. Other bodies (an event that
 * triggered the route, plain text) are not input.
 */
final class CstaRequestFactory {

    private final CstaEndpoint endpoint;
    private final String messageName;
    private final MessageBinder binder = MessageBinder.standard();
    private final ObjectMapper mapper = binder.mapper();
    private volatile Built lastBuilt;

    CstaRequestFactory(CstaEndpoint endpoint) {
        this.endpoint = endpoint;
        String operation = endpoint.getOperation();
        this.messageName = Character.toUpperCase(operation.charAt(0)) + operation.substring(1);
    }

    String messageName() {
        return messageName;
    }

    CstaRequest create(Exchange exchange) {
        Message in = exchange.getIn();
        Object body = in.getBody();
        if (body instanceof CstaRequest request && isThisRequest(request)) {
            return request;
        }
        ObjectNode fields = mapper.createObjectNode();
        fillFromHeadersAndOptions(in, fields);
        ObjectNode bodyFields = bodyFields(body);
        if (bodyFields != null) {
            merge(fields, bodyFields);
            return bind(fields);
        }
        // a route mostly sends the same request again (its options, or the same headers): binding costs more than all
        // the rest here, and a typed request is immutable
        Built last = lastBuilt;
        if (last != null && last.fields().equals(fields)) {
            return last.request();
        }
        CstaRequest request = bind(fields);
        if (!(request instanceof GenericMessage)) {
            lastBuilt = new Built(fields, request);
        }
        return request;
    }

    private CstaRequest bind(ObjectNode fields) {
        CstaMessage message = binder.bind(new GenericMessage(messageName, fields));
        if (!(message instanceof CstaRequest request)) {
            throw new IllegalArgumentException("csta:" + endpoint.getOperation() + " names " + messageName
                                               + ", which is not a request");
        }
        return request;
    }

    /** A request built from these fields (never changed afterwards), without a body. */
    private record Built(ObjectNode fields, CstaRequest request) {
    }

    /** A typed request of another operation is a mistake; a generic one of another name is not input. */
    private boolean isThisRequest(CstaRequest request) {
        boolean same = sameMessage(request.messageName());
        if (!same && !(request instanceof GenericMessage)) {
            throw new IllegalArgumentException("the body is a " + request.messageName() + " but the endpoint is csta:"
                                               + endpoint.getOperation());
        }
        return same;
    }

    private boolean sameMessage(String name) {
        Class<?> type = MessageTypes.typeOf(messageName);
        return name.equalsIgnoreCase(messageName) || type != null && type == MessageTypes.typeOf(name);
    }

    private void fillFromHeadersAndOptions(Message in, ObjectNode fields) {
        switch (messageName) {
            case "MakeCall" -> {
                put(fields, "callingDevice", value(in, CALLING_DEVICE, endpoint.getCallingDevice()));
                put(fields, "calledDirectoryNumber", value(in, CALLED_DIRECTORY_NUMBER, endpoint.getCalledDirectoryNumber()));
                put(fields, "autoOriginate", endpoint.getAutoOriginate());
            }
            case "SingleStepTransferCall" -> {
                putConnection(in, fields, "activeCall");
                put(fields, "transferredTo", value(in, TRANSFERRED_TO, endpoint.getTransferredTo()));
            }
            case "ConsultationCall" -> {
                putConnection(in, fields, "existingCall");
                put(fields, "consultedDevice", value(in, CONSULTED_DEVICE, endpoint.getConsultedDevice()));
            }
            case "SnapshotDevice" -> put(fields, "snapshotObject", value(in, SNAPSHOT_OBJECT, endpoint.getSnapshotObject()));
            case "ClearConnection" -> putConnection(in, fields, "connectionToBeCleared");
            case "DirectedPickupCall" -> {
                putConnection(in, fields, "callToBePickedUp");
                putObject(fields, "requestingDevice", "deviceId", value(in, REQUESTING_DEVICE, endpoint.getRequestingDevice()));
            }
            case "MonitorStart" ->
                putObject(fields, "monitorObject", "deviceObject", value(in, DEVICE_OBJECT, endpoint.getDeviceObject()));
            case "AnswerCall" -> putConnection(in, fields, "callToBeAnswered");
            case "HoldCall" -> putConnection(in, fields, "callToBeHeld");
            case "RetrieveCall" -> putConnection(in, fields, "callToBeRetrieved");
            case "TransferCall", "ReconnectCall" -> {
                putConnection(in, fields, "activeCall");
                putHeldConnection(in, fields, "heldCall");
            }
            case "DeflectCall" -> {
                putConnection(in, fields, "callToBeDiverted");
                put(fields, "newDestination", value(in, NEW_DESTINATION, endpoint.getNewDestination()));
            }
            case "GenerateDigits" -> {
                putConnection(in, fields, "connectionToSendDigits");
                put(fields, "charactersToSend", value(in, CHARACTERS_TO_SEND, endpoint.getCharactersToSend()));
            }
            case "GetDoNotDisturb", "GetForwarding", "GetCallProfile", "GetQueue", "GetQueueMember", "SetCallProfile" ->
                put(fields, "device", value(in, DEVICE, endpoint.getDevice()));
            case "SetDoNotDisturb" -> {
                put(fields, "device", value(in, DEVICE, endpoint.getDevice()));
                put(fields, "doNotDisturbOn", value(in, DO_NOT_DISTURB_ON, endpoint.getDoNotDisturbOn()));
            }
            case "SetForwarding" -> {
                put(fields, "device", value(in, DEVICE, endpoint.getDevice()));
                put(fields, "forwardingType", value(in, FORWARDING_TYPE, endpoint.getForwardingType()));
                put(fields, "activateForward", value(in, ACTIVATE_FORWARD, endpoint.getActivateForward()));
                put(fields, "forwardDN", value(in, FORWARD_DN, endpoint.getForwardDN()));
                put(fields, "ringDuration", value(in, RING_DURATION, endpoint.getRingDuration()));
            }
            case "SetQueueMember" -> {
                put(fields, "device", value(in, DEVICE, endpoint.getDevice()));
                put(fields, "activateAgent", value(in, ACTIVATE_AGENT, endpoint.getActivateAgent()));
                put(fields, "activateMobile", value(in, ACTIVATE_MOBILE, endpoint.getActivateMobile()));
                put(fields, "activateSip", value(in, ACTIVATE_SIP, endpoint.getActivateSip()));
                put(fields, "activateSkype", value(in, ACTIVATE_SKYPE, endpoint.getActivateSkype()));
                put(fields, "agentDN", value(in, AGENT_DN, endpoint.getAgentDN()));
                put(fields, "agentPosition", value(in, AGENT_POSITION, endpoint.getAgentPosition()));
            }
            case "ResetApplicationSessionTimer" -> put(fields, "requestedSessionDuration", sessionDuration(in));
            case "StartApplicationSession" -> {
                CstaConfiguration configuration = endpoint.getConfiguration();
                ObjectNode credentials = fields.putObject("applicationInfo").putObject("applicationSpecificInfo");
                put(credentials, "vendorData:userID", configuration.getUsername());
                put(credentials, "vendorData:password", configuration.getPassword());
                put(credentials, "vendorData:pbxDomain", configuration.getPbxDomain());
                put(fields, "requestedSessionDuration", sessionDuration(in));
            }
            default -> {
                // an unmodelled request is built from its body alone
            }
        }
    }

    private String sessionDuration(Message in) {
        return value(in, SESSION_DURATION, Integer.toString(endpoint.getConfiguration().getSessionDuration()));
    }

    private void putConnection(Message in, ObjectNode fields, String name) {
        putConnection(fields, name, value(in, CALL_ID, endpoint.getCallId()), value(in, DEVICE_ID, endpoint.getDeviceId()));
    }

    private void putHeldConnection(Message in, ObjectNode fields, String name) {
        putConnection(fields, name, value(in, HELD_CALL_ID, endpoint.getHeldCallId()),
                value(in, HELD_DEVICE_ID, endpoint.getHeldDeviceId()));
    }

    private static void putConnection(ObjectNode fields, String name, String callId, String deviceId) {
        if (callId != null || deviceId != null) {
            ObjectNode connection = fields.putObject(name);
            put(connection, "callID", callId);
            put(connection, "deviceId", deviceId);
        }
    }

    private static void putObject(ObjectNode fields, String name, String field, String value) {
        if (value != null) {
            fields.putObject(name).put(field, value);
        }
    }

    private static void put(ObjectNode fields, String name, String value) {
        if (value != null) {
            fields.put(name, value);
        }
    }

    private static String value(Message in, String header, Object option) {
        String value = in.getHeader(header, String.class);
        return value != null && !value.isBlank() ? value : option == null ? null : option.toString();
    }

    private ObjectNode bodyFields(Object body) {
        JsonNode node;
        CallProfile profile = callProfileOf(body);
        if (profile != null) {
            ObjectNode fields = mapper.createObjectNode();
            fields.set("callProfile", mapper.valueToTree(profile));
            return fields;
        } else if (body instanceof Map<?, ?> map) {
            node = mapper.valueToTree(map);
        } else if (body instanceof JsonNode json) {
            node = json;
        } else if (body instanceof String text && text.stripLeading().startsWith("{")) {
            try {
                node = mapper.readTree(text);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("the body of csta:" + endpoint.getOperation() + " is not valid JSON: "
                                                   + e.getOriginalMessage(), e);
            }
        } else {
            return null;
        }
        if (!(node instanceof ObjectNode object)) {
            throw new IllegalArgumentException("the body of csta:" + endpoint.getOperation() + " must be a JSON object or Map");
        }
        if (object.size() == 1) {
            String name = object.fieldNames().next();
            if (object.get(name).isObject() && sameMessage(name)) {
                return (ObjectNode) object.get(name);
            }
        }
        return object;
    }

    /** setCallProfile's profile, given as itself or as the reply that read it; else {@code null}. */
    private CallProfile callProfileOf(Object body) {
        if (!messageName.equals("SetCallProfile")) {
            return null;
        }
        return body instanceof CallProfile profile ? profile
                : body instanceof GetCallProfileResponse read ? read.callProfile() : null;
    }

    /** Body fields win; objects are merged field by field. */
    private static void merge(ObjectNode target, ObjectNode source) {
        for (Iterator<Map.Entry<String, JsonNode>> it = source.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode existing = target.get(field.getKey());
            if (existing instanceof ObjectNode existingObject && field.getValue() instanceof ObjectNode value) {
                merge(existingObject, value);
            } else {
                target.set(field.getKey(), field.getValue());
            }
        }
    }
}
