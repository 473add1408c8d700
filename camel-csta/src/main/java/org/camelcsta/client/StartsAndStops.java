package org.camelcsta.client;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The MonitorStarts and MonitorStops in flight on one connection, kept apart where they may concern one monitor: the
 * current server monitors {@code 121} and {@code u-<trunk>-121} as one, so a start's reply may name the id of a
 * monitor being stopped. Such a stop waits while the start is in flight (or it could end the monitor that the start is
 * given), and such a start waits while the stop is in flight (or the stop could end it after it started); a stop also
 * waits behind a start that waits, so that a start is not held back for ever by stops that overlap. What waits is
 * handed back to be decided again once something ends. Not thread-safe: used under the lock of
 * {@link MonitorRegistry}.
 */
final class StartsAndStops {

    private final Set<String> starting = new HashSet<>();
    private final Set<String> stopping = new HashSet<>();
    private final Set<String> startsHeldBack = new LinkedHashSet<>();
    private final Set<String> stopsHeldBack = new LinkedHashSet<>();

    /**
     * Claims the start of a device's monitor: {@code false} if it is starting, or held back while a stop is in flight
     * whose monitor it may be given.
     */
    boolean claimStart(String device) {
        if (stopping.stream().anyMatch(crossRef -> devicesSharing(crossRef).contains(device))) {
            startsHeldBack.add(device);
            return false;
        }
        return starting.add(device);
    }

    /** The start of a device's monitor was answered, or failed. */
    void startEnded(String device) {
        starting.remove(device);
    }

    /**
     * Claims the stop of an id's monitor: {@code false} if held back while a start is in flight, or waits, that may be
     * given that monitor.
     */
    boolean claimStop(String crossRef) {
        List<String> sharing = devicesSharing(crossRef);
        if (sharing.stream().anyMatch(device -> starting.contains(device) || startsHeldBack.contains(device))) {
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

    /** The stops held back, each to be claimed again. */
    List<String> stopsDue() {
        return drain(stopsHeldBack);
    }

    /** The starts held back, each to be claimed again. */
    List<String> startsDue() {
        return drain(startsHeldBack);
    }

    /** A new connection: nothing is in flight on it. */
    void clear() {
        starting.clear();
        stopping.clear();
        startsHeldBack.clear();
        stopsHeldBack.clear();
    }

    /**
     * The devices whose start the server may give the monitor of this id: the id itself ({@code u-12345678-121}) and,
     * for a user's or queue's id, its number ({@code 121}). A 2020 id ({@code 121-1690000000}) is new for every start.
     */
    static List<String> devicesSharing(String crossRef) {
        TrunkMemberId member = TrunkMemberId.parse(crossRef);
        return member == null ? List.of(crossRef) : List.of(crossRef, member.number());
    }

    private static List<String> drain(Set<String> heldBack) {
        if (heldBack.isEmpty()) {
            return List.of();
        }
        List<String> due = List.copyOf(heldBack);
        heldBack.clear();
        return due;
    }
}
