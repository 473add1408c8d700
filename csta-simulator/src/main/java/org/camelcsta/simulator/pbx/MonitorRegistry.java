package org.camelcsta.simulator.pbx;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camelcsta.protocol.model.CstaEvent;

/**
 * The monitors the sessions started, each with its {@code monitorCrossRefID} and the sink of its session. A monitor
 * watches one device ({@code MonitorStart 200}: 2020 id {@code 200-<millis>}; {@code MonitorStart u-12345678-200}:
 * the object itself), one queue ({@code q-12345678-400}) or a whole trunk ({@code MonitorTrunk}): every device,
 * every queue and every external party's leg, whose events carry {@code u-<trunk>-<device>},
 * {@code q-<trunk>-<queue>} and {@code t-<trunk>}. Used on the PBX thread only.
 */
public final class MonitorRegistry {

    /** What a monitor watches. */
    public enum Kind {
        DEVICE, QUEUE, TRUNK
    }

    /**
     * One monitor.
     *
     * @param number the device or queue number; for a trunk monitor, the trunk id
     * @param trunk  the trunk whose ids its events use ({@code null} for a 2020 device monitor)
     */
    public record Monitor(String crossRefId, Kind kind, String number, String trunk, EventSink sink) {
    }

    /**
     * Makes the event one monitor receives, from its cross-reference id and the dialect of its session;
     * {@code null} where that dialect has no such event.
     */
    @FunctionalInterface
    interface EventFactory {
        CstaEvent make(String crossRefId, Dialect dialect);
    }

    /** A monitor as a session names it: its id is unique within the session, not over all sessions. */
    private record Key(String crossRefId, EventSink sink) {
    }

    // found by key, as a client that stops thousands of monitors names them; kept in start order for events
    private final Map<Key, Monitor> monitors = new LinkedHashMap<>();
    private long lastStamp;

    /** Starts a 2020 monitor on a device and returns its {@code monitorCrossRefID} ({@code device-millis}). */
    public String start(String device, EventSink sink) {
        // the provider's ids are device-milliseconds; two monitors in one millisecond still get distinct ids
        lastStamp = Math.max(System.currentTimeMillis(), lastStamp + 1);
        String crossRefId = device + "-" + lastStamp;
        monitors.put(new Key(crossRefId, sink), new Monitor(crossRefId, Kind.DEVICE, device, null, sink));
        return crossRefId;
    }

    /**
     * Starts a current-API monitor whose {@code monitorCrossRefID} is the object's id: {@code u-<trunk>-<device>},
     * {@code q-<trunk>-<queue>} or {@code t-<trunk>}. Starting the same one twice in a session keeps one.
     */
    public Monitor startObject(Kind kind, String number, String trunk, EventSink sink) {
        String crossRefId = objectId(kind, number, trunk);
        return monitors.computeIfAbsent(new Key(crossRefId, sink), key -> new Monitor(crossRefId, kind, number, trunk, sink));
    }

    /** {@code u-<trunk>-<device>}, {@code q-<trunk>-<queue>} or {@code t-<trunk>}. */
    public static String objectId(Kind kind, String number, String trunk) {
        return switch (kind) {
            case DEVICE -> "u-" + trunk + "-" + number;
            case QUEUE -> "q-" + trunk + "-" + number;
            case TRUNK -> "t-" + trunk;
        };
    }

    /** Stops one monitor of this sink; {@code false} where it does not exist or belongs to another session. */
    public boolean stop(String crossRefId, EventSink sink) {
        return monitors.remove(new Key(crossRefId, sink)) != null;
    }

    /** Stops every monitor of a session (its session ended). */
    public void stopAll(EventSink sink) {
        monitors.values().removeIf(monitor -> monitor.sink() == sink);
    }

    /** The monitors started on a device or queue now, over all sessions (trunk monitors not counted). */
    public int count(String deviceOrQueue) {
        return (int) monitors.values().stream()
                .filter(monitor -> monitor.kind() != Kind.TRUNK && monitor.number().equals(deviceOrQueue)).count();
    }

    /** Sends an event about a device's leg to its monitors and to every trunk monitor. */
    void publishDevice(String device, EventFactory event) {
        publish(Kind.DEVICE, device, event);
    }

    /** Sends an event about a queue to its monitors and to every trunk monitor. */
    void publishQueue(String queue, EventFactory event) {
        publish(Kind.QUEUE, queue, event);
    }

    /** Sends an event about an external party's leg to every trunk monitor, on {@code t-<trunk>}. */
    void publishTrunk(EventFactory event) {
        for (Monitor monitor : List.copyOf(monitors.values())) {
            if (monitor.kind() == Kind.TRUNK) {
                deliver(monitor, monitor.crossRefId(), event);
            }
        }
    }

    private void publish(Kind kind, String number, EventFactory event) {
        for (Monitor monitor : List.copyOf(monitors.values())) {
            String crossRefId = null;
            if (monitor.kind() == kind && monitor.number().equals(number)) {
                crossRefId = monitor.crossRefId();
            } else if (monitor.kind() == Kind.TRUNK) {
                crossRefId = objectId(kind, number, monitor.trunk());
            }
            if (crossRefId != null) {
                deliver(monitor, crossRefId, event);
            }
        }
    }

    private static void deliver(Monitor monitor, String crossRefId, EventFactory event) {
        CstaEvent made = event.make(crossRefId, monitor.sink().dialect());
        if (made != null) {
            monitor.sink().deliver(made);
        }
    }
}
