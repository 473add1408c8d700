package org.camelcsta.client;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The session's monitors: one per device however many subscribers it has, found by device and by the
 * {@code monitorCrossRefID} that the server gave it on the current connection. Starting a monitor is claimed
 * for one connection: a claim for a connection that is no longer the current one fails, so a start begun just
 * as its connection was lost can never keep the device from being monitored on the next one. A trunk monitor
 * ({@code t-<trunk>}) also receives the events of the users and queues of its trunk ({@code u-<trunk>-200},
 * {@code q-<trunk>-400}, the ids its {@code MonitorStartedEvent}s announce), whether or not they have a monitor of
 * their own.
 * Devices named differently may be monitored under one id ({@code 200} and {@code u-<trunk>-200} on the current
 * server): the id's events reach the subscribers of each, and its monitor is stopped only when none is left. A
 * subscription may also follow ids: their events reach it whichever monitor brings them. A monitor is stopped only
 * when no device has its id, and starts and stops of monitors are kept apart ({@link StartsAndStops}). The registry
 * also knows which monitors the server runs for the session, from their start until a stop that the server
 * confirmed: where an id is brought by its own monitor and its trunk's, the server may send each event twice.
 */
final class MonitorRegistry {

    /** How a trunk's monitor id begins: {@code t-12345678}. */
    static final String TRUNK_PREFIX = "t-";

    private final Map<String, List<Subscription>> subscribersByDevice = new LinkedHashMap<>();
    private final Map<String, String> crossRefByDevice = new HashMap<>();
    private final Map<String, Set<String>> devicesByCrossRef = new HashMap<>();
    private final Map<String, List<Subscription>> followersByCrossRef = new HashMap<>();
    private final StartsAndStops inFlight = new StartsAndStops();
    /** The ids of the monitors that the server runs for the session, as far as it told. */
    private final Set<String> onServer = new HashSet<>();
    private Object connection;

    /**
     * Adds a subscriber to the devices it names; returns those whose monitor runs already, with its id, for the
     * subscriber to be told (the others it learns of when they start).
     */
    synchronized Map<String, String> add(Subscription subscription) {
        Map<String, String> running = new LinkedHashMap<>();
        for (String device : subscription.devices()) {
            subscribersByDevice.computeIfAbsent(device, d -> new ArrayList<>()).add(subscription);
            String crossRef = crossRefByDevice.get(device);
            if (crossRef != null) {
                running.put(device, crossRef);
            }
        }
        for (String crossRef : subscription.followed()) {
            followersByCrossRef.computeIfAbsent(crossRef, id -> new ArrayList<>()).add(subscription);
        }
        return running;
    }

    /** Removes a subscriber; returns the cross-reference ids of the monitors nobody needs any more. */
    synchronized List<String> remove(Subscription subscription) {
        List<String> unused = new ArrayList<>();
        for (String device : subscription.devices()) {
            List<Subscription> subscribers = subscribersByDevice.get(device);
            if (subscribers != null && subscribers.remove(subscription) && subscribers.isEmpty()) {
                subscribersByDevice.remove(device);
                String crossRef = crossRefByDevice.remove(device);
                if (crossRef != null && unmap(crossRef, device)) {
                    unused.add(crossRef);
                }
            }
        }
        for (String crossRef : subscription.followed()) {
            List<Subscription> followers = followersByCrossRef.get(crossRef);
            if (followers != null && followers.remove(subscription) && followers.isEmpty()) {
                followersByCrossRef.remove(crossRef);
            }
        }
        return unused;
    }

    /** Takes a device off the monitor of an id; returns whether no other device is left on that monitor. */
    private boolean unmap(String crossRef, String device) {
        Set<String> devices = devicesByCrossRef.get(crossRef);
        if (devices != null) {
            devices.remove(device);
            if (!devices.isEmpty()) {
                return false;
            }
            devicesByCrossRef.remove(crossRef);
        }
        return true;
    }

    /** A connection logged in: monitors are claimed for it from now on. */
    synchronized void connected(Object loggedIn) {
        connection = loggedIn;
        inFlight.clear();
        onServer.clear();
    }

    /** Whether this is the connection that monitors are claimed for. */
    synchronized boolean isCurrent(Object on) {
        return on != null && on == connection;
    }

    /** Forgets the ids and the claims of a lost connection; the devices stay, to be monitored again. */
    synchronized void connectionLost() {
        connection = null;
        inFlight.clear();
        onServer.clear();
        crossRefByDevice.clear();
        devicesByCrossRef.clear();
    }

    /**
     * Claims the start of a device's monitor on this connection; {@code false} if the connection is not the current
     * one, the device is not wanted, its monitor runs or is starting, or a stop is in flight of a monitor that the start
     * may be given: then the start is held back until {@link #stopEnded}.
     */
    synchronized boolean beginStart(Object on, String device) {
        return on == connection && subscribersByDevice.containsKey(device) && !crossRefByDevice.containsKey(device)
               && inFlight.claimStart(device);
    }

    /** The start on this connection failed: it may be claimed again. */
    synchronized void startFailed(Object on, String device) {
        if (on == connection) {
            inFlight.startEnded(device);
        }
    }

