package org.camelcsta.client;

import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import org.camelcsta.protocol.LogText;
import org.camelcsta.protocol.model.CstaEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One subscriber's events: filled by the I/O thread, handed to the handler in order, one at a time, by tasks
 * on the shared event executor (or, for a handler that only completes futures, on the reading thread
 * itself). At {@code capacity} events it tells the session's {@link ReadGate} that it is full, at half the
 * capacity that it has room again; every event's frame size counts against the session's byte budget while it
 * waits. Nothing is dropped while the subscriber stays; once it has gone, nothing more is queued.
 */
final class EventQueue {

    private static final Logger LOG = LoggerFactory.getLogger(EventQueue.class);
    private static final int BATCH = 64;

    private final ArrayDeque<Queued> events = new ArrayDeque<>();
    private final EventHandler handler;
    private final Executor executor;
    private final ReadGate gate;
    private final int capacity;
    private boolean draining;
    /** Whether a reader that added events has yet to hand the queue over. */
    private boolean awaitingHandOver;
    private boolean full;
    /** Set when the subscriber goes away: what comes later (a snapshot's late reply, an event read meanwhile) is dropped. */
    private boolean released;

    EventQueue(EventHandler handler, Executor executor, ReadGate gate, int capacity) {
        this.handler = handler;
        this.executor = executor;
        this.gate = gate;
        this.capacity = Math.max(1, capacity);
    }

    /** Queues an event of {@code bytes} on the wire, and has the queue handed over at once. */
    void offer(Supplier<? extends CstaEvent> event, int bytes) {
        add(event, bytes);
        handOver();
    }

    /**
     * Queues an event of {@code bytes} on the wire, to be handed over by {@link #handOver()}: a connection's reader
     * queues what one read gives, then hands each queue over once, which wakes an event thread once per read and
     * not once per event.
     *
     * @return whether the caller must call {@link #handOver()}: {@code false} while the queue is handed over, or
     *         already waits for a hand-over, or after it was released
     */
    synchronized boolean add(Supplier<? extends CstaEvent> event, int bytes) {
        if (released) {
            return false;
        }
        events.add(new Queued(event, bytes));
        gate.queued(bytes);
        updateFull();
        if (draining || awaitingHandOver) {
            return false;
        }
        awaitingHandOver = true;
        return true;
    }

    /** Starts handing the queued events to the handler on the executor, unless that is under way. */
    void handOver() {
        synchronized (this) {
            awaitingHandOver = false;
            if (draining || events.isEmpty()) {
                return;
            }
            draining = true;
        }
        execute();
    }

    synchronized int size() {
        return events.size();
    }

    /** Drops what is queued and what comes later, and lets go of the gate, when the subscriber goes away. */
    synchronized void release() {
        released = true;
        long bytes = events.stream().mapToLong(Queued::bytes).sum();
        events.clear();
        gate.queued(-bytes);
        updateFull();
    }

    private void updateFull() {
        int size = events.size();
        boolean next = size >= capacity || (full && size > capacity / 2);
        if (next != full) {
            full = next;
            gate.full(this, next);
        }
    }

    private void drain() {
        for (int i = 0; i < BATCH; i++) {
            Queued next;
            synchronized (this) {
                next = events.poll();
                if (next == null) {
                    draining = false;
                    return;
                }
                gate.queued(-next.bytes());
                updateFull();
            }
            CstaEvent event = bind(next.event());
            if (event == null) {
                continue;
            }
            CompletionStage<?> handled = handle(event);
            if (handled != null && !isDone(handled, event)) {
                // the next event waits for this one, without holding a thread
                handled.whenComplete((ignored, error) -> {
                    logFailure(event, error);
                    execute();
                });
                return;
            }
        }
        // let other subscribers' queues run on the shared executor, then continue
        execute();
    }

    /** The event, bound if it was read from the connection; {@code null} for one that cannot be read (logged). */
    private static CstaEvent bind(Supplier<? extends CstaEvent> event) {
        try {
            return event.get();
        } catch (Throwable e) { // as anything else on an event thread, it must not stop the queue
            LOG.warn("Skipped an event that cannot be read: {}", e.toString(), e);
            return null;
        }
    }

    private CompletionStage<?> handle(CstaEvent event) {
        try {
            return handler.onEvent(event);
        } catch (Throwable e) {
            LOG.warn("Event handler failed on {}: {}", LogText.cap(event.messageName()), e.toString(), e);
            return null;
        }
    }

    /** Whether the handler's stage is complete (its failure logged); one that cannot tell is waited for. */
    private static boolean isDone(CompletionStage<?> handled, CstaEvent event) {
        CompletableFuture<?> future;
        try {
            future = handled.toCompletableFuture(); // a CompletionStage may refuse to be one
        } catch (RuntimeException e) {
            return false;
        }
        if (!future.isDone()) {
            return false;
        }
        if (future.isCompletedExceptionally()) {
            future.whenComplete((ignored, error) -> logFailure(event, error)); // runs at once
        }
        return true;
    }

    private static void logFailure(CstaEvent event, Throwable error) {
        if (error != null) {
            LOG.warn("Event handler failed on {}: {}", LogText.cap(event.messageName()), error.toString());
        }
    }

    private void execute() {
        // with the reading thread's executor (Runnable::run), drain runs here, and what it throws is caught here too
        try {
            executor.execute(this::drain);
        } catch (RuntimeException e) {
            LOG.warn("Cannot hand events to their handler ({}); {} events wait", e.toString(), size());
            synchronized (this) {
                draining = false;
            }
        }
    }

    private record Queued(Supplier<? extends CstaEvent> event, int bytes) {
    }
}
