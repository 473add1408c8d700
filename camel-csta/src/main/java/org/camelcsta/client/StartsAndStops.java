package org.camelcsta.client;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The MonitorStarts and MonitorStops in flight on one connection, kept apart. The current server monitors
 * {@code 121} and {@code u-<trunk>-121} as one, so a start's reply may name the id of a monitor being stopped: a stop
 * waits while a start is in flight (or it could end the monitor that the start is given), and a start waits while a
 * stop is in flight (or the stop could end it on the server after it started). Not thread-safe: used under the lock
 * of {@link MonitorRegistry}.
 */
final class StartsAndStops {

    private final Set<String> starting = new HashSet<>();
    private final Set<String> stopping = new HashSet<>();
    private final Set<String> startsHeldBack = new LinkedHashSet<>();
    private final Set<String> stopsHeldBack = new LinkedHashSet<>();

    /** Claims the start of a device's monitor: {@code false} if it is starting, or held back while a stop is in flight. */
    boolean claimStart(String device) {
        if (!stopping.isEmpty()) {
            startsHeldBack.add(device);
            return false;
        }
        return starting.add(device);
    }

    /** The start of a device's monitor was answered, or failed. */
    void startEnded(String device) {
        starting.remove(device);
    }

    /** Claims the stop of an id's monitor: {@code false} if held back while a start is in flight. */
    boolean claimStop(String crossRef) {
        if (!starting.isEmpty()) {
            stopsHeldBack.add(crossRef);
            return false;
        }
        stopping.add(crossRef);
        return true;
    }

    /** The stop of an id's monitor was answered, or failed. */
    void stopEnded(String crossRef) {
        stopping.remove(crossRef);
    }

    /** The stops held back, once no start is in flight. */
    List<String> stopsDue() {
        return starting.isEmpty() ? drain(stopsHeldBack) : List.of();
    }

    /** The starts held back, once no stop is in flight. */
    List<String> startsDue() {
        return stopping.isEmpty() ? drain(startsHeldBack) : List.of();
    }

    /** A new connection: nothing is in flight on it. */
    void clear() {
        starting.clear();
        stopping.clear();
        startsHeldBack.clear();
        stopsHeldBack.clear();
    }

    private static List<String> drain(Set<String> heldBack) {
        List<String> due = List.copyOf(heldBack);
        heldBack.clear();
        return due;
    }
}
