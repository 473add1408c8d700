package org.camelcsta.simulator.transport.socketio;

import java.net.SocketAddress;

import com.corundumstudio.socketio.SocketIOClient;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camelcsta.protocol.codec.JsonCodec;
import org.camelcsta.protocol.model.CstaMessage;
import org.camelcsta.simulator.session.ClientConnection;

/**
 * A session's socket.io client. Each message is emitted twice, as the provider's server does: as the event
 * named after the message ({@code MakeCallResponse}) and as {@code message}, each carrying the whole
 * {@code {"MakeCallResponse": {...}}} object.
 */
final class SocketIoConnection implements ClientConnection {

    /** Not JSON at all: what a client that parses the payload of {@code message} chokes on. */
    private static final String MALFORMED_PAYLOAD = "{\"CSTAErrorCode\": {\"operation\": ";

    private final SocketIOClient client;
    private final JsonCodec codec;
    private final OutboundPackets outbound;

    SocketIoConnection(SocketIOClient client, JsonCodec codec, OutboundPackets outbound) {
        this.client = client;
        this.codec = codec;
        this.outbound = outbound;
    }

    @Override
    public SocketAddress remoteAddress() {
        return client.getRemoteAddress();
    }

    @Override
    public void send(CstaMessage message) {
        ObjectNode tree = codec.toTree(message);
        outbound.emit(client, message.messageName(), tree);
        outbound.emit(client, "message", tree);
    }

    @Override
    public void sendThenClose(CstaMessage message) {
        send(message);
        outbound.disconnectAfterLastMessage(client);
    }

    @Override
    public void sendMalformedFrame() {
        outbound.emit(client, "message", MALFORMED_PAYLOAD);
    }

    @Override
    public void close() {
        outbound.disconnect(client);
    }
}
