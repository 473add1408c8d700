package org.camelcsta.simulator.pbx;

import org.camelcsta.protocol.model.CstaEvent;

/** Where a monitor's events go: the client session that started it. Called on the PBX thread. */
@FunctionalInterface
public interface EventSink {

    /** Sends one event to the client; must not block. */
    void deliver(CstaEvent event);

    /** The API the client speaks, which decides the form of its events. */
    default Dialect dialect() {
        return Dialect.API_2020;
    }
}
