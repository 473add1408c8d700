package org.camelcsta.protocol.codec;

import java.util.Map;
import java.util.Objects;

import org.camelcsta.protocol.model.CstaMessage;

/**
 * A message as it goes out: the message as built, and what the sender sets on it as it is written, so that it is
 * never copied for that: its {@code privateData.requestID}, the TEST mode where it has none of its own, and the names
 * that the server spells otherwise.
 *
 * @param message   the message as built
 * @param requestId set as {@code privateData.requestID}, or {@code null} to leave the message's own
 * @param test      the TEST mode ({@code ok}, {@code error}) unless the message sets its own, or {@code null}
 * @param spelling  names as the server spells them, applied to the message's name and to every field's: e.g.
 *                  {@code deviceId} to {@code deviceID}
 */
public record OutgoingMessage(CstaMessage message, String requestId, String test, Map<String, String> spelling) {

    public OutgoingMessage {
        Objects.requireNonNull(message, "message");
        spelling = Map.copyOf(spelling);
    }

    /** A message written as it is. */
    public static OutgoingMessage of(CstaMessage message) {
        return new OutgoingMessage(message, null, null, Map.of());
    }

    /** The message's name on the wire. */
    public String name() {
        return spelled(message.messageName());
    }

    String spelled(String name) {
        return spelling.getOrDefault(name, name);
    }

    /** Whether it is written as it was built. */
    boolean isAsBuilt() {
        return requestId == null && test == null && spelling.isEmpty();
    }
}
