package org.camelcsta.simulator.session;

import java.net.SocketAddress;
import java.util.function.Supplier;

import org.camelcsta.protocol.model.CstaMessage;
import org.camelcsta.simulator.pbx.Dialect;

/** A connection that writes each message with the XML namespace of the dialect its client speaks now. */
final class DialectConnection implements ClientConnection {

    private final ClientConnection transport;
    private final Supplier<Dialect> dialect;

    DialectConnection(ClientConnection transport, Supplier<Dialect> dialect) {
        this.transport = transport;
        this.dialect = dialect;
    }

    @Override
    public SocketAddress remoteAddress() {
        return transport.remoteAddress();
    }

    @Override
    public void send(CstaMessage message) {
        transport.send(message, dialect.get().xmlNamespace(message.messageName()));
    }

    @Override
    public void sendThenClose(CstaMessage message) {
        transport.sendThenClose(message);
    }

    @Override
    public void sendMalformedFrame() {
        transport.sendMalformedFrame();
    }

    @Override
    public void close() {
        transport.close();
    }
}
