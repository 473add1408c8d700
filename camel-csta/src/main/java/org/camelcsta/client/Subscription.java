package org.camelcsta.client;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A subscriber's interest in the events of some devices, delivered in order through one queue, and of some monitor
 * ids whichever monitor brings them (followed, without a monitor of their own). Closing it stops delivery; the
 * session stops a device's monitor when its last subscription closes.
 */
public final class Subscription implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Subscription.class);

    private final List<String> devices;
    private final List<String> followed;
    private final Set<String> eventTypes;
    private final SnapshotMode snapshots;
    private final EventHandler handler;
    private final EventQueue queue;
    private final CstaSession session;
    private final Set<String> monitored = new HashSet<>();

    Subscription(List<String> devices, List<String> followed, Set<String> eventTypes, SnapshotMode snapshots,
                 EventHandler handler, EventQueue queue, CstaSession session) {
        // a device named twice is monitored once: its events must not come twice
        this.devices = List.copyOf(new LinkedHashSet<>(devices));
        this.followed = List.copyOf(new LinkedHashSet<>(followed));
        this.eventTypes = Set.copyOf(eventTypes);
        this.snapshots = snapshots;
        this.handler = handler;
        this.queue = queue;
        this.session = session;
    }

    /** The devices whose events this subscription receives, each once. */
    public List<String> devices() {
        return devices;
    }

    /** The monitor ids whose events this subscription receives whichever monitor brings them, each once. */
    List<String> followed() {
        return followed;
    }

    /** Whether events of this type are wanted (all are, when no types were given). */
    boolean wants(String eventType) {
        return eventTypes.isEmpty() || eventTypes.contains(eventType);
    }

    /** A monitor of the device started for this subscription; returns whether it had one before (a restart). */
    synchronized boolean monitorStarted(String device) {
        return !monitored.add(device);
    }

    /** Whether a start of a device's monitor, first or again, brings this subscription a snapshot. */
    boolean wantsSnapshot(boolean restarted) {
        return snapshots == SnapshotMode.ALWAYS || (snapshots == SnapshotMode.AFTER_RECONNECT && restarted);
    }

    /** Tells the handler of a session failure; a handler that throws cannot break the session. */
    void sessionFailed(Throwable failure) {
        try {
            handler.onSessionFailure(failure);
        } catch (RuntimeException e) {
            LOG.warn("A subscriber failed on being told of a session failure: {}", e.toString(), e);
        }
    }

    EventHandler handler() {
        return handler;
    }

    EventQueue queue() {
        return queue;
    }

    /** Events queued and not yet handled. */
    public int pendingEvents() {
        return queue.size();
    }

    /**
     * Stops the monitors this subscription needs (unless others need them) but lets the events already
     * queued reach the handler: for a graceful stop.
     */
    public void stopReceiving() {
        session.unsubscribe(this);
    }

    /** Stops receiving and drops what is still queued. */
    @Override
    public void close() {
        session.unsubscribe(this);
        queue.release();
    }
}
