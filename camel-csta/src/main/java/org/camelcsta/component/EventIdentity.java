package org.camelcsta.component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camelcsta.client.MonitorSnapshot;
import org.camelcsta.protocol.codec.MessageBinder;
import org.camelcsta.protocol.model.CstaEvent;

/**
 * The header {@code CamelCstaEventId}: an id of an event that every instance and every session receiving that event
 * computes alike, so that Camel's idempotent consumer with a shared repository routes it once across instances.
 * <p>
 * CSTA events carry no id, sequence number or (but for EstablishedEvent) time of their own, and the
 * {@code monitorCrossRefID} is the receiving session's. So the id is a digest of what the event says: SHA-256 over the
 * monitored device and the event's fields in a canonical form (its name, its call leg, cause, states, parties and
 * privateData), leaving out what differs between sessions: {@code monitorCrossRefID}, {@code privateData.requestID}
 * and {@code privateData.connectionId} (the id of the receiving TCP connection). The canonical form sorts field
 * names, reads a one-element array as its element and every scalar as text, and drops {@code null}s, so the XML and
 * JSON forms of one event give one id. The first 128 bits are written as 32 hex digits.
 * <p>
 * Where the provider's data makes it ambiguous: two events of one leg that say the same thing (a call held, retrieved
 * and held again gives two equal HeldEvents) have the same id, and an idempotent consumer routes the first only.
 * Nothing in the event tells them apart. A {@link MonitorSnapshot} is the session's own word, not the server's: its id
 * includes its {@code monitorCrossRefID}, so each session's snapshot has an id of its own.
 */
final class EventIdentity {

    private static final MessageBinder BINDER = MessageBinder.standard();
    private static final HexFormat HEX = HexFormat.of();
    private static final int ID_BYTES = 16;

    private EventIdentity() {
    }

    /**
     * @param event           the event
     * @param monitoredDevice the device whose monitor received it, or {@code null} if unknown
     */
    static String of(CstaEvent event, String monitoredDevice) {
        ObjectNode fields = BINDER.unbind(event).fields().deepCopy();
        if (!(event instanceof MonitorSnapshot)) {
            fields.remove("monitorCrossRefID");
        }
        if (fields.get("privateData") instanceof ObjectNode privateData) {
            privateData.remove("requestID");
            privateData.remove("connectionId");
        }
        ObjectNode identity = JsonNodeFactory.instance.objectNode();
        identity.put("event", event.messageName());
        identity.put("monitoredDevice", monitoredDevice);
        identity.set("fields", fields);
        return digest(canonical(identity).toString());
    }

    /** Sorted names, one-element arrays unwrapped, scalars as text, no nulls. */
    private static JsonNode canonical(JsonNode node) {
        if (node.isArray() && node.size() == 1) {
            return canonical(node.get(0));
        }
        if (node.isArray()) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> array.add(canonical(element)));
            return array;
        }
        if (node.isObject()) {
            Map<String, JsonNode> sorted = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!field.getValue().isNull()) {
                    sorted.put(field.getKey(), canonical(field.getValue()));
                }
            }
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            sorted.forEach(object::set);
            return object;
        }
        return JsonNodeFactory.instance.textNode(node.asText());
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HEX.formatHex(hash, 0, ID_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
