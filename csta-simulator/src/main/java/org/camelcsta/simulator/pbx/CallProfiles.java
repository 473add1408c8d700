package org.camelcsta.simulator.pbx;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Each device's call profile (GetCallProfile, SetCallProfile): which number its outgoing calls present, and on
 * which of its devices an incoming call rings. A device starts with the provider's example profile. A set merges
 * the given tree into the profile, field by field; it may only name fields the profile has, and a
 * {@code numberType} is {@code None}, {@code Main}, {@code Mobile} or {@code Teams}. It is all-or-nothing.
 */
final class CallProfiles {

    private static final Set<String> NUMBER_TYPES = Set.of("None", "Main", "Mobile", "Teams");

    private final Map<String, ObjectNode> profiles = new HashMap<>();

    /** A copy of the device's profile. */
    ObjectNode get(String device) {
        return profiles.computeIfAbsent(device, d -> initial()).deepCopy();
    }

    /**
     * @throws PbxException {@code operation: invalidParameterValue} naming a field the profile has not, or a
     *                      value it cannot take; the profile is then unchanged
     */
    void set(String device, JsonNode changes) {
        if (changes == null || !changes.isObject()) {
            throw new PbxException("operation", "invalidParameterValue", "callProfile holds no fields");
        }
        ObjectNode updated = get(device);
        merge(updated, changes, "callProfile");
        profiles.put(device, updated);
    }

    private static void merge(ObjectNode target, JsonNode changes, String path) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = changes.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            String at = path + "." + name;
            JsonNode current = target.get(name);
            if (current == null) {
                throw new PbxException("operation", "invalidParameterValue", at + " is no field of a call profile");
            }
            JsonNode value = field.getValue();
            if (current.isObject()) {
                if (!value.isObject()) {
                    throw new PbxException("operation", "invalidParameterValue", at + " holds fields, not a value");
                }
                merge((ObjectNode) current, value, at);
            } else if (value.isContainerNode()) {
                throw new PbxException("operation", "invalidParameterValue", at + " is a value, not fields");
            } else {
                target.put(name, check(name, at, value.asText()));
            }
        }
    }

    private static String check(String name, String at, String value) {
        if (name.equals("numberType") && !NUMBER_TYPES.contains(value)) {
            throw Wire.invalid(at, value, "one of " + NUMBER_TYPES);
        }
        if (Set.of("local", "mobile", "teams").contains(name)) {
            return String.valueOf(Wire.bool(at, value));
        }
        return value;
    }

    /** The provider's example profile. */
    private static ObjectNode initial() {
        ObjectNode profile = Wire.NODES.objectNode();
        ObjectNode presentation = profile.putObject("outgoingNumberPresentation");
        for (String kind : new String[] { "localNumberPresentation", "mobileNumberPresentation",
                "teamsNumberPresentation" }) {
            ObjectNode number = presentation.putObject(kind);
            number.put("numberType", "None");
            number.put("number", "");
        }
        ObjectNode matrix = profile.putObject("incomingCallMatrix");
        row(matrix.putObject("localDevice"), true, true, false);
        row(matrix.putObject("mobileDevice"), false, true, false);
        row(matrix.putObject("teamsDevice"), false, false, true);
        profile.put("routeHandling", "None");
        return profile;
    }

    private static void row(ObjectNode row, boolean local, boolean mobile, boolean teams) {
        row.put("local", String.valueOf(local));
        row.put("mobile", String.valueOf(mobile));
        row.put("teams", String.valueOf(teams));
    }
}
