package org.camelcsta.simulator.pbx;

import java.util.Locale;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camelcsta.protocol.LogText;
import org.camelcsta.protocol.model.GenericMessage;

/** The few building blocks of the current API's device events and the parsing of its request values. */
public final class Wire {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Wire() {
    }

    /** A device event: {@code monitorCrossRefID} first, then the body's fields. */
    static GenericMessage event(String name, String crossRefId, ObjectNode body) {
        ObjectNode fields = NODES.objectNode();
        fields.put("monitorCrossRefID", crossRefId);
        fields.setAll(body);
        return new GenericMessage(name, fields);
    }

    /** {@code device/deviceIdentifier}. */
    static ObjectNode device(String number) {
        ObjectNode device = NODES.objectNode();
        device.put("deviceIdentifier", number);
        return device;
    }

    /**
     * A request's boolean: {@code true} or {@code false}, any case.
     *
     * @throws PbxException {@code operation: invalidParameterValue} for anything else
     */
    public static boolean bool(String field, String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw invalid(field, value, "true or false");
        };
    }

    /**
     * A request's count of seconds, 0 or more.
     *
     * @throws PbxException {@code operation: invalidParameterValue} for anything else
     */
    public static int seconds(String field, String value) {
        try {
            int seconds = Integer.parseInt(value.trim());
            if (seconds >= 0) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw invalid(field, value, "a number of seconds, 0 or more");
    }

    static PbxException invalid(String field, String value, String expected) {
        return new PbxException("operation", "invalidParameterValue",
                field + " is " + expected + ", not '" + LogText.cap(value) + "'");
    }
}
