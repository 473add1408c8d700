package org.camelcsta.client;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Back-pressure for one session: while any event queue is full, the session stops reading from the
 * server instead of dropping events; reading resumes when every queue has room again.
 */
final class ReadGate {

    private final Set<Object> blockers = new HashSet<>();
    private Consumer<Boolean> reading = ignored -> { };

    /** Points the gate at the current connection and applies the current state to it. */
    synchronized void attach(Consumer<Boolean> reading) {
        this.reading = reading;
        reading.accept(blockers.isEmpty());
    }

    synchronized void block(Object blocker) {
        if (blockers.add(blocker) && blockers.size() == 1) {
            reading.accept(false);
        }
    }

    synchronized void unblock(Object blocker) {
        if (blockers.remove(blocker) && blockers.isEmpty()) {
            reading.accept(true);
        }
    }

    synchronized boolean isBlocked() {
        return !blockers.isEmpty();
    }
}
