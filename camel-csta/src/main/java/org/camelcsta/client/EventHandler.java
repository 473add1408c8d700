package org.camelcsta.client;

import java.util.concurrent.CompletionStage;

import org.camelcsta.protocol.model.CstaEvent;

/**
 * Receives the events of monitored devices, in order, one at a time, on the session's event executor (never
 * on an I/O thread, but for the session's own watch of a new call leg, which only completes a future). A handler may
 * finish an event later: the next event comes when the returned stage completes, and no thread waits meanwhile.
 */
@FunctionalInterface
public interface EventHandler {

    /**
     * One event.
     *
     * @return {@code null} when the event is handled, or a stage that completes when it is; a failure (thrown
     *         or of the stage) is logged and the next event still comes
     */
    CompletionStage<?> onEvent(CstaEvent event) throws Exception;

    /**
     * A monitor of the device (re)started, after login or after a reconnect, under this id. Called on an I/O
     * thread: it must return quickly and not block.
     */
    default void onMonitorStarted(String device, String monitorCrossRefId) {
    }

    /**
     * The session failed in a way the subscriber may want to know: it cannot connect or log in, lost its
     * connection (events may be missed until the monitors restart), or cannot start a device's monitor. The
     * session keeps retrying while anyone subscribes. Called on an I/O or timer thread: it must return quickly
     * and not block.
     */
    default void onSessionFailure(Throwable error) {
    }
}
