package org.camelcsta.simulator.transport.socketio;

import com.corundumstudio.socketio.SocketIOClient;

/** Sends to socket.io clients. */
final class OutboundPackets {

    void emit(SocketIOClient client, String event, Object payload) {
        client.sendEvent(event, payload);
    }

    void disconnect(SocketIOClient client) {
        client.disconnect();
    }
}
