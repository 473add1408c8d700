package org.camelcsta.client;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

import org.camelcsta.client.transport.ReadMode;

/**
 * Back-pressure for one session, in two strengths.
 * <ul>
 * <li>A full event queue pauses reading ({@link ReadMode#PAUSE}) instead of dropping events, but only while no
 * request waits for its reply, or for an event that completes it: replies share the connection with events, and a
 * route that handles an event often waits for a reply (and the keep-alive's reply must be read to tell a live
 * connection from a dead one).</li>
 * <li>The bytes of all queued events together (each counted by its frame size) have a budget: at the budget
 * reading stops whatever is awaited ({@link ReadMode#STOP}) until half of it is free again, so that memory stays
 * bounded.</li>
 * </ul>
 */
final class ReadGate {

    private final long byteBudget;
    private final Set<Object> fullQueues = new HashSet<>();
    private long queuedBytes;
    private boolean overBudget;
    private boolean repliesAwaited;
    private int eventsAwaited;
    private ReadMode mode = ReadMode.READ;
    private Consumer<ReadMode> connection = ignored -> { };

    ReadGate(long byteBudget) {
        this.byteBudget = byteBudget;
    }

    /** Points the gate at a new connection and applies the current state to it. */
    synchronized void attach(Consumer<ReadMode> connection) {
        this.connection = connection;
        mode = wanted();
        connection.accept(mode);
    }

    /** A queue reached its capacity ({@code true}) or has room again. */
    synchronized void full(Object queue, boolean full) {
        if (full) {
            fullQueues.add(queue);
        } else {
            fullQueues.remove(queue);
        }
        update();
    }

    /** Events of this many bytes were queued (positive) or left their queue (negative). */
    synchronized void queued(long bytes) {
        queuedBytes += bytes;
        if (queuedBytes >= byteBudget) {
            overBudget = true;
        } else if (queuedBytes <= byteBudget / 2) {
            overBudget = false;
        }
        update();
    }

    synchronized void repliesAwaited(boolean awaited) {
        repliesAwaited = awaited;
        update();
    }

    /** A request began ({@code true}) or ended waiting for an event that completes it, such as a new call's first. */
    synchronized void eventAwaited(boolean awaited) {
        eventsAwaited += awaited ? 1 : -1;
        update();
    }

    /** Whether the session holds reading back, in either strength. */
    synchronized boolean isPaused() {
        return mode != ReadMode.READ;
    }

    /** Whether reading stopped at the byte budget: no reply can be read until the subscribers catch up. */
    synchronized boolean isStopped() {
        return mode == ReadMode.STOP;
    }

    /** The bytes of the events queued now. */
    synchronized long queuedBytes() {
        return queuedBytes;
    }

    private ReadMode wanted() {
        if (overBudget) {
            return ReadMode.STOP;
        }
        return !fullQueues.isEmpty() && !repliesAwaited && eventsAwaited == 0 ? ReadMode.PAUSE : ReadMode.READ;
    }

    private void update() {
        ReadMode next = wanted();
        if (next != mode) {
            mode = next;
            connection.accept(next);
        }
    }
}
