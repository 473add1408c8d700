package org.camelcsta.simulator.session;

import java.net.SocketAddress;

import org.camelcsta.protocol.model.CstaMessage;

/**
 * A transport's connection to one client, as a session sees it. Every method may be called from any thread and
 * must not block; messages sent from one thread leave in the order they were sent.
 */
public interface ClientConnection {

    /** The client's address. */
    SocketAddress remoteAddress();

    /** Sends a response or an event, encoded for the transport. */
    void send(CstaMessage message);

    /**
     * Sends a response or an event whose XML root declares {@code xmlNamespace} (the current API's ed6); a
     * transport without XML ignores it.
     */
    default void send(CstaMessage message, String xmlNamespace) {
        send(message);
    }

    /** Sends a last message and closes the connection once it is written. */
    void sendThenClose(CstaMessage message);

    /** Sends one frame that the client cannot parse (fault injection). */
    void sendMalformedFrame();

    /** Closes the connection at once, without a goodbye (fault injection, server stop). */
    void close();
}
