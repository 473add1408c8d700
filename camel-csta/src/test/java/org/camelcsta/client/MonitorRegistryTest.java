package org.camelcsta.client;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MonitorRegistryTest {

    private final MonitorRegistry registry = new MonitorRegistry();
    private final Subscription subscription = subscriber(List.of("123", "123"), List.of());

    @Test
    void aStartClaimedForALostConnectionNeverKeepsTheDeviceFromTheNextOne() {
        registry.add(subscription);
        Object lost = new Object();
        registry.connected(lost);
        // subscribe() read the logged-in connection, then lost it before claiming the device's start
        registry.connectionLost();
        assertFalse(registry.beginStart(lost, "123"), "no claim for a connection that is gone");
        assertNull(registry.started(lost, "123", "m-1"), "nor a late start on it");
        Object next = new Object();
        registry.connected(next);
        assertTrue(registry.beginStart(next, "123"), "the next connection starts the monitor");
        assertEquals(List.of(subscription), registry.started(next, "123", "m-2"));
    }

    @Test
    void keepsADeviceNamedTwiceOnce() {
        assertEquals(List.of("123"), subscription.devices());
        registry.add(subscription);
        registry.connected(this);
        assertEquals(1, start("123", "m-1").size());
    }

    @Test
    void aTrunkMonitorTakesTheUsersAndQueuesOfItsTrunkBesideTheirOwnMonitors() {
        Subscription trunk = subscriber("1");
        Subscription user = subscriber("u-12345678-200");
        registry.add(trunk);
        registry.add(user);
        registry.connected(this);
        start("1", "t-12345678");
        start("u-12345678-200", "u-12345678-200");

        assertEquals(List.of(trunk), subscribersOf("t-12345678"));
        assertEquals(List.of(trunk), subscribersOf("u-12345678-201"));
        assertEquals(List.of(trunk), subscribersOf("q-12345678-400"));
        assertEquals(List.of(user, trunk), subscribersOf("u-12345678-200"));
        assertTrue(registry.receiversOf("u-12345678-200").twoMonitors());
        assertFalse(registry.receiversOf("u-12345678-201").twoMonitors());
        assertEquals(List.of(), subscribersOf("u-87654321-201"), "another trunk's user");
        assertEquals(List.of(), subscribersOf("12345678"));
    }

    @Test
    void twoMonitorsBringAUsersEventsUntilTheServerConfirmsTheStopOfOne() {
        registry.add(subscriber("1"));
        Subscription user = subscriber("u-12345678-200");
        registry.add(user);
        registry.connected(this);
        start("1", "t-12345678");
        start("u-12345678-200", "u-12345678-200");
        assertTrue(registry.receiversOf("u-12345678-200").twoMonitors());

        assertEquals(List.of("u-12345678-200"), registry.remove(user));
        assertTrue(registry.mayStop(this, "u-12345678-200"));
        assertTrue(registry.receiversOf("u-12345678-200").twoMonitors(), "the stop is not answered yet");
        registry.stopEnded(this, "u-12345678-200", false);
        assertTrue(registry.receiversOf("u-12345678-200").twoMonitors(), "a refused stop leaves the monitor running");
        assertTrue(registry.mayStop(this, "u-12345678-200"));
        registry.stopEnded(this, "u-12345678-200", true);
        assertFalse(registry.receiversOf("u-12345678-200").twoMonitors());
    }

    @Test
    void theDeviceReceivingAnIdIsOneMonitoredUnderItElseTheTrunkThatCoversIt() {
        registry.add(subscriber("1"));
        registry.add(subscriber("200"));
        registry.connected(this);
        assertNull(registry.deviceReceiving("u-12345678-201"), "no monitor runs yet");
        start("1", "t-12345678");
        start("200", "u-12345678-200");

        assertEquals("200", registry.deviceReceiving("u-12345678-200"), "a bare extension's monitor with the user's id");
        assertEquals("1", registry.deviceReceiving("u-12345678-201"));
        assertEquals("1", registry.deviceReceiving("t-12345678"));
        assertNull(registry.deviceReceiving("u-87654321-201"), "another trunk's user");
        registry.connectionLost();
        assertNull(registry.deviceReceiving("u-12345678-201"), "nothing runs on a lost connection");
    }

    @Test
    void devicesMonitoredUnderOneIdAllGetItsEventsAndItsMonitorStopsWithTheLast() {
        Subscription bare = subscriber("200");
        Subscription user = subscriber("u-12345678-200");
        registry.add(bare);
        registry.add(user);
        registry.connected(this);
        start("200", "u-12345678-200");
        start("u-12345678-200", "u-12345678-200");

        assertEquals(List.of(bare, user), subscribersOf("u-12345678-200"));
        assertEquals(List.of(), registry.remove(bare), "the other device still needs the monitor");
        assertFalse(registry.mayStop(this, "u-12345678-200"));
        assertEquals(List.of(user), subscribersOf("u-12345678-200"));
        assertEquals(List.of("u-12345678-200"), registry.remove(user));
        assertTrue(registry.mayStop(this, "u-12345678-200"));
    }

    @Test
    void aFollowerGetsTheEventsOfItsIdsWhicheverMonitorBringsThem() {
        Subscription trunk = subscriber("1");
        Subscription follower = subscriber(List.of(), List.of("u-12345678-201", "t-12345678"));
        registry.add(trunk);
        registry.add(follower);
        registry.connected(this);
        assertEquals(List.of(follower), subscribersOf("u-12345678-201"), "before any monitor runs, too");
        start("1", "t-12345678");
        assertEquals(List.of(trunk, follower), subscribersOf("u-12345678-201"));
        assertEquals(List.of(trunk, follower), subscribersOf("t-12345678"));
        assertEquals(List.of(trunk), subscribersOf("u-12345678-202"));

        Subscription route = subscriber("201");
        registry.add(route);
        start("201", "u-12345678-201");
        assertEquals(List.of(route, trunk, follower), subscribersOf("u-12345678-201"), "a monitor of the user's own");

        assertEquals(List.of(), registry.remove(follower), "a follower starts no monitor, so it stops none");
        assertEquals(List.of(route, trunk), subscribersOf("u-12345678-201"));
    }

    /** Starts a device's monitor on the connection {@code this}, as the session does; returns its subscribers. */
    private List<Subscription> start(String device, String crossRef) {
        registry.beginStart(this, device);
        return registry.started(this, device, crossRef);
    }

    private static Subscription subscriber(String device) {
        return subscriber(List.of(device), List.of());
    }

    private static Subscription subscriber(List<String> devices, List<String> followed) {
        return new Subscription(devices, followed, Set.of(), SnapshotMode.NEVER, event -> null,
                new EventQueue(event -> null, Executors.newSingleThreadExecutor(), new ReadGate(1024), 1), null);
    }

    private List<Subscription> subscribersOf(String crossRef) {
        return registry.receiversOf(crossRef).subscribers();
    }
}
