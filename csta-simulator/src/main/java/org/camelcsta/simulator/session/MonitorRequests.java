package org.camelcsta.simulator.session;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camelcsta.protocol.LogText;
import org.camelcsta.protocol.model.CstaMessage;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.simulator.pbx.CallModel;
import org.camelcsta.simulator.pbx.MonitorRegistry;
import org.camelcsta.simulator.pbx.MonitorRegistry.Kind;
import org.camelcsta.simulator.pbx.PbxException;

/**
 * The current API's monitoring and snapshot requests (CURRENT-API.md §2.1, §2.3): {@code MonitorStart} of a user
 * {@code u-<trunk>-<ext>}, a queue {@code q-<trunk>-<queue>} or a bare extension (whose crossref is then the user
 * object); {@code MonitorTrunk}, answered with the bare trunk id and followed by one {@code MonitorStartedEvent}
 * per user and queue; {@code SnapShotDevice} of a user, queue or trunk, the trunk's followed by an
 * {@code OutgoingNumbersEvent}. The trunk is the first label of the session's PBX domain.
 */
final class MonitorRequests {

    private static final Pattern OBJECT = Pattern.compile("([uqt])-([^-]+)(?:-(.+))?");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final CallModel model;
    private final MonitorRegistry monitors;

    MonitorRequests(CallModel model, MonitorRegistry monitors) {
        this.model = model;
        this.monitors = monitors;
    }

    CstaMessage monitorStart(String object, CommandProcessor.Scope scope) {
        Target target = target(object, scope);
        if (target.kind() == Kind.TRUNK) {
            return monitorTrunk(scope, target.crossRefId());
        }
        MonitorRegistry.Monitor monitor = monitors.startObject(target.kind(), target.number(), target.trunk(),
                scope.sink());
        return monitorStartResponse(monitor.crossRefId(), target.number(), 0);
    }

    /** {@code MonitorTrunk}; {@code crossRefId} is the trunk id itself, as the provider answers it. */
    CstaMessage monitorTrunk(CommandProcessor.Scope scope, String crossRefId) {
        String trunk = scope.trunk();
        monitors.startObject(Kind.TRUNK, trunk, trunk, scope.sink());
        List<String> users = model.deviceNumbers();
        List<String> queues = model.queueNumbers();
        String trunkRef = MonitorRegistry.objectId(Kind.TRUNK, trunk, trunk);
        users.forEach(user -> scope.sink().deliver(started(trunkRef, scope, user,
                MonitorRegistry.objectId(Kind.DEVICE, user, trunk), "sip")));
        queues.forEach(queue -> scope.sink().deliver(started(trunkRef, scope, queue,
                MonitorRegistry.objectId(Kind.QUEUE, queue, trunk), "queue")));
        return monitorStartResponse(crossRefId, trunk, users.size() + queues.size());
    }

    CstaMessage snapshot(String object, CommandProcessor.Scope scope) {
        Target target = target(object, scope);
        ObjectNode fields = NODES.objectNode();
        ObjectNode privateData = NODES.objectNode();
        if (target.kind() == Kind.TRUNK) {
            // the provider's documentation shows this crossref for a trunk
            fields.put("serviceCrossRefID", "u-" + target.trunk() + "-" + target.crossRefId());
        } else {
            fields.put("serviceCrossRefID", target.crossRefId());
        }
        fields.putObject("snapshotData").putObject("snapshotDeviceResponseInfo");
        if (target.kind() == Kind.QUEUE) {
            privateData.put("QueueName", target.crossRefId());
            privateData.put("QueueMembers", String.join(",", model.queueMembers(target.number())));
        }
        fields.set("privateData", privateData);
        if (target.kind() == Kind.TRUNK && scope.sink() != null) {
            scope.sink().deliver(outgoingNumbers(target.crossRefId(), scope));
        }
        return new GenericMessage("SnapShotDeviceResponse", fields);
    }

    /** The object a request names, checked: {@code u-}, {@code q-}, {@code t-} or a bare device number. */
    private Target target(String object, CommandProcessor.Scope scope) {
        Matcher matcher = OBJECT.matcher(object.trim());
        if (!matcher.matches()) {
            String device = model.requireDevice(object);
            return new Target(Kind.DEVICE, device, scope.trunk(),
                    MonitorRegistry.objectId(Kind.DEVICE, device, scope.trunk()));
        }
        String trunk = matcher.group(2);
        String number = matcher.group(3);
        if (!trunk.equals(scope.trunk())) {
            // the login binds the connection to its trunk (CURRENT-API.md section 1)
            throw new PbxException("operation", "invalidDeviceID", "object " + LogText.cap(object)
                    + " is not on the trunk of this session (t-" + scope.trunk() + ")");
        }
        return switch (matcher.group(1)) {
            case "u" -> new Target(Kind.DEVICE, model.requireDevice(number == null ? "" : number), trunk,
                    object.trim());
            case "q" -> new Target(Kind.QUEUE, model.requireQueue(number == null ? "" : number), trunk,
                    object.trim());
            default -> {
                if (number != null) {
                    throw new PbxException("operation", "invalidDeviceID",
                            "trunk " + LogText.cap(object) + " names no trunk: a trunk is t-" + scope.trunk());
                }
                yield new Target(Kind.TRUNK, trunk, trunk, object.trim());
            }
        };
    }

    private record Target(Kind kind, String number, String trunk, String crossRefId) {
    }

    private static GenericMessage monitorStartResponse(String crossRefId, String monitored, int count) {
        ObjectNode fields = NODES.objectNode();
        fields.put("monitorCrossRefID", crossRefId);
        ObjectNode privateData = fields.putObject("privateData");
        privateData.putObject("monitoredConnection").put("deviceID", monitored);
        privateData.put("monitorCount", count);
        return new GenericMessage("MonitorStartResponse", fields);
    }

    private static GenericMessage started(String trunkRef, CommandProcessor.Scope scope, String number,
            String crossRefId, String numberType) {
        ObjectNode fields = NODES.objectNode();
        fields.put("monitorCrossRefID", trunkRef);
        fields.set("privateData", eventPrivateData(scope));
        ObjectNode monitored = fields.putObject("monitoredConnection");
        monitored.put("deviceID", number);
        monitored.put("monitorCrossRefID", crossRefId);
        fields.putObject("deviceRelationList");
        fields.put("numberType", numberType);
        return new GenericMessage("MonitorStartedEvent", fields);
    }

    private static GenericMessage outgoingNumbers(String trunkRef, CommandProcessor.Scope scope) {
        ObjectNode fields = NODES.objectNode();
        fields.put("monitorCrossRefID", trunkRef);
        fields.set("privateData", eventPrivateData(scope));
        fields.putObject("outgoingNumbers").putObject("outgoingNumber").put("number", scope.trunk());
        return new GenericMessage("OutgoingNumbersEvent", fields);
    }

    private static ObjectNode eventPrivateData(CommandProcessor.Scope scope) {
        ObjectNode privateData = NODES.objectNode();
        privateData.put("eventOrderIncrement", 0);
        privateData.put("connectionId", scope.connectionId());
        return privateData;
    }
}
