package org.camelcsta.client;

import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camelcsta.protocol.model.GenericMessage;

/**
 * How the server spells the names of requests. The 2020 server reads {@code deviceId} and {@code SnapshotDevice}; the
 * current one, built on a case-sensitive XML binder, reads only {@code deviceID} and {@code SnapShotDevice}. Replies
 * and events are read in either spelling whatever the dialect.
 */
public enum WireDialect {

    /** The provider's 2020 API: the names of the seed documentation. */
    API_2020,
    /** The provider's current API (CSTA edition 6). */
    CURRENT;

    private static final Pattern EDITION = Pattern.compile("/ed(\\d+)\\b");
    /** The last edition of the 2020 server: ecma-323 ed3. */
    private static final int EDITION_2020 = 3;
    private static final Map<String, String> CURRENT_NAMES = Map.of("SnapshotDevice", "SnapShotDevice");

    /**
     * The dialect of a server by the {@code actualProtocolVersion} of its login reply: a CSTA edition after the 2020
     * server's ed3 (the current server answers ed6) is the current API; none, or one that names no edition, is 2020.
     */
    public static WireDialect ofProtocolVersion(String actualProtocolVersion) {
        if (actualProtocolVersion == null) {
            return API_2020;
        }
        Matcher edition = EDITION.matcher(actualProtocolVersion);
        return edition.find() && Integer.parseInt(edition.group(1)) > EDITION_2020 ? CURRENT : API_2020;
    }

    /**
     * Reads {@code auto} (as {@code null}: decided per session at login), {@code 2020} or {@code current}.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static WireDialect parse(String setting) {
        return switch (setting == null ? "auto" : setting.trim().toLowerCase(Locale.ROOT)) {
            case "auto" -> null;
            case "2020" -> API_2020;
            case "current" -> CURRENT;
            default -> throw new IllegalArgumentException("dialect is auto, 2020 or current, not '" + setting + "'");
        };
    }

    /** A request as this dialect spells it. */
    public GenericMessage write(GenericMessage request) {
        if (this == API_2020) {
            return request;
        }
        ObjectNode fields = request.fields().deepCopy();
        renameDeviceIds(fields);
        return new GenericMessage(CURRENT_NAMES.getOrDefault(request.name(), request.name()), fields);
    }

    /** Every {@code deviceId} (a leg's, a requesting device's) as {@code deviceID}, in place and in order. */
    private static void renameDeviceIds(JsonNode node) {
        if (node instanceof ObjectNode object) {
            ObjectNode renamed = object.deepCopy();
            object.removeAll();
            for (Iterator<Map.Entry<String, JsonNode>> fields = renamed.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                renameDeviceIds(field.getValue());
                object.set(field.getKey().equals("deviceId") ? "deviceID" : field.getKey(), field.getValue());
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(WireDialect::renameDeviceIds);
        }
    }
}
