package org.camelcsta.client;

import java.util.List;

import org.camelcsta.protocol.model.CstaEvent;
import org.camelcsta.protocol.model.PrivateData;
import org.camelcsta.protocol.model.SnapshotConnection;

/**
 * Not a message of the server: the session's word, in the subscriber's event order, that a device's monitor
 * (re)started and which calls the device has now, so that a subscriber who may have missed events (across a
 * reconnect) can reconcile. Events queued before it happened before the snapshot was taken; events after it
 * happened after.
 *
 * @param device            the monitored device, as subscribed
 * @param monitorCrossRefId the monitor's id on the current connection
 * @param restarted         {@code false} for the first start of the subscription's monitor, {@code true} after a reconnect
 * @param calls             the device's connections when the monitor started (from {@code SnapshotDevice}); empty
 *                          where it has none or the snapshot failed (see {@code snapshotFailure})
 * @param snapshotFailure   why the snapshot could not be taken, or {@code null}
 */
public record MonitorSnapshot(String device, String monitorCrossRefId, boolean restarted,
                              List<SnapshotConnection> calls, String snapshotFailure) implements CstaEvent {

    /** The name under which consumers report it ({@code CamelCstaEventType}). */
    public static final String NAME = "MonitorSnapshot";

    public MonitorSnapshot {
        calls = calls == null ? List.of() : List.copyOf(calls);
    }

    @Override
    public String messageName() {
        return NAME;
    }

    @Override
    public PrivateData privateData() {
        return null;
    }
}
