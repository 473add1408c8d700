package org.camelcsta.simulator.session;

import java.net.SocketAddress;

import org.camelcsta.protocol.model.CstaMessage;

/** A connection that tells a {@link TrafficListener} about every message sent through it. */
final class ObservedConnection implements ClientConnection {

    private final ClientConnection delegate;
    private final TrafficListener listener;
    private final ClientSession session;

    ObservedConnection(ClientConnection delegate, TrafficListener listener, ClientSession session) {
        this.delegate = delegate;
        this.listener = listener;
        this.session = session;
    }

    @Override
    public SocketAddress remoteAddress() {
        return delegate.remoteAddress();
    }

    @Override
    public void send(CstaMessage message) {
        listener.sent(session, message);
        delegate.send(message);
    }

    @Override
    public void sendThenClose(CstaMessage message) {
        listener.sent(session, message);
        delegate.sendThenClose(message);
    }

    @Override
    public void sendMalformedFrame() {
        delegate.sendMalformedFrame();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
