package org.camelcsta.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.camelcsta.client.transport.Transport;
import org.camelcsta.protocol.model.GenericMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The correlator called directly, as the session and its timers do, so that every interleaving is chosen. */
class RequestCorrelatorTest {

    private final Transport connection = new IdleTransport();
    private final List<Boolean> awaitingChanges = new ArrayList<>();
    private final List<PendingRequest> transmitted = new ArrayList<>();
    private final List<PendingRequest> barriers = new ArrayList<>();
    private int sweepsStarted;
    private final RequestCorrelator correlator = new RequestCorrelator(this::transmitted, awaitingChanges::add,
            this::barrierAfter, () -> sweepsStarted++);
    private PendingRequest failOnTransmit;
    private boolean transmitting;

    @BeforeEach
    void attach() {
        correlator.attach(connection);
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

    /** As an HTTP request does: its exchange fails after the session's timer expired it. */
    @Test
    void aTimedOutRequestWhoseWritingFailsLaterIsNotCountedTwice() {
        learnThatTheServerEchoes(true);
        PendingRequest timedOut = submit("MakeCall", "a-1");
        correlator.expire(timedOut);
        assertFalse(correlator.remove(timedOut), "no longer in flight");
        assertEquals(0, correlator.awaiting());
        assertEquals(0, correlator.inFlight());
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
    void fencesOffTheLateReplyOfATimedOutRequestWithABarrierWhenTheServerEchoesNoIds() {
        learnThatTheServerEchoes(false);
        PendingRequest timedOut = submit("MakeCall", "a-1");
        PendingRequest next = submit("MakeCall", "a-2");
        correlator.expire(timedOut);
        PendingRequest barrier = barriers.get(0);
        assertEquals(List.of(timedOut, barrier), sent(), "the barrier follows the timed-out request; the next waits");
        assertEquals(1, correlator.awaiting(), "the barrier's reply is awaited instead");
        assertNull(correlator.take(reply("MakeCallResponse", null)), "a reply before the barrier's is the late one");
        assertNull(correlator.take(reply("MakeCallResponse", null)), "however late it comes");
        assertEquals(List.of(timedOut, barrier), sent());
        assertSame(barrier, correlator.take(reply("ResetApplicationSessionTimerPosResponse", null)));
        assertEquals(List.of(timedOut, barrier, next), sent(), "nothing late can come now: the next goes");
        assertSame(next, correlator.take(reply("MakeCallResponse", null)));
        assertEquals(List.of(true, false), awaitingChanges, "replies were awaited throughout, until the last one");
    }

    @Test
    void sendsTheNextAfterTheBarrierWhenALateReplyNeverComes() {
        learnThatTheServerEchoes(false);
        PendingRequest lost = submit("MakeCall", "a-1");
        PendingRequest next = submit("MakeCall", "a-2");
        correlator.expire(lost);
        assertSame(barriers.get(0), correlator.take(reply("ResetApplicationSessionTimerPosResponse", null)));
        assertEquals(List.of(lost, barriers.get(0), next), sent());
        assertSame(next, correlator.take(reply("MakeCallResponse", null)));
    }

    @Test
    void dropsAnErrorWhileTheBarrierIsUpSinceItMayBeTheLateReply() {
        learnThatTheServerEchoes(false);
        PendingRequest timedOut = submit("MakeCall", "a-1");
        PendingRequest next = submit("MakeCall", "a-2");
        correlator.expire(timedOut);
        assertNull(correlator.take(reply("CSTAErrorCode", null)));
        assertEquals(2, sent().size(), "the next still waits");
        assertSame(barriers.get(0), correlator.take(reply("ResetApplicationSessionTimerPosResponse", null)));
        assertSame(next, correlator.take(reply("CSTAErrorCode", null)), "an error goes to the request in flight again");
    }

    @Test
    void awaitsBothRepliesOfTheTypeWhenTheTimedOutRequestIsOfTheBarriersType() {
        learnThatTheServerEchoes(false);
        PendingRequest keepAlive = submit("ResetApplicationSessionTimer", "a-1");
        PendingRequest next = submit("ResetApplicationSessionTimer", "a-2");
        correlator.expire(keepAlive);
        PendingRequest barrier = barriers.get(0);
        assertNull(correlator.take(reply("ResetApplicationSessionTimerPosResponse", null)), "the late one");
        assertEquals(List.of(keepAlive, barrier), sent());
        assertSame(barrier, correlator.take(reply("ResetApplicationSessionTimerPosResponse", null)));
        assertEquals(List.of(keepAlive, barrier, next), sent());
    }

    @Test
    void aBarrierRaisedAgainAwaitsTheRepliesStillDueAndItsOwn() {
        learnThatTheServerEchoes(false);
        PendingRequest keepAlive = submit("ResetApplicationSessionTimer", "a-1");
        PendingRequest next = submit("MakeCall", "a-2");
        correlator.expire(keepAlive);
        PendingRequest first = barriers.get(0);
        assertNull(correlator.take(reply("ResetApplicationSessionTimerPosResponse", null)), "the keep-alive's late one");
        correlator.expire(first);
        assertFalse(correlator.barrierTimedOut(first, true), "its reply may be unread: not dead");
        PendingRequest second = barriers.get(1);
        assertEquals(List.of(keepAlive, first, second), sent(), "the next still waits");
        assertEquals(1, correlator.awaiting());
        assertNull(correlator.take(reply("ResetApplicationSessionTimerPosResponse", null)), "the first barrier's");
        assertSame(second, correlator.take(reply("ResetApplicationSessionTimerPosResponse", null)));
        assertEquals(List.of(keepAlive, first, second, next), sent());
        assertFalse(correlator.barrierTimedOut(first, false), "no longer up");
    }

    @Test
    void aBarrierAnsweredAfterItsTimeoutLetsTheQueueGoOn() {
        learnThatTheServerEchoes(false);
        PendingRequest timedOut = submit("MakeCall", "a-1");
        PendingRequest next = submit("MakeCall", "a-2");
        correlator.expire(timedOut);
        PendingRequest first = barriers.get(0);
        correlator.expire(first);
        assertNull(correlator.take(reply("ResetApplicationSessionTimerPosResponse", null)), "too late for the first");
        assertFalse(correlator.barrierTimedOut(first, false), "answered after all: not dead");
        assertEquals(1, barriers.size());
        assertEquals(List.of(timedOut, first, next), sent(), "nothing late can come now: the next goes");
        assertSame(next, correlator.take(reply("MakeCallResponse", null)));
        assertEquals(0, correlator.awaiting());
    }

    @Test
    void aBarrierUnansweredWhileItsReplyCanBeReadShowsTheConnectionDead() {
        learnThatTheServerEchoes(false);
        PendingRequest timedOut = submit("MakeCall", "a-1");
        correlator.expire(timedOut);
        PendingRequest barrier = barriers.get(0);
        correlator.expire(barrier);
        assertTrue(correlator.barrierTimedOut(barrier, false));
        assertEquals(1, barriers.size());
        submit("MakeCall", "a-2");
        assertEquals(List.of(timedOut, barrier), sent(), "the queue waits for the connection to be given up");
    }

    @Test
    void holdsTheQueueWhenTheBarrierTimesOutUntilTheConnectionIsGivenUp() {
        learnThatTheServerEchoes(false);
        PendingRequest timedOut = submit("MakeCall", "a-1");
        PendingRequest next = submit("MakeCall", "a-2");
        correlator.expire(timedOut);
        PendingRequest barrier = barriers.get(0);
        correlator.expire(barrier);
        assertEquals(1, barriers.size(), "no barrier after a barrier");
        assertNull(correlator.take(reply("ResetApplicationSessionTimerPosResponse", null)), "too late to count");
        assertEquals(List.of(timedOut, barrier), sent(), "the next is never sent on this connection");
        assertEquals(List.of(barrier, next), correlator.detach());
        assertEquals(0, correlator.awaiting());
    }

    @Test
    void freesTheSlotWhenARequestTimesOutBeforeTheServerShowedAnything() {
        PendingRequest timedOut = submit("MakeCall", "a-1");
        PendingRequest next = submit("MakeCall", "a-2");
        correlator.expire(timedOut);
        assertTrue(barriers.isEmpty());
        assertEquals(List.of(timedOut, next), sent());
        assertNull(correlator.take(reply("MakeCallResponse", "a-1")), "its late reply meets its tombstone");
        assertSame(next, correlator.take(reply("MakeCallResponse", "a-2")));
    }

    @Test
    void neverSendsARequestThatTimedOutBeforeItWasSubmitted() {
        learnThatTheServerEchoes(false);
        // the timer fired while the request waited for the login: it is not to be sent, nor to hold the slot
        PendingRequest timedOut = request("MakeCall", "a-1");
        correlator.expire(timedOut);
        timedOut.reply().completeExceptionally(new CstaTimeoutException("MakeCall", Duration.ofSeconds(5)));
        assertTrue(correlator.submit(timedOut));
        PendingRequest next = submit("MakeCall", "a-2");
        assertEquals(List.of(next), sent(), "the timed-out request was dropped; the next went at once");
        assertSame(next, correlator.take(reply("MakeCallResponse", null)));
        assertEquals(0, correlator.inFlight());
    }

    @Test
    void neverSendsAQueuedRequestWhoseReplyWasSettledMeanwhile() {
        learnThatTheServerEchoes(false);
        PendingRequest first = submit("MakeCall", "a-1");
        PendingRequest settled = submit("MakeCall", "a-2");
        PendingRequest third = submit("MakeCall", "a-3");
        settled.reply().completeExceptionally(new CstaTimeoutException("MakeCall", Duration.ofSeconds(5)));
        assertSame(first, correlator.take(reply("MakeCallResponse", null)));
        assertEquals(List.of(first, third), sent(), "the settled one was skipped");
    }

    @Test
    void refusesARequestOfAConnectionItDoesNotServe() {
        PendingRequest stale = request("MakeCall", "a-1");
        stale.assign(new IdleTransport(), "a-1");
        assertFalse(correlator.submit(stale));
        correlator.detach();
        assertFalse(correlator.submit(request("MakeCall", "a-2")), "nor any after the connection is given up");
        assertTrue(sent().isEmpty());
    }

    @Test
    void sendsInTheOrderReleasedWhenATransmissionReleasesMore() {
        learnThatTheServerEchoes(false);
        PendingRequest first = submit("MakeCall", "a-1");
        PendingRequest second = submit("MakeCall", "a-2");
        PendingRequest third = submit("MakeCall", "a-3");
        // the first reply lets the second go; writing it fails at once, which lets the third go from inside
        failOnTransmit = second;
        assertSame(first, correlator.take(reply("MakeCallResponse", null)));
        assertEquals(List.of(first, second, third), sent(), "each transmitted once, in order, none from inside another");
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
        correlator.detach();
        correlator.attach(connection);
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

    @Test
    void sweepsFindTheSweptRequestsDueSentOrQueuedAndStopWhenNoneIsLeft() {
        learnThatTheServerEchoes(false);
        long now = System.nanoTime();
        PendingRequest timed = submit("MakeCall", "timed"); // a timer of its own keeps it: never swept
        PendingRequest first = swept("HoldCall", "a-1", now + 100);
        PendingRequest queued = swept("RetrieveCall", "a-2", now + 200);
        assertEquals(1, sweepsStarted, "one sweep at a time");
        assertEquals(List.of(timed), sent(), "one at a time: the swept ones wait in the queue");

        RequestCorrelator.Sweep early = correlator.sweep(now + 99);
        assertEquals(List.of(), early.overdue());
        assertTrue(early.goesOn());
        RequestCorrelator.Sweep due = correlator.sweep(now + 100);
        assertEquals(List.of(first), due.overdue(), "due while queued");
        assertTrue(due.goesOn(), "the other is not due yet");
        correlator.expire(first);

        assertSame(timed, correlator.take(reply("MakeCallResponse", null)));
        assertEquals(List.of(timed, queued), sent(), "an expired request is never sent");
        RequestCorrelator.Sweep last = correlator.sweep(now + 200);
        assertEquals(List.of(queued), last.overdue(), "due once sent");
        assertFalse(last.goesOn());

        PendingRequest next = swept("HoldCall", "a-3", now + 300);
        assertEquals(2, sweepsStarted, "a swept request after the sweeps stopped starts them again");
        correlator.expire(queued);
        next.reply().complete(null);
        assertFalse(correlator.sweep(now + 300).goesOn(), "settled: nothing left to sweep");
    }

    @Test
    void endingTheSweepsHandsOverTheSweptRequestsLeftAndLetsTheNextStartThemAgain() {
        learnThatTheServerEchoes(true);
        long now = System.nanoTime();
        PendingRequest first = swept("MakeCall", "a-1", now + 100);
        submit("HoldCall", "timed");
        PendingRequest second = swept("MakeCall", "a-2", now + 100);
        assertEquals(List.of(first, second), correlator.sweepEnded());
        swept("MakeCall", "a-3", now + 100);
        assertEquals(2, sweepsStarted);
    }

    private PendingRequest swept(String name, String id, long dueAtNanos) {
        PendingRequest request = request(name, id);
        request.sweptUntil(dueAtNanos);
        assertTrue(correlator.submit(request));
        return request;
    }

    /** As the login does: the first request's reply shows whether the server echoes ids. */
    private void learnThatTheServerEchoes(boolean echoes) {
        PendingRequest login = submit("StartApplicationSession", "login");
        assertSame(login, correlator.take(reply("StartApplicationSessionPosResponse", echoes ? "login" : null)));
        transmitted.clear();
        awaitingChanges.clear();
    }

    private PendingRequest submit(String name, String id) {
        PendingRequest request = request(name, id);
        assertTrue(correlator.submit(request));
        return request;
    }

    private PendingRequest request(String name, String id) {
        PendingRequest request = new PendingRequest(new GenericMessage(name, JsonNodeFactory.instance.objectNode()), null,
                Duration.ofSeconds(5), new CompletableFuture<>(), false);
        request.assign(connection, id);
        return request;
    }

    private PendingRequest barrierAfter(PendingRequest timedOut) {
        PendingRequest barrier = new PendingRequest(new GenericMessage("ResetApplicationSessionTimer",
                JsonNodeFactory.instance.objectNode()), null, Duration.ofSeconds(5), new CompletableFuture<>(), true);
        barrier.assign(connection, "barrier-" + barriers.size());
        barriers.add(barrier);
        return barrier;
    }

    /** As the session's: a request whose writing fails at once is taken out again, from inside the transmission. */
    private void transmitted(PendingRequest request) {
        assertFalse(transmitting, "transmitted from inside another transmission");
        transmitting = true;
        try {
            transmitted.add(request);
            if (request == failOnTransmit) {
                assertTrue(correlator.remove(request));
            }
        } finally {
            transmitting = false;
        }
    }

    private List<PendingRequest> sent() {
        return List.copyOf(transmitted);
    }

    private static GenericMessage reply(String name, String id) {
        GenericMessage message = new GenericMessage(name, JsonNodeFactory.instance.objectNode());
        return id == null ? message : message.withRequestId(id);
    }
}
