package org.camelcsta.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.camelcsta.client.transport.CauseText;
import org.camelcsta.client.transport.Transport;
import org.camelcsta.protocol.CstaException;
import org.camelcsta.protocol.LogText;
import org.camelcsta.protocol.model.CstaResponse;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.MonitorStart;
import org.camelcsta.protocol.model.MonitorStartResponse;
import org.camelcsta.protocol.model.MonitorTrunk;
import org.camelcsta.protocol.model.SnapshotConnection;
import org.camelcsta.protocol.model.SnapshotDevice;
import org.camelcsta.protocol.model.SnapshotDeviceResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the monitors that the subscribers need on a logged-in connection, retries a failed start with backoff
 * (telling the device's subscribers of the failure), and tells each subscriber when its monitor (re)started:
 * by {@link EventHandler#onMonitorStarted} and, where its {@link SnapshotMode} asks, by a {@link MonitorSnapshot}
 * put into its queue when the {@code SnapshotDevice} reply is read, so in order with the device's events.
 * The device {@link MonitorTrunk#TRUNK} ({@code 1}, as the provider names the trunk) is the whole trunk of the
 * login: it is monitored by {@code MonitorTrunk}, whose reply names the bare trunk id while its events come on
 * {@code t-<trunk>} (see {@link MonitorRegistry} for the users and queues it covers).
 */
final class MonitorStarter {

    private static final Logger LOG = LoggerFactory.getLogger(MonitorStarter.class);

    private final SessionSettings settings;
    private final MonitorRegistry monitors;
    private final SessionRequests requests;
    private final ScheduledExecutorService timers;
    private final Backoff backoff;
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();

    MonitorStarter(SessionSettings settings, MonitorRegistry monitors, SessionRequests requests,
                   ScheduledExecutorService timers, Backoff backoff) {
        this.settings = settings;
        this.monitors = monitors;
        this.requests = requests;
        this.timers = timers;
        this.backoff = backoff;
    }

    /** Starts every wanted monitor on a connection that just logged in. */
    void startAll(Transport connection) {
        monitors.devices().forEach(device -> start(connection, device));
    }

    /**
     * A subscriber joined: it is told of the monitors that run already ({@code running}, device to id); the others
     * start on the logged-in connection, if there is one.
     */
    void subscribed(Transport connection, Subscription subscription, Map<String, String> running) {
        for (String device : subscription.devices()) {
            String crossRef = running.get(device);
            if (crossRef != null) {
                announce(connection, device, crossRef, List.of(subscription));
            } else if (connection != null) {
                start(connection, device);
            }
        }
    }

    /** Starts a device's monitor on the connection, unless it runs or starts already or the connection is gone. */
    void start(Transport connection, String device) {
        if (!monitors.beginStart(connection, device)) {
            if (!monitors.isWanted(device)) {
                failures.remove(device); // a retry for a device nobody wants any more ends here
            }
            return;
        }
        boolean trunk = isTrunk(device);
        CompletableFuture<CstaResponse> reply = new CompletableFuture<>();
        // completes on the I/O thread before the next message is read, so no event can miss the new id
        reply.whenComplete((response, error) -> {
            try {
                if (error == null && response instanceof MonitorStartResponse started) {
                    started(connection, device, trunk ? MonitorRegistry.TRUNK_PREFIX + started.monitorCrossRefId()
                            : started.monitorCrossRefId());
                } else {
                    failed(connection, device, error != null ? CompletionCause.of(error)
                            : new CstaException("answered with " + LogText.cap(response.messageName())));
                }
            } finally {
                monitors.stopsDue(connection).forEach(crossRef -> stop(connection, crossRef));
            }
        });
        requests.send(connection, trunk ? new MonitorTrunk() : new MonitorStart(device), reply);
    }

    /** A subscriber left: the failures of the devices nobody wants any more are forgotten. */
    void unsubscribed(Subscription subscription) {
        subscription.devices().stream().filter(device -> !monitors.isWanted(device)).forEach(failures::remove);
    }

    /**
     * Stops a monitor nobody needs, unless a device took its id meanwhile; not while a start that may be given it is in
     * flight ({@link StartsAndStops}). The starts held back meanwhile go when it is answered.
     */
    void stop(Transport connection, String crossRef) {
        if (!monitors.mayStop(connection, crossRef)) {
            return;
        }
        GenericMessage stop = new GenericMessage("MonitorStop",
                JsonNodeFactory.instance.objectNode().put("monitorCrossRefID", crossRef));
        CompletableFuture<CstaResponse> reply = new CompletableFuture<>();
        reply.whenComplete((response, error) -> {
            if (error != null) {
                // the current server does not document MonitorStop: the monitor may run on
                LOG.debug("MonitorStop {} on {} failed: {}", LogText.cap(crossRef), settings.key(),
                        CauseText.of(CompletionCause.of(error)));
            }
            monitors.stopEnded(connection, crossRef, error == null).forEach(device -> start(connection, device));
            // a stop held back behind a start that waited, which may not have gone
            monitors.stopsDue(connection).forEach(heldBack -> stop(connection, heldBack));
        });
        requests.send(connection, stop, reply);
    }

    private void started(Transport connection, String device, String crossRef) {
        List<Subscription> subscribers = monitors.started(connection, device, crossRef);
        if (subscribers == null) {
            return; // a connection given up meanwhile; the next one starts its own monitors
        }
        failures.remove(device);
        if (subscribers.isEmpty()) {
            stop(connection, crossRef);
            return;
        }
        LOG.debug("Monitoring device {} as {}", device, LogText.cap(crossRef));
        announce(connection, device, crossRef, subscribers);
    }

    private void failed(Transport connection, String device, Throwable cause) {
        if (!monitors.isCurrent(connection)) {
            return;
        }
        monitors.startFailed(connection, device);
        if (!monitors.isWanted(device)) {
            failures.remove(device);
            LOG.debug("The start of device {}'s monitor on {} failed after nobody wanted it: {}", device, settings.key(),
                    CauseText.of(cause));
            return;
        }
        long retryIn = backoff.delayMillis(failures.merge(device, 1, Integer::sum) - 1);
        LOG.warn("Cannot monitor device {} on {}: {}; retrying in {} ms", device, settings.key(), CauseText.of(cause), retryIn);
        CstaException failure = new CstaException("cannot monitor device " + device + ": " + CauseText.of(cause), cause);
        monitors.subscribersOfDevice(device).forEach(subscriber -> subscriber.sessionFailed(failure));
        timers.schedule(() -> start(connection, device), retryIn, TimeUnit.MILLISECONDS);
    }

    private void announce(Transport connection, String device, String crossRef, List<Subscription> subscribers) {
        Map<Subscription, Boolean> wantSnapshot = new LinkedHashMap<>();
        for (Subscription subscriber : subscribers) {
            boolean restarted = subscriber.monitorStarted(device);
            try {
                subscriber.handler().onMonitorStarted(device, crossRef);
            } catch (RuntimeException e) {
                LOG.warn("A subscriber failed on the start of device {}'s monitor: {}", device, e.toString(), e);
            }
            if (subscriber.wantsSnapshot(restarted)) {
                wantSnapshot.put(subscriber, restarted);
            }
        }
        if (!wantSnapshot.isEmpty()) {
            snapshot(connection, device, crossRef, wantSnapshot);
        }
    }

    private void snapshot(Transport connection, String device, String crossRef, Map<Subscription, Boolean> subscribers) {
        CompletableFuture<CstaResponse> reply = new CompletableFuture<>();
        reply.whenComplete((response, error) -> {
            List<SnapshotConnection> calls = List.of();
            String failure = null;
            if (error != null) {
                failure = CauseText.of(CompletionCause.of(error));
            } else if (response instanceof SnapshotDeviceResponse snapshot) {
                calls = snapshot.connections();
            } else {
                failure = "answered with " + LogText.cap(response.messageName());
            }
            if (failure != null) {
                LOG.warn("Cannot take a snapshot of device {} on {}: {}", device, settings.key(), failure);
            }
            for (Map.Entry<Subscription, Boolean> subscriber : subscribers.entrySet()) {
                MonitorSnapshot snapshot = new MonitorSnapshot(device, crossRef, subscriber.getValue(), calls, failure);
                // not counted against the byte budget: one per device and start
                subscriber.getKey().queue().offer(() -> snapshot, 0);
            }
        });
        requests.send(connection, new SnapshotDevice(isTrunk(device) ? crossRef : device), reply);
    }

    private static boolean isTrunk(String device) {
        return MonitorTrunk.TRUNK.equals(device);
    }
}
