package org.camelcsta.client;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RunnableScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.camelcsta.client.transport.Transport;
import org.camelcsta.protocol.CstaException;
import org.camelcsta.protocol.model.CstaRequest;
import org.camelcsta.protocol.model.CstaResponse;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.MonitorStart;
import org.camelcsta.protocol.model.MonitorStartResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A monitor whose start failed is retried while, and only while, a subscriber wants it; a monitor is stopped only when
 * no device has its id, and not while a start is in flight whose reply may name it; a start waits for the stops in
 * flight.
 */
class MonitorStarterTest {

    private static final Duration FIRST_RETRY = Duration.ofHours(1);

    private final MonitorRegistry registry = new MonitorRegistry();
    private final ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1);
    private final List<CstaRequest> sent = new CopyOnWriteArrayList<>();
    private final List<CompletableFuture<CstaResponse>> replies = new CopyOnWriteArrayList<>();
    private final Transport connection = new IdleTransport();
    private final MonitorStarter starter = new MonitorStarter(SessionSettings.builder().host("127.0.0.1")
            .credentials("u", "p", "d").build(), registry, (on, request, reply) -> {
                sent.add(request);
                replies.add(reply);
            }, timers,
            new Backoff(FIRST_RETRY, FIRST_RETRY.multipliedBy(64)));
    private final Subscription subscription = subscriber("200");

    @BeforeEach
    void connect() {
        registry.connected(connection);
    }

    @AfterEach
    void stopTimers() {
        timers.shutdownNow();
    }

    @Test
    void aStartThatFailsAfterItsDeviceIsNoLongerWantedIsNotRetried() {
        registry.add(subscription);
        starter.start(connection, "200");
        registry.remove(subscription);
        failLastStart();
        assertEquals(0, timers.getQueue().size(), "no retry for a device nobody wants");
    }

    @Test
    void aRetryThatFindsItsDeviceUnwantedEndsAndItsFailuresAreForgotten() {
        registry.add(subscription);
        starter.start(connection, "200");
        failLastStart();
        registry.remove(subscription);
        runTheRetry(); // finds the device no longer wanted
        assertEquals(1, replies.size(), "nothing sent for a device nobody wants");

        registry.add(subscription);
        starter.start(connection, "200");
        failLastStart();
        assertFirstWait();
    }

    @Test
    void aDeviceLeftAndWantedAgainBeforeItsRetryStartsOverFromTheFirstWait() {
        registry.add(subscription);
        starter.start(connection, "200");
        failLastStart();
        registry.remove(subscription);
        starter.unsubscribed(subscription); // as the session does
        registry.add(subscription);

        runTheRetry();
        assertEquals(2, replies.size(), "the device is wanted again: its retry starts it");
        failLastStart();
        assertFirstWait();
    }

    @Test
    void aMonitorIsNotStoppedWhileAStartThatMayNameItIsInFlight() {
        Subscription user = subscriber("u-12345678-121");
        Subscription route = subscriber("121");
        monitorThenStartItsAlias(user, route);

        registry.remove(user).forEach(crossRef -> starter.stop(connection, crossRef)); // as the session does
        replies.get(1).complete(new MonitorStartResponse("u-12345678-121", null));
        assertEquals(List.of("MonitorStart", "MonitorStart"), names(), "the monitor that 121 now has is not stopped");

        registry.add(subscriber("122"));
        starter.start(connection, "122");
        registry.add(user);
        starter.start(connection, "u-12345678-121");
        registry.remove(route).forEach(crossRef -> starter.stop(connection, crossRef));
        assertEquals(4, sent.size(), "held back while the user's start is in flight, not for 122's");
        registry.remove(user);
        failLastStart();
        assertEquals(List.of("MonitorStart", "MonitorStart", "MonitorStart", "MonitorStart", "MonitorStop"), names(),
                "and sent once it is answered");
        assertEquals("u-12345678-121", ((GenericMessage) sent.get(4)).text("monitorCrossRefID"));
    }

    @Test
    void aMonitorIsNotStoppedWhenTheStartThatNamesItWasAnsweredJustBefore() {
        Subscription user = subscriber("u-12345678-121");
        monitorThenStartItsAlias(user, subscriber("121"));

        List<String> unused = registry.remove(user);
        replies.get(1).complete(new MonitorStartResponse("u-12345678-121", null)); // read before the session stops it
        unused.forEach(crossRef -> starter.stop(connection, crossRef));
        assertEquals(List.of("MonitorStart", "MonitorStart"), names());
    }

    @Test
    void aStartWaitsForTheStopInFlightWhoseMonitorItMayBeGiven() {
        Subscription user = monitored("u-12345678-121");
        registry.remove(user).forEach(crossRef -> starter.stop(connection, crossRef));
        registry.add(subscriber("121"));
        starter.start(connection, "121");
        assertEquals(List.of("MonitorStart", "MonitorStop"), names(), "held back while the stop is in flight");
        replies.get(1).complete(new GenericMessage("MonitorStopResponse", JsonNodeFactory.instance.objectNode()));
        assertEquals(List.of("MonitorStart", "MonitorStop", "MonitorStart"), names(), "and sent once it is answered");
        assertEquals("121", ((MonitorStart) sent.get(2)).monitorObject().deviceObject());
    }

    @Test
    void aStartThatCannotBeGivenTheStoppedMonitorDoesNotWait() {
        Subscription user = monitored("u-12345678-121");
        registry.remove(user).forEach(crossRef -> starter.stop(connection, crossRef)); // a server that does not answer
        registry.add(subscriber("300"));
        starter.start(connection, "300");
        assertEquals(List.of("MonitorStart", "MonitorStop", "MonitorStart"), names());
    }

    @Test
    void aStopHeldBehindAStartThatNeverWentGoesWhenTheStopBeforeItIsAnswered() {
        Subscription user = monitored("u-12345678-121");
        Subscription queue = monitored("q-12345678-121");
        registry.remove(user).forEach(crossRef -> starter.stop(connection, crossRef));
        Subscription route = subscriber("121");
        registry.add(route);
        starter.start(connection, "121"); // may be given u-12345678-121: held back
        registry.remove(queue).forEach(crossRef -> starter.stop(connection, crossRef)); // behind the start that waits
        assertEquals(List.of("MonitorStart", "MonitorStart", "MonitorStop"), names());

        registry.remove(route);
        replies.get(2).complete(new GenericMessage("MonitorStopResponse", JsonNodeFactory.instance.objectNode()));
        assertEquals(List.of("MonitorStart", "MonitorStart", "MonitorStop", "MonitorStop"), names(),
                "121 is no longer wanted; the queue's stop goes");
        assertEquals("q-12345678-121", ((GenericMessage) sent.get(3)).text("monitorCrossRefID"));
    }

    /** A subscriber of a device whose monitor runs, under the device's name as its id. */
    private Subscription monitored(String device) {
        Subscription subscription = subscriber(device);
        registry.add(subscription);
        starter.start(connection, device);
        replies.get(replies.size() - 1).complete(new MonitorStartResponse(device, null));
        return subscription;
    }

    /** The user's monitor runs; the alias's start is in flight (the current server monitors 121 as u-12345678-121). */
    private void monitorThenStartItsAlias(Subscription user, Subscription alias) {
        registry.add(user);
        starter.start(connection, "u-12345678-121");
        replies.get(0).complete(new MonitorStartResponse("u-12345678-121", null));
        registry.add(alias);
        starter.start(connection, "121");
    }

    private List<String> names() {
        return sent.stream().map(CstaRequest::messageName).toList();
    }

    private void assertFirstWait() {
        long retryIn = ((RunnableScheduledFuture<?>) timers.getQueue().iterator().next()).getDelay(TimeUnit.MILLISECONDS);
        assertTrue(retryIn <= FIRST_RETRY.toMillis() * 6 / 5, "the first wait, not a doubled one: " + retryIn + " ms");
    }

    private static Subscription subscriber(String device) {
        return new Subscription(List.of(device), List.of(), Set.of(), SnapshotMode.NEVER, event -> null,
                new EventQueue(event -> null, Executors.newSingleThreadExecutor(), new ReadGate(1024), 1), null);
    }

    private void failLastStart() {
        replies.get(replies.size() - 1).completeExceptionally(new CstaException("refused"));
    }

    private void runTheRetry() {
        assertEquals(1, timers.getQueue().size());
        Runnable retry = timers.getQueue().iterator().next();
        timers.remove(retry);
        retry.run();
    }
}