    /**
     * Records a monitor started on this connection; returns its subscribers, none if the device is no longer
     * wanted, or {@code null} if the connection is no longer the current one.
     */
    synchronized List<Subscription> started(Object on, String device, String crossRef) {
        if (on != connection) {
            return null;
        }
        inFlight.startEnded(device);
        onServer.add(crossRef);
        List<Subscription> subscribers = subscribersByDevice.get(device);
        if (subscribers == null) {
            return List.of();
        }
        String previous = crossRefByDevice.put(device, crossRef);
        if (previous != null) {
            unmap(previous, device);
        }
        devicesByCrossRef.computeIfAbsent(crossRef, id -> new LinkedHashSet<>()).add(device);
        return List.copyOf(subscribers);
    }

    /**
     * Claims the stop of an id's monitor on this connection: {@code false} if a device has the id (again), on a
     * connection that is no longer the current one, or while a start that may be given that monitor is in flight or
     * held back: then the stop is held back until {@link #stopsDue}.
     */
    synchronized boolean mayStop(Object on, String crossRef) {
        return on == connection && !devicesByCrossRef.containsKey(crossRef) && inFlight.claimStop(crossRef);
    }

    /** The stops held back: each is decided again ({@link #mayStop}) as it goes. */
    synchronized List<String> stopsDue(Object on) {
        return on == connection ? inFlight.stopsDue() : List.of();
    }

    /**
     * The stop of an id's monitor on this connection was answered: {@code confirmed} if the server ended the monitor
     * (it may refuse, or not answer). Returns the devices whose start was held back, each to be claimed again.
     */
    synchronized List<String> stopEnded(Object on, String crossRef, boolean confirmed) {
        if (on != connection) {
            return List.of();
        }
        inFlight.stopEnded(crossRef);
        if (confirmed) {
            onServer.remove(crossRef);
        }
        return inFlight.startsDue();
    }

    /**
     * Who receives the events that carry this id on the current connection: the subscribers of the devices monitored
     * under it and of the trunk that covers it, and its followers, each once.
     */
    synchronized Receivers receiversOf(String crossRef) {
        if (crossRef == null) {
            return new Receivers(List.of(), false);
        }
        Set<String> own = devicesByCrossRef.get(crossRef);
        String trunkId = trunkCovering(crossRef);
        Set<String> trunk = trunkId == null ? null : devicesByCrossRef.get(trunkId);
        List<Subscription> followers = followersByCrossRef.getOrDefault(crossRef, List.of());
        // as the server sees it: a monitor may outlive its last device until the server confirms its stop
        boolean twoMonitors = trunkId != null && onServer.contains(crossRef) && onServer.contains(trunkId);
        if (followers.isEmpty() && (own == null || trunk == null)) { // as nearly always: one monitor, of one device
            Set<String> devices = own != null ? own : trunk;
            if (devices == null) {
                return new Receivers(List.of(), twoMonitors);
            }
            if (devices.size() == 1) {
                return new Receivers(List.copyOf(subscribersByDevice.get(devices.iterator().next())), twoMonitors);
            }
        }
        Set<Subscription> subscribers = new LinkedHashSet<>();
        for (Set<String> devices : Arrays.asList(own, trunk)) {
            if (devices != null) {
                devices.forEach(device -> subscribers.addAll(subscribersByDevice.get(device)));
            }
        }
        subscribers.addAll(followers);
        return new Receivers(List.copyOf(subscribers), twoMonitors);
    }

    /** A device whose running monitor brings the events that carry this id (else the trunk's); {@code null} if none. */
    synchronized String deviceReceiving(String crossRef) {
        if (crossRef == null) {
            return null;
        }
        Set<String> devices = devicesByCrossRef.get(crossRef);
        if (devices == null) {
            String trunkId = trunkCovering(crossRef);
            devices = trunkId == null ? null : devicesByCrossRef.get(trunkId);
        }
        return devices == null ? null : devices.iterator().next();
    }

    /** The id of the trunk monitor that also brings a user's or a queue's events, or {@code null}. */
    private static String trunkCovering(String crossRef) {
        TrunkMemberId member = TrunkMemberId.parse(crossRef);
        return member == null ? null : member.trunkMonitorId();
    }

    /** The id of a user of a trunk, as the current server names it: {@code u-12345678-200}. */
    static String userId(String trunk, String extension) {
        return "u-" + trunk + "-" + extension;
    }

    /** Whether a subscriber wants the device monitored. */
    synchronized boolean isWanted(String device) {
        return subscribersByDevice.containsKey(device);
    }

    /** The subscribers of a device. */
    synchronized List<Subscription> subscribersOfDevice(String device) {
        return List.copyOf(subscribersByDevice.getOrDefault(device, List.of()));
    }

    /** Every subscriber, once. */
    synchronized Set<Subscription> subscriptions() {
        Set<Subscription> all = new LinkedHashSet<>();
        subscribersByDevice.values().forEach(all::addAll);
        return all;
    }

    synchronized List<String> devices() {
        return List.copyOf(subscribersByDevice.keySet());
    }

    synchronized boolean isEmpty() {
        return subscribersByDevice.isEmpty();
    }

    /** The running monitors: each device with its id on the current connection. */
    synchronized Map<String, String> runningMonitors() {
        Map<String, String> running = new LinkedHashMap<>();
        for (String device : subscribersByDevice.keySet()) {
            String crossRef = crossRefByDevice.get(device);
            if (crossRef != null) {
                running.put(device, crossRef);
            }
        }
        return running;
    }

    synchronized int activeMonitors() {
        return crossRefByDevice.size();
    }

    /**
     * Who receives the events of one id.
     *
     * @param twoMonitors whether the server runs two monitors that bring them for the session, the id's own and its
     *                    trunk's: it may send each monitor its copy
     */
    record Receivers(List<Subscription> subscribers, boolean twoMonitors) {
    }
}
