package org.camelcsta.benchmarks.responder;

import org.camelcsta.benchmarks.Wire;

/** A responder that also pushes events: the monitors its clients started, and blasts of numbered events at them. */
public interface EventSource extends Responder {

    /** Monitors started on a device over all connections. */
    int monitorCount(String device);

    /**
     * Sends events numbered 1..count to every connection that monitors the device, in order, as fast as each
     * client reads them. Returns at once.
     */
    void blast(String device, long count);

    /** A started event source of this wire format; HTTP GET has no events. */
    static EventSource start(Wire wire) {
        return switch (wire) {
            case TCP_XML -> CannedResponder.start();
            case SOCKETIO -> CannedSocketIoResponder.start();
            case HTTP_GET -> throw new IllegalArgumentException("HTTP GET has no events");
        };
    }
}
