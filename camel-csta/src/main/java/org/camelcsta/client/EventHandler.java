package org.camelcsta.client;

import org.camelcsta.protocol.model.CstaEvent;

/** Receives the events of a monitored device, in order, one at a time, never on an I/O thread. */
@FunctionalInterface
public interface EventHandler {

    /** One event; an exception is logged and the next event still comes. */
    void onEvent(CstaEvent event) throws Exception;

    /** The monitor of the device (re)started, after login or after a reconnect, under this id. */
    default void onMonitorStarted(String device, String monitorCrossRefId) {
    }
}
