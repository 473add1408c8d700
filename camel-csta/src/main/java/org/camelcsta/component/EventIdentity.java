package org.camelcsta.component;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
 * privateData), leaving out what differs between sessions: {@code monitorCrossRefID}, {@code privateData.requestID},
 * {@code privateData.connectionId} (the id of the receiving TCP connection) and {@code privateData.timestamp}
 * (EstablishedEvent's time, to the second, which a server may stamp on each copy as it sends it, as csta-simulator
 * does: two sessions' copies may fall on either side of a second). The canonical form sorts field names, reads a
 * one-element array as its element and every scalar as text, and drops {@code null}s, so the XML and JSON forms of
 * one event give one id. The first 128 bits are written as 32 hex digits.
 * <p>
 * Where the provider's data makes it ambiguous: two events of one leg that say the same thing (a call held, retrieved
 * and held again gives two equal HeldEvents) have the same id, and an idempotent consumer routes the first only.
 * Nothing in the event tells them apart. A {@link MonitorSnapshot} is the session's own word, not the server's: its id
 * includes its {@code monitorCrossRefID}, so each session's snapshot has an id of its own.
 * <p>
 * The canonical form is the compact JSON text, as Jackson writes it, of
 * {@code {"event":..,"fields":{..},"monitoredDevice":..}} in that form. It is written from the tokens of the event's
 * serializer, without a tree (it costs more than all the rest a route does per event): a record's properties come
 * sorted, and only an object with entries of its own, a map, is sorted here. Instances of every version compute the
 * same text, and so the same id, for every event read from the wire (an event built in code may hold what the wire
 * cannot give, e.g. a BigDecimal with trailing zeros, whose text a tree would have changed).
 */
final class EventIdentity {

    /** Gives a record's properties in sorted order, so that only maps need sorting here. */
    private static final MessageBinder SORTED = MessageBinder.standard().sortingProperties();
    private static final MessageDigest SHA_256 = sha256();
    private static final HexFormat HEX = HexFormat.of();
    /** Jackson's escapes, in its upper case hex: the ids stay what they were when Jackson wrote the text. */
    private static final HexFormat ESCAPE_HEX = HexFormat.of().withUpperCase();
    private static final int ID_BYTES = 16;
    private static final Set<String> CROSS_REF = Set.of("monitorCrossRefID");
    private static final Set<String> SESSION_PRIVATE_DATA = Set.of("requestID", "connectionId", "timestamp");

    private EventIdentity() {
    }

    /**
     * @param event           the event
     * @param monitoredDevice the device whose monitor received it, or {@code null} if unknown
     */
    static String of(CstaEvent event, String monitoredDevice) {
        StringBuilder text = new StringBuilder(512);
        text.append('{'); // its names in sorted order: event, fields, monitoredDevice
        if (event.messageName() != null) {
            appendQuoted(text, "event").append(':');
            appendQuoted(text, event.messageName()).append(',');
        }
        appendQuoted(text, "fields").append(':');
        try (JsonParser fields = SORTED.tokens(event)) {
            fields.nextToken();
            appendObject(text, fields, event instanceof MonitorSnapshot ? Set.of() : CROSS_REF, true);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot serialize " + event.messageName() + ": " + e.getMessage(), e);
        }
        if (monitoredDevice != null) {
            appendQuoted(text.append(','), "monitoredDevice").append(':');
            appendQuoted(text, monitoredDevice);
        }
        text.append('}');
        // encoded as it always was: an unpaired surrogate becomes '?'
        return HEX.formatHex(newDigest().digest(text.toString().getBytes(StandardCharsets.UTF_8)), 0, ID_BYTES);
    }

    /**
     * Writes the object at the parser's {@code START_OBJECT}, and leaves the parser at its {@code END_OBJECT}: its
     * members sorted by name, less those left out and those whose value is {@code null}.
     *
     * @param eventFields whether this is the event's fields, whose {@code privateData} leaves out what differs
     *                    between the sessions that receive the event
     */
    private static void appendObject(StringBuilder text, JsonParser parser, Set<String> leftOut, boolean eventFields)
            throws IOException {
        int start = text.append('{').length();
        List<Member> members = new ArrayList<>(16);
        boolean sorted = true;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == JsonToken.VALUE_NULL || leftOut.contains(name)) {
                parser.skipChildren();
                continue;
            }
            sorted &= members.isEmpty() || members.get(members.size() - 1).name().compareTo(name) < 0;
            int from = members.isEmpty() ? text.length() : text.append(',').length();
            appendQuoted(text, name).append(':');
            if (eventFields && value == JsonToken.START_OBJECT && name.equals("privateData")) {
                appendObject(text, parser, SESSION_PRIVATE_DATA, false);
            } else {
                appendCanonical(text, parser);
            }
            members.add(new Member(name, from - start, text.length() - start));
        }
        if (!sorted) {
            // the members of a map, or of a record with entries of its own (privateData), come in any order
            String written = text.substring(start);
            members.sort(Comparator.comparing(Member::name));
            text.setLength(start);
            for (Member member : members) {
                (text.length() == start ? text : text.append(',')).append(written, member.from(), member.to());
            }
        }
        text.append('}');
    }

    /** An object's member, at these offsets of its object's text. */
    private record Member(String name, int from, int to) {
    }

    /** The value at the parser: one-element arrays unwrapped, objects sorted, scalars as text. */
    private static void appendCanonical(StringBuilder text, JsonParser parser) throws IOException {
        switch (parser.currentToken()) {
            case START_OBJECT -> appendObject(text, parser, Set.of(), false);
            case START_ARRAY -> appendArray(text, parser);
            // an object that a record holds as such (never one read from the wire) as its text, as a tree gave it
            case VALUE_EMBEDDED_OBJECT -> appendQuoted(text, String.valueOf(parser.getEmbeddedObject()));
            default -> appendQuoted(text, parser.getText());
        }
    }

    /** An array of one element is written as its element. */
    private static void appendArray(StringBuilder text, JsonParser parser) throws IOException {
        int start = text.append('[').length();
        int elements = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (elements++ > 0) {
                text.append(',');
            }
            appendCanonical(text, parser);
        }
        if (elements == 1) {
            text.deleteCharAt(start - 1);
        } else {
            text.append(']');
        }
    }

    /** A JSON string as Jackson writes one: quote, backslash and control characters escaped, nothing else. */
    private static StringBuilder appendQuoted(StringBuilder text, String value) {
        text.append('"');
        int plain = 0; // the start of the characters not yet appended, all written as they are
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                text.append(value, plain, i);
                plain = i + 1;
                switch (c) {
                    case '"', '\\' -> text.append('\\').append(c);
                    case '\b' -> text.append("\\b");
                    case '\t' -> text.append("\\t");
                    case '\n' -> text.append("\\n");
                    case '\f' -> text.append("\\f");
                    case '\r' -> text.append("\\r");
                    default -> text.append("\\u00").append(ESCAPE_HEX.toHexDigits((byte) c));
                }
            }
        }
        return text.append(value, plain, value.length()).append('"');
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
