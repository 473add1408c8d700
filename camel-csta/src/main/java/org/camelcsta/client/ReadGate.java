package org.camelcsta.client;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Back-pressure for one session. A full event queue pauses reading from the server instead of dropping
 * events, but only while no request waits for its reply: replies share the connection with events, and a
 * route that handles an event often waits for a reply. A queue at its hard limit pauses reading regardless,
 * so that memory stays bounded.
 */
final class ReadGate {

    /** How strongly a queue asks for reading to pause. */
    enum Hold { NONE, FULL, OVERFULL }

    private final Map<Object, Hold> holds = new HashMap<>();
    private boolean repliesAwaited;
    private boolean reading = true;
    private Consumer<Boolean> connection = ignored -> { };

    /** Points the gate at a new connection and applies the current state to it. */
    synchronized void attach(Consumer<Boolean> connection) {
        this.connection = connection;
        reading = shouldRead();
        connection.accept(reading);
    }

    synchronized void hold(Object queue, Hold hold) {
        if (hold == Hold.NONE) {
            holds.remove(queue);
        } else {
            holds.put(queue, hold);
        }
        update();
    }

    synchronized void repliesAwaited(boolean awaited) {
        repliesAwaited = awaited;
        update();
    }

    synchronized boolean isPaused() {
        return !reading;
    }

    private boolean shouldRead() {
        return !holds.containsValue(Hold.OVERFULL) && (holds.isEmpty() || repliesAwaited);
    }

    private void update() {
        boolean read = shouldRead();
        if (read != reading) {
            reading = read;
            connection.accept(read);
        }
    }
}
