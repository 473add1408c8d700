package org.camelcsta.client.transport.socketio;

/**
 * Whether a websocket message is a packet that the socket.io library can take without ending the connection. Its
 * Engine.IO v3 parser turns a text message whose first character names no packet type (an empty one too) into an
 * error packet, on which the library closes the connection; its socket.io parser fails on the thread that delivers
 * every message where a binary packet's attachment count is no number, and takes a binary message only as the
 * attachment of such a packet. The provider sends its JSON as text, so a message that is none of these is refused
 * before the library sees it, and the connection stays.
 */
final class PacketTypeCheck {

    /** Engine.IO v3's packet types, {@code open} to {@code noop}. */
    private static final char FIRST_TYPE = '0';
    private static final char LAST_TYPE = '6';
    private static final char MESSAGE = '4';
    /** socket.io's binary packets, carried in an Engine.IO message. */
    private static final char BINARY_EVENT = '5';
    private static final char BINARY_ACK = '6';

    private PacketTypeCheck() {
    }

    /** Why the library cannot take this text message, or {@code null} if it can. */
    static String refusal(String text) {
        if (text.isEmpty()) {
            return "an empty message";
        }
        char type = text.charAt(0);
        if (type < FIRST_TYPE || type > LAST_TYPE) {
            return "no Engine.IO packet type";
        }
        if (type == MESSAGE && text.length() > 1 && (text.charAt(1) == BINARY_EVENT || text.charAt(1) == BINARY_ACK)) {
            return "a binary socket.io packet";
        }
        return null;
    }
}
