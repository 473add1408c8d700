package org.camelcsta.benchmarks.responder;

import org.camelcsta.benchmarks.Wire;

/** A canned server on a loopback port that answers every request at once, so that the client is what is measured. */
public interface Responder extends AutoCloseable {

    int port();

    @Override
    void close();

    /** A started responder that speaks this wire format, on an ephemeral loopback port. */
    static Responder start(Wire wire) {
        return switch (wire) {
            case TCP_XML -> CannedResponder.start();
            case SOCKETIO -> CannedSocketIoResponder.start();
            case HTTP_GET -> CannedHttpResponder.start();
        };
    }
}
