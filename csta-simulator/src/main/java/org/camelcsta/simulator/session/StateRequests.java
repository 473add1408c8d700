package org.camelcsta.simulator.session;

import static org.camelcsta.simulator.session.CommandProcessor.require;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camelcsta.protocol.CstaValidationException;
import org.camelcsta.protocol.model.CstaMessage;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.simulator.pbx.CallModel;
import org.camelcsta.simulator.pbx.Wire;

/**
 * The current API's state getters and setters (CURRENT-API.md §2.3, §2.4): do-not-disturb, forwarding, call
 * profile, queue and queue members. A setter's response is a receipt; the matching event confirms the change.
 */
final class StateRequests {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final CallModel model;

    StateRequests(CallModel model) {
        this.model = model;
    }

    /** The response, or {@code null} where the request is none of these. */
    CstaMessage respond(GenericMessage request) {
        ObjectNode fields = NODES.objectNode();
        switch (request.name()) {
            case "GetDoNotDisturb" -> fields.put("doNotDisturbOn", model.doNotDisturb(device(request)));
            case "SetDoNotDisturb" -> {
                String device = device(request);
                model.setDoNotDisturb(device, bool(request, "doNotDisturbOn", true));
            }
            case "GetForwarding" -> fields.putObject("forwardingList")
                    .set("forwardListItem", model.forwardingList(device(request)));
            case "SetForwarding" -> {
                String device = device(request);
                String type = require(request, "forwardingType");
                boolean on = bool(request, "activateForward", true);
                String ringDuration = request.text("ringDuration");
                model.setForwarding(device, type, on, request.text("forwardDN"),
                        ringDuration == null || ringDuration.isBlank() ? null : seconds("ringDuration", ringDuration));
            }
            case "GetCallProfile" -> fields.set("callProfile", model.callProfile(device(request)));
            case "SetCallProfile" -> {
                String device = device(request);
                JsonNode profile = request.fields().get("callProfile");
                if (profile == null) {
                    throw new CstaValidationException(request.name(), List.of("callProfile"));
                }
                model.setCallProfile(device, profile);
            }
            case "GetQueue" -> {
                String queue = model.requireQueue(device(request));
                ObjectNode queueDevice = fields.putObject("queueDevice");
                queueDevice.put("deviceDescription", model.queueName(queue));
                queueDevice.put("deviceIdentifier", queue);
                fields.putObject("privateData").put("serviceLevelAgreement", model.queueServiceLevel(queue));
            }
            case "GetQueueMember" -> fields.putObject("memberList")
                    .set("memberListItem", model.queueMemberList(model.requireQueue(device(request))));
            case "SetQueueMember" -> {
                String queue = model.requireQueue(device(request));
                String agent = require(request, "agentDN");
                String position = request.text("agentPosition");
                model.setQueueMember(queue, agent, bool(request, "activateAgent", false),
                        bool(request, "activateSip", false), bool(request, "activateMobile", false),
                        bool(request, "activateSkype", false),
                        position == null || position.isBlank() ? null : seconds("agentPosition", position));
            }
            default -> {
                return null;
            }
        }
        return new GenericMessage(request.name() + "Response", fields);
    }

    private static String device(GenericMessage request) {
        return require(request, "device");
    }

    /** A boolean field; {@code required} ones are refused when missing, others are {@code null} then. */
    private static Boolean bool(GenericMessage request, String field, boolean required) {
        String value = required ? require(request, field) : request.text(field);
        if (value == null || value.isBlank()) {
            return null;
        }
        return Wire.bool(field, value);
    }

    private static int seconds(String field, String value) {
        return Wire.seconds(field, value);
    }
}
