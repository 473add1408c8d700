package org.camelcsta.client;

import java.util.ArrayDeque;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

import org.camelcsta.client.ReadGate.Hold;
import org.camelcsta.protocol.model.CstaEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One subscriber's events: filled by the I/O thread, handed to the handler in order, one at a time, by tasks
 * on the shared event executor. At {@code capacity} events it asks the session's {@link ReadGate} to pause
 * reading, at {@value #HARD_LIMIT_FACTOR} times the capacity it insists, and at half the capacity it lets go.
 * Nothing is dropped while the subscriber stays.
 */
final class EventQueue {

    private static final Logger LOG = LoggerFactory.getLogger(EventQueue.class);
    private static final int BATCH = 64;
    static final int HARD_LIMIT_FACTOR = 8;

    private final ArrayDeque<CstaEvent> events = new ArrayDeque<>();
    private final EventHandler handler;
    private final Executor executor;
    private final ReadGate gate;
    private final int capacity;
    private boolean draining;
    private Hold hold = Hold.NONE;

    EventQueue(EventHandler handler, Executor executor, ReadGate gate, int capacity) {
        this.handler = handler;
        this.executor = executor;
        this.gate = gate;
        this.capacity = Math.max(1, capacity);
    }

    void offer(CstaEvent event) {
        boolean startDrain;
        synchronized (this) {
            events.add(event);
            updateHold();
            startDrain = !draining;
            draining = true;
        }
        if (startDrain) {
            execute();
        }
    }

    synchronized int size() {
        return events.size();
    }

    /** Drops what is queued and lets go of the gate, when the subscriber goes away. */
    synchronized void release() {
        events.clear();
        updateHold();
    }

    private void updateHold() {
        int size = events.size();
        Hold next;
        if (size >= capacity * HARD_LIMIT_FACTOR) {
            next = Hold.OVERFULL;
        } else if (size >= capacity) {
            next = Hold.FULL;
        } else if (size <= capacity / 2) {
            next = Hold.NONE;
        } else {
            next = hold == Hold.OVERFULL ? Hold.FULL : hold;
        }
        if (next != hold) {
            hold = next;
            gate.hold(this, next);
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
                updateHold();
            }
            CompletionStage<?> handled = handle(event);
            if (handled != null && !handled.toCompletableFuture().isDone()) {
                // the next event waits for this one, without holding a thread
                handled.whenComplete((ignored, error) -> {
                    if (error != null) {
                        LOG.warn("Event handler failed on {}: {}", event.messageName(), error.toString());
                    }
                    execute();
                });
                return;
            }
        }
        // let other subscribers' queues run on the shared executor, then continue
        execute();
    }

    private CompletionStage<?> handle(CstaEvent event) {
        try {
            return handler.onEvent(event);
        } catch (Throwable e) {
            LOG.warn("Event handler failed on {}: {}", event.messageName(), e.toString(), e);
            return null;
        }
    }

    private void execute() {
        try {
            executor.execute(this::drain);
        } catch (RuntimeException e) {
            LOG.warn("Cannot hand events to their handler ({}); {} events wait", e.toString(), size());
            synchronized (this) {
                draining = false;
            }
        }
    }
}
