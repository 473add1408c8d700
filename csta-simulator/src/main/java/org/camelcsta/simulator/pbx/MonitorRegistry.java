package org.camelcsta.simulator.pbx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.camelcsta.protocol.model.CstaEvent;

/**
 * The monitors started on devices, each with its {@code monitorCrossRefID} ({@code device-timestamp}, unique)
 * and the sink of the session that started it. Used on the PBX thread only.
 */
public final class MonitorRegistry {

    /** One monitor: which device it watches, for whom. */
    public record Monitor(String crossRefId, String device, EventSink sink) {
    }

    private final Map<String, Monitor> byCrossRefId = new LinkedHashMap<>();
    private long lastStamp;

    /** Starts a monitor on a device and returns its {@code monitorCrossRefID}. */
    public String start(String device, EventSink sink) {
        // the provider's ids are device-milliseconds; two monitors in one millisecond still get distinct ids
        lastStamp = Math.max(System.currentTimeMillis(), lastStamp + 1);
        String crossRefId = device + "-" + lastStamp;
        byCrossRefId.put(crossRefId, new Monitor(crossRefId, device, sink));
        return crossRefId;
    }

    /** Stops one monitor of this sink; {@code false} where it does not exist or belongs to another session. */
    public boolean stop(String crossRefId, EventSink sink) {
        Monitor monitor = byCrossRefId.get(crossRefId);
        if (monitor == null || monitor.sink() != sink) {
            return false;
        }
        byCrossRefId.remove(crossRefId);
        return true;
    }

    /** Stops every monitor of a session (its session ended). */
    public void stopAll(EventSink sink) {
        byCrossRefId.values().removeIf(monitor -> monitor.sink() == sink);
    }

    /** The monitors currently started on a device, over all sessions. */
    public int count(String device) {
        return (int) byCrossRefId.values().stream().filter(monitor -> monitor.device().equals(device)).count();
    }

    /** Sends an event to every monitor of a device; the event is made per monitor from its cross-reference id. */
    void publish(String device, Function<String, CstaEvent> eventForMonitor) {
        List<Monitor> monitors = new ArrayList<>();
        for (Monitor monitor : byCrossRefId.values()) {
            if (monitor.device().equals(device)) {
                monitors.add(monitor);
            }
        }
        for (Monitor monitor : monitors) {
            monitor.sink().deliver(eventForMonitor.apply(monitor.crossRefId()));
        }
    }
}
