package org.camelcsta.client;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The session's monitors: one per device however many subscribers it has, found by device and by the
 * {@code monitorCrossRefID} that the server gave it on the current connection.
 */
final class MonitorRegistry {

    private final Map<String, List<Subscription>> subscribersByDevice = new LinkedHashMap<>();
    private final Map<String, String> crossRefByDevice = new HashMap<>();
    private final Map<String, String> deviceByCrossRef = new HashMap<>();
    private final Set<String> starting = new HashSet<>();

    /** Adds a subscriber to the devices it names. */
    synchronized void add(Subscription subscription) {
        for (String device : subscription.devices()) {
            subscribersByDevice.computeIfAbsent(device, d -> new ArrayList<>()).add(subscription);
        }
    }

    /** Removes a subscriber; returns the cross-reference ids of the monitors nobody needs any more. */
    synchronized List<String> remove(Subscription subscription) {
        List<String> unused = new ArrayList<>();
        for (String device : subscription.devices()) {
            List<Subscription> subscribers = subscribersByDevice.get(device);
            if (subscribers != null && subscribers.remove(subscription) && subscribers.isEmpty()) {
                subscribersByDevice.remove(device);
                String crossRef = crossRefByDevice.remove(device);
                if (crossRef != null) {
                    deviceByCrossRef.remove(crossRef);
                    unused.add(crossRef);
                }
            }
        }
        return unused;
    }

    /** Claims the start of a device's monitor on the current connection; {@code false} if it runs or is starting. */
    synchronized boolean beginStart(String device) {
        return subscribersByDevice.containsKey(device) && !crossRefByDevice.containsKey(device) && starting.add(device);
    }

    /** The start failed: it may be claimed again. */
    synchronized void startFailed(String device) {
        starting.remove(device);
    }

    /** Records a started monitor; returns its subscribers, or none if the device is no longer wanted. */
    synchronized List<Subscription> started(String device, String crossRef) {
        starting.remove(device);
        List<Subscription> subscribers = subscribersByDevice.get(device);
        if (subscribers == null) {
            return List.of();
        }
        String previous = crossRefByDevice.put(device, crossRef);
        if (previous != null) {
            deviceByCrossRef.remove(previous);
        }
        deviceByCrossRef.put(crossRef, device);
        return List.copyOf(subscribers);
    }

    /** The subscribers of the monitor with this id on the current connection. */
    synchronized List<Subscription> subscribersOf(String crossRef) {
        String device = crossRef == null ? null : deviceByCrossRef.get(crossRef);
        return device == null ? List.of() : List.copyOf(subscribersByDevice.get(device));
    }

    /** Forgets the ids of a lost connection; the devices stay, to be monitored again. */
    synchronized void connectionLost() {
        starting.clear();
        crossRefByDevice.clear();
        deviceByCrossRef.clear();
    }

    synchronized List<String> devices() {
        return List.copyOf(subscribersByDevice.keySet());
    }

    synchronized boolean isEmpty() {
        return subscribersByDevice.isEmpty();
    }

    synchronized int activeMonitors() {
        return crossRefByDevice.size();
    }
}
