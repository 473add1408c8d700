package org.camelcsta.client;

import java.util.List;
import java.util.Set;

/**
 * A subscriber's interest in the events of some devices, delivered in order through one queue. Closing
 * it stops delivery; the session stops a device's monitor when its last subscription closes.
 */
public final class Subscription implements AutoCloseable {

    private final List<String> devices;
    private final Set<String> eventTypes;
    private final EventHandler handler;
    private final EventQueue queue;
    private final CstaSession session;

    Subscription(List<String> devices, Set<String> eventTypes, EventHandler handler, EventQueue queue,
                 CstaSession session) {
        this.devices = List.copyOf(devices);
        this.eventTypes = Set.copyOf(eventTypes);
        this.handler = handler;
        this.queue = queue;
        this.session = session;
    }

    /** The devices whose events this subscription receives. */
    public List<String> devices() {
        return devices;
    }

    /** Whether events of this type are wanted (all are, when no types were given). */
    boolean wants(String eventType) {
        return eventTypes.isEmpty() || eventTypes.contains(eventType);
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
