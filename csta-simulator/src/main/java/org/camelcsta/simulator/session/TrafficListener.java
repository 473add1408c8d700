package org.camelcsta.simulator.session;

import org.camelcsta.protocol.model.CstaMessage;
import org.camelcsta.protocol.model.GenericMessage;

/**
 * Observes what the client sessions receive and send, e.g. for the web board's log. Called on I/O and PBX
 * threads; must be thread-safe and must not block.
 */
public interface TrafficListener {

    /** Observes nothing. */
    TrafficListener NONE = new TrafficListener() {
        @Override
        public void received(ClientSession session, GenericMessage request) {
        }

        @Override
        public void sent(ClientSession session, CstaMessage message) {
        }
    };

    /** A session received a request (login requests carry the password: never show it). */
    void received(ClientSession session, GenericMessage request);

    /** A session sent a response or an event. */
    void sent(ClientSession session, CstaMessage message);
}
