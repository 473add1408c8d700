package org.camelcsta.simulator.client;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camelcsta.protocol.model.GenericMessage;

/** Builds requests of the current API as field trees: {@code request("HoldCall", "callToBeHeld.callID", id, ...)}. */
public final class Requests {

    private Requests() {
    }

    /** A request with the given leaf fields, each a dotted path and its value. */
    public static GenericMessage request(String name, String... pathsAndValues) {
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < pathsAndValues.length; i += 2) {
            String[] path = pathsAndValues[i].split("\\.");
            ObjectNode node = fields;
            for (int step = 0; step < path.length - 1; step++) {
                node = node.has(path[step]) ? (ObjectNode) node.get(path[step]) : node.putObject(path[step]);
            }
            node.put(path[path.length - 1], pathsAndValues[i + 1]);
        }
        return new GenericMessage(name, fields);
    }

    /** A request on one leg: {@code field.callID} and {@code field.deviceID}, then other fields. */
    public static GenericMessage onLeg(String name, String field, String callId, String deviceId,
            String... pathsAndValues) {
        String[] all = new String[pathsAndValues.length + 4];
        all[0] = field + ".callID";
        all[1] = callId;
        all[2] = field + ".deviceID";
        all[3] = deviceId;
        System.arraycopy(pathsAndValues, 0, all, 4, pathsAndValues.length);
        return request(name, all);
    }
}
