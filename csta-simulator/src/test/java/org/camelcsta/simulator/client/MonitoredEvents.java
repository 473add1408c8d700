package org.camelcsta.simulator.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.MonitorStart;

/**
 * Starts monitors on devices through a client and sorts the client's events by the device whose monitor
 * received them, each as {@code "EventName callID@device cause"}.
 */
public final class MonitoredEvents {

    private final CstaTestClient client;
    private final Map<String, String> deviceByCrossRef = new LinkedHashMap<>();
    private final Map<String, List<GenericMessage>> byDevice = new LinkedHashMap<>();

    public MonitoredEvents(CstaTestClient client, String... devices) {
        this.client = client;
        for (String device : devices) {
            GenericMessage response = client.request(new MonitorStart(device));
            assertEquals("MonitorStartResponse", response.name(), response.toString());
            String crossRef = response.text("monitorCrossRefID");
            assertTrue(crossRef.startsWith(device + "-"), crossRef);
            deviceByCrossRef.put(crossRef, device);
            byDevice.put(device, new ArrayList<>());
        }
    }

    /** Waits until the device's monitor got {@code expected.size()} events, then checks them in order. */
    public List<GenericMessage> await(String device, String... expected) {
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> {
            drain();
            return byDevice.get(device).size() >= expected.length;
        });
        List<GenericMessage> events = byDevice.get(device);
        assertEquals(List.of(expected), events.stream().map(MonitoredEvents::describe).toList(),
                "events of the monitor on " + device);
        return events;
    }

    /** The events the device's monitor got so far. */
    public List<GenericMessage> of(String device) {
        drain();
        return byDevice.get(device);
    }

    private synchronized void drain() {
        GenericMessage event;
        while ((event = client.events().poll()) != null) {
            String device = deviceByCrossRef.get(event.text("monitorCrossRefID"));
            if (device != null) {
                byDevice.get(device).add(event);
            }
        }
    }

    /** {@code "DeliveredEvent SIP/hpbx-00000101@123 newCall"}. */
    public static String describe(GenericMessage event) {
        String field = switch (event.name()) {
            case "EstablishedEvent" -> "establishedConnection";
            case "ConnectionClearedEvent" -> "droppedConnection";
            case "HeldEvent" -> "heldConnection";
            case "RetrievedEvent" -> "retrievedConnection";
            default -> "connection";
        };
        return event.name() + " " + event.text(field, "callID") + "@" + event.text(field, "deviceId") + " "
                + event.text("cause");
    }

    /** The expected description of an event. */
    public static String event(String name, String callId, String device, String cause) {
        return name + " " + callId + "@" + device + " " + cause;
    }
}
