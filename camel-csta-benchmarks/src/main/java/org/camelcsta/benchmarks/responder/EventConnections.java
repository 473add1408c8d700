package org.camelcsta.benchmarks.responder;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The open connections of an event source, what they monitor, and the blasts sent at them. */
final class EventConnections {

    private final Set<EventConnection<?>> open = ConcurrentHashMap.newKeySet();
    private final AtomicLong crossRefs = new AtomicLong();

    /** Connections open now. */
    int size() {
        return open.size();
    }

    /** Monitors started on a device over all connections. */
    int monitorCount(String device) {
        int count = 0;
        for (EventConnection<?> connection : open) {
            if (connection.monitors(device)) {
                count++;
            }
        }
        return count;
    }

    /** Blasts the device's events at every connection that monitors it; they leave on each one's event loop. */
    void blast(String device, long count) {
        for (EventConnection<?> connection : open) {
            connection.blast(device, count);
        }
    }

    void add(EventConnection<?> connection) {
        open.add(connection);
    }

    void remove(EventConnection<?> connection) {
        open.remove(connection);
    }

    /** A monitorCrossRefID unique over this source's connections. */
    String nextCrossRef(String device) {
        return device + "-" + crossRefs.incrementAndGet();
    }
}
