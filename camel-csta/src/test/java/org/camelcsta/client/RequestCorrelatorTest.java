package org.camelcsta.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.camelcsta.protocol.model.GenericMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestCorrelatorTest {

    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();
    private final List<Boolean> awaitingChanges = new ArrayList<>();
    private final List<PendingRequest> transmitted = new ArrayList<>();
    private final RequestCorrelator correlator = new RequestCorrelator(this::transmitted, awaitingChanges::add, timers,
            Duration.ofMillis(100));

    @AfterEach
    void stopTimers() {
        timers.shutdownNow();
    }

    @Test
    void pipelinesAndMatchesEchoedIdsInAnyOrderOnceTheServerIsSeenToEchoThem() {
        learnThatTheServerEchoes(true);
        PendingRequest first = submit("MakeCall", "a-1");
        PendingRequest second = submit("MakeCall", "a-2");
        assertEquals(List.of(first, second), sent(), "both sent at once");
        assertSame(second, correlator.take(reply("MakeCallResponse", "a-2")));
        assertSame(first, correlator.take(reply("MakeCallResponse", "a-1")));
        assertEquals(0, correlator.awaiting());
        assertEquals(List.of(true, false), awaitingChanges, "told when replies are awaited and when no more");
    }

    @Test
    void sendsOneRequestAtATimeToAServerThatEchoesNoIds() {
        learnThatTheServerEchoes(false);
        PendingRequest makeCall = submit("MakeCall", "a-1");
        PendingRequest snapshot = submit("SnapshotDevice", "a-2");
        assertEquals(List.of(makeCall), sent(), "the snapshot waits");
        assertNull(correlator.take(reply("SnapShotDeviceResponse", null)), "not the reply of the request in flight");
        assertSame(makeCall, correlator.take(reply("CSTAErrorCode", null)), "an error goes to the request in flight");
        assertEquals(List.of(makeCall, snapshot), sent());
        assertSame(snapshot, correlator.take(reply("SnapShotDeviceResponse", null)));
        assertEquals(0, correlator.inFlight());
    }

    @Test
    void waitsForTheLateReplyOfATimedOutRequestBeforeSendingTheNext() {
        learnThatTheServerEchoes(false);
        PendingRequest timedOut = submit("MakeCall", "a-1");
        PendingRequest next = submit("MakeCall", "a-2");
        correlator.expire(timedOut);
        assertEquals(List.of(timedOut), sent(), "the next waits for the late reply");
        PendingRequest late = correlator.take(reply("MakeCallResponse", null));
        assertSame(timedOut, late);
        assertTrue(late.isExpired(), "the late reply is recognised as such and dropped");
        assertEquals(List.of(timedOut, next), sent());
        assertSame(next, correlator.take(reply("MakeCallResponse", null)));
    }

    @Test
    void sendsTheNextAfterTheGraceWhenALateReplyNeverComes() {
        learnThatTheServerEchoes(false);
        PendingRequest lost = submit("MakeCall", "a-1");
        PendingRequest next = submit("MakeCall", "a-2");
        correlator.expire(lost);
        await().until(() -> sent().size() == 2);
        assertSame(next, correlator.take(reply("MakeCallResponse", null)));
    }

    @Test
    void dropsAReplyWithoutIdThatCouldAnswerSeveralRequestsOfAnEchoingServer() {
        learnThatTheServerEchoes(true);
        PendingRequest timedOut = submit("MakeCall", "a-1");
        correlator.expire(timedOut);
        assertEquals(0, correlator.awaiting());
        PendingRequest next = submit("SnapshotDevice", "a-3");
        assertNull(correlator.take(reply("CSTAErrorCode", null)), "ambiguous: dropped rather than misattributed");
        assertSame(next, correlator.take(reply("SnapshotDeviceResponse", "a-3")));
        PendingRequest only = submit("SnapshotDevice", "a-4");
        assertSame(only, correlator.take(reply("SnapShotDeviceResponse", null)), "the only one of its type");
    }

    @Test
    void matchesNoRequestToAnUnknownMessageWithoutId() {
        submit("MakeCall", "a-1");
        assertNull(correlator.take(reply("SystemStatus", null)));
        assertEquals(1, correlator.awaiting());
    }

    @Test
    void forgetsWhatTheServerShowedWithTheConnection() {
        learnThatTheServerEchoes(true);
        correlator.takeAll();
        PendingRequest first = submit("MakeCall", "b-1");
        submit("MakeCall", "b-2");
        assertEquals(List.of(first), sent(), "one at a time until the new connection's server shows");
    }

    @Test
    void namesTheRequestOfAReply() {
        assertEquals("StartApplicationSession", RequestCorrelator.requestNameOf("StartApplicationSessionPosResponse"));
        assertEquals("HoldCall", RequestCorrelator.requestNameOf("HoldCallResponse"));
        assertNull(RequestCorrelator.requestNameOf("CSTAErrorCode"));
    }

    /** As the login does: the first request's reply shows whether the server echoes ids. */
    private void learnThatTheServerEchoes(boolean echoes) {
        PendingRequest login = submit("StartApplicationSession", "login");
        assertSame(login, correlator.take(reply("StartApplicationSessionPosResponse", echoes ? "login" : null)));
        synchronized (transmitted) {
            transmitted.clear();
        }
        awaitingChanges.clear();
    }

    private PendingRequest submit(String name, String id) {
        PendingRequest request = new PendingRequest(new GenericMessage(name, JsonNodeFactory.instance.objectNode()),
                Duration.ofSeconds(5), new CompletableFuture<>());
        request.assign(null, id);
        correlator.submit(request);
        return request;
    }

    private void transmitted(PendingRequest request) {
        synchronized (transmitted) {
            transmitted.add(request);
        }
    }

    private List<PendingRequest> sent() {
        synchronized (transmitted) {
            return List.copyOf(transmitted);
        }
    }

    private static GenericMessage reply(String name, String id) {
        GenericMessage message = new GenericMessage(name, JsonNodeFactory.instance.objectNode());
        return id == null ? message : message.withRequestId(id);
    }
}
