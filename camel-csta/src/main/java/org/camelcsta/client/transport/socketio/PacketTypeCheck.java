package org.camelcsta.client.transport.socketio;

/**
 * Whether a websocket message is a packet that the socket.io library can take without ending the connection or
 * failing on the thread that delivers every message. Its Engine.IO v3 parser turns a text message whose first
 * character names no packet type (an empty one too) into an error packet, on which the library closes the connection;
 * it fails on an open packet without its handshake; its socket.io parser fails where a binary packet's attachment
 * count is no number, and takes a binary message only as the attachment of such a packet. The provider sends its JSON
 * as text, and no binary packets, so such messages are refused before the library sees them, and the connection
 * stays. The library reads a packet type as any Unicode digit ({@link Character#getNumericValue}); so does this check
 * where it looks for binary packets.
 */
final class PacketTypeCheck {

    /** Engine.IO v3's packet types, {@code open} to {@code noop}. */
    private static final char OPEN = '0';
    private static final char NOOP = '6';
    private static final char MESSAGE = '4';
    /** socket.io's binary packets, carried in an Engine.IO message. */
    private static final int BINARY_EVENT = 5;
    private static final int BINARY_ACK = 6;

    private PacketTypeCheck() {
    }

    /** Why the library cannot take this text message, or {@code null} if it can. */
    static String refusal(String text) {
        if (text.isEmpty()) {
            return "an empty message";
        }
        char type = text.charAt(0);
        if (type < OPEN || type > NOOP) {
            return "no Engine.IO packet type";
        }
        if (type == OPEN && text.length() == 1) {
            return "an open packet without its handshake";
        }
        if (type == MESSAGE && text.length() > 1) {
            int packet = Character.getNumericValue(text.charAt(1));
            if (packet == BINARY_EVENT || packet == BINARY_ACK) {
                return "a binary socket.io packet";
            }
        }
        return null;
    }
}
