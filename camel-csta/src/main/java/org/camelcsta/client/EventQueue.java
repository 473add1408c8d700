package org.camelcsta.client;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;

import org.camelcsta.protocol.model.CstaEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One subscriber's events: filled by the I/O thread, drained in order by one task at a time on the shared
 * event executor. When it holds {@code capacity} events it closes the session's {@link ReadGate}; it opens
 * it again at half. Nothing is dropped: the queue may briefly exceed its capacity by the events already
 * read from the socket when reading paused.
 */
final class EventQueue {

    private static final Logger LOG = LoggerFactory.getLogger(EventQueue.class);
    private static final int BATCH = 64;

    private final ArrayDeque<CstaEvent> events = new ArrayDeque<>();
    private final EventHandler handler;
    private final Executor executor;
    private final ReadGate gate;
    private final int capacity;
    private boolean draining;
    private boolean blocking;

    EventQueue(EventHandler handler, Executor executor, ReadGate gate, int capacity) {
        this.handler = handler;
        this.executor = executor;
        this.gate = gate;
        this.capacity = capacity;
    }

    void offer(CstaEvent event) {
        boolean startDrain;
        synchronized (this) {
            events.add(event);
            if (!blocking && events.size() >= capacity) {
                blocking = true;
                gate.block(this);
            }
            startDrain = !draining;
            draining = true;
        }
        if (startDrain) {
            executor.execute(this::drain);
        }
    }

    synchronized int size() {
        return events.size();
    }

    /** Drops what is queued and stops holding the gate closed, when the subscriber goes away. */
    synchronized void release() {
        events.clear();
        if (blocking) {
            blocking = false;
            gate.unblock(this);
        }
    }

    private void drain() {
        for (int i = 0; i < BATCH; i++) {
            CstaEvent event;
            synchronized (this) {
                event = events.poll();
                if (event == null) {
                    draining = false;
                    return;
                }
                if (blocking && events.size() <= capacity / 2) {
                    blocking = false;
                    gate.unblock(this);
                }
            }
            try {
                handler.onEvent(event);
            } catch (Exception e) {
                LOG.warn("Event handler failed on {}: {}", event.messageName(), e.toString(), e);
            }
        }
        // let other subscribers' queues run on the shared executor, then continue
        executor.execute(this::drain);
    }
}
