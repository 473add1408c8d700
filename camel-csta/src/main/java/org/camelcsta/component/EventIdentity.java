package org.camelcsta.component;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
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
 * <p>
 * The canonical form is the compact JSON text of {@code {"event":..,"fields":{..},"monitoredDevice":..}} in that form.
 * It is written as the event's field tree is walked, without copying the tree or building a sorted one (every routed
 * event pays for its id, so it is kept cheap); instances of every version compute the same text, and so the same id.
 */
final class EventIdentity {

    private static final MessageBinder BINDER = MessageBinder.standard();
    /** Writes JSON text as Jackson's {@code JsonNode.toString()} does, which defined the id's canonical text. */
    private static final JsonFactory JSON = new JsonFactory();
    private static final MessageDigest SHA_256 = sha256();
    private static final HexFormat HEX = HexFormat.of();
    private static final int ID_BYTES = 16;
    private static final Set<String> SESSION_PRIVATE_DATA = Set.of("requestID", "connectionId");

    private EventIdentity() {
    }

    /**
     * @param event           the event
     * @param monitoredDevice the device whose monitor received it, or {@code null} if unknown
     */
    static String of(CstaEvent event, String monitoredDevice) {
        StringWriter text = new StringWriter(1024);
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartObject(); // its names in sorted order: event, fields, monitoredDevice
            if (event.messageName() != null) {
                json.writeStringField("event", event.messageName());
            }
            json.writeFieldName("fields");
            writeFields(json, BINDER.unbind(event).fields(), !(event instanceof MonitorSnapshot));
            if (monitoredDevice != null) {
                json.writeStringField("monitoredDevice", monitoredDevice);
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen: a StringWriter takes any text", e);
        }
        // encoded as it always was: an unpaired surrogate becomes '?'
        return HEX.formatHex(newDigest().digest(text.toString().getBytes(StandardCharsets.UTF_8)), 0, ID_BYTES);
    }

    /** The event's fields, less those that differ between the sessions that receive it. */
    private static void writeFields(JsonGenerator json, JsonNode fields, boolean withoutCrossRef) throws IOException {
        json.writeStartObject();
        for (String name : sortedNames(fields)) {
            JsonNode value = fields.get(name);
            if (value.isNull() || withoutCrossRef && name.equals("monitorCrossRefID")) {
                continue;
            }
            json.writeFieldName(name);
            if (name.equals("privateData") && value.isObject()) {
                writeObject(json, value, SESSION_PRIVATE_DATA);
            } else {
                writeCanonical(json, value);
            }
        }
        json.writeEndObject();
    }

    /** Sorted names, one-element arrays unwrapped, scalars as text, no nulls. */
    private static void writeCanonical(JsonGenerator json, JsonNode node) throws IOException {
        if (node.isArray() && node.size() == 1) {
            writeCanonical(json, node.get(0));
        } else if (node.isArray()) {
            json.writeStartArray();
            for (JsonNode element : node) {
                writeCanonical(json, element);
            }
            json.writeEndArray();
        } else if (node.isObject()) {
            writeObject(json, node, Set.of());
        } else {
            json.writeString(node.asText());
        }
    }

    private static void writeObject(JsonGenerator json, JsonNode node, Set<String> leftOut) throws IOException {
        json.writeStartObject();
        for (String name : sortedNames(node)) {
            JsonNode value = node.get(name);
            if (!value.isNull() && !leftOut.contains(name)) {
                json.writeFieldName(name);
                writeCanonical(json, value);
            }
        }
        json.writeEndObject();
    }

    private static String[] sortedNames(JsonNode object) {
        String[] names = new String[object.size()];
        int i = 0;
        for (Iterator<String> it = object.fieldNames(); it.hasNext();) {
            names[i++] = it.next();
        }
        Arrays.sort(names);
        return names;
    }

    private static MessageDigest newDigest() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            return sha256();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
