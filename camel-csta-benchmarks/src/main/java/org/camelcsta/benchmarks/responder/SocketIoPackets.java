package org.camelcsta.benchmarks.responder;

/**
 * The few Engine.IO v3 / socket.io 2 packets of the canned socket.io responder, as websocket text: the open
 * packet, the namespace's connect, the heartbeat answer, and the {@code message} event around a payload.
 */
final class SocketIoPackets {

    /** Engine.IO open: no upgrades (websocket from the start), the default heartbeat of socket.io 2. */
    static final String OPEN = "0{\"sid\":\"bench\",\"upgrades\":[],\"pingInterval\":25000,\"pingTimeout\":60000}";
    /** socket.io connect on the default namespace. */
    static final String CONNECT = "40";
    /** Engine.IO ping from the client (its text follows, e.g. {@code probe}). */
    static final byte PING = '2';
    /** Engine.IO pong, the ping's text after it. */
    static final String PONG = "3";
    /** Engine.IO message carrying socket.io event: what precedes the payload of a {@code message} event. */
    static final String MESSAGE_EVENT = "42[\"message\",";
    /** What follows the payload. */
    static final String MESSAGE_EVENT_END = "]";

    private SocketIoPackets() {
    }
}
