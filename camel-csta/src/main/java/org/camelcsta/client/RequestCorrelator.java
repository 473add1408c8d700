package org.camelcsta.client;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.camelcsta.protocol.model.GenericMessage;

/**
 * Sends the requests of one connection and matches the replies to them. Every request carries a unique
 * {@code privateData.requestID}; what happens next depends on what the server has shown about echoing it:
 * <ul>
 * <li>Until the first reply (the login's, on the event transports) it is not known: one request is in flight
 * at a time.</li>
 * <li>A server that echoes the id: requests are pipelined, and a reply goes to the request whose id it echoes.
 * A reply without an id is taken only where it is unambiguous (one request of its type in flight, or one request
 * at all for a {@code CSTAErrorCode}); otherwise it is dropped and the request times out rather than receiving
 * another's reply.</li>
 * <li>A server that echoes none (the provider's 2020 server): one request is in flight at a time, the others wait
 * in order, so every reply has exactly one request it can answer. When a request times out, the next one waits up
 * to {@code lateReplyGrace} for its late reply, which is then dropped, so that a lost reply never lands on a later
 * request. (A reply later than the grace can still: the grace bounds the wait.)</li>
 * </ul>
 * A request that timed out stays behind as a tombstone for {@link #TOMBSTONE_LIFETIME_NANOS}, so that its late
 * reply is recognised by its id and dropped. The state is per connection: {@link #takeAll()} forgets it.
 */
final class RequestCorrelator {

    static final long TOMBSTONE_LIFETIME_NANOS = TimeUnit.SECONDS.toNanos(60);
    private static final String ERROR = "CSTAErrorCode";

    /** What the server has shown about request ids on this connection. */
    private enum Echo { UNKNOWN, ECHOED, NOT_ECHOED }

    private final Map<String, PendingRequest> sent = new LinkedHashMap<>();
    private final ArrayDeque<PendingRequest> waiting = new ArrayDeque<>();
    private final Consumer<PendingRequest> transmitter;
    private final Consumer<Boolean> awaitingChanged;
    private final ScheduledExecutorService timers;
    private final Duration lateReplyGrace;
    private Echo echo = Echo.UNKNOWN;
    /** One at a time: the request in flight, or a timed-out one whose late reply is still awaited. */
    private PendingRequest occupant;
    private ScheduledFuture<?> graceTimer;
    private int awaiting;

    /**
     * @param transmitter     writes a request to its connection; called outside the correlator's lock
     * @param awaitingChanged told whether any reply is awaited, each time that changes
     * @param timers          runs the late-reply grace
     */
    RequestCorrelator(Consumer<PendingRequest> transmitter, Consumer<Boolean> awaitingChanged,
                      ScheduledExecutorService timers, Duration lateReplyGrace) {
        this.transmitter = transmitter;
        this.awaitingChanged = awaitingChanged;
        this.timers = timers;
        this.lateReplyGrace = lateReplyGrace;
    }

    /** Sends the request now, or queues it behind the one in flight when requests go one at a time. */
    void submit(PendingRequest request) {
        List<PendingRequest> ready;
        synchronized (this) {
            purgeTombstones(System.nanoTime());
            if (echo == Echo.ECHOED || occupant == null) {
                place(request);
                ready = List.of(request);
            } else {
                waiting.add(request);
                ready = List.of();
            }
        }
        ready.forEach(transmitter);
    }

    /**
     * The request a reply answers, taken out of flight; {@code null} where there is none. The caller
     * checks {@link PendingRequest#isExpired()}: an expired request's reply is dropped.
     */
    PendingRequest take(GenericMessage reply) {
        PendingRequest request;
        List<PendingRequest> ready;
        synchronized (this) {
            request = reply.requestId() != null ? takeEchoed(reply.requestId()) : takeUnechoed(reply);
            ready = request == null ? List.of() : release(request);
        }
        ready.forEach(transmitter);
        return request;
    }

    /** The request timed out: it leaves the queue, or stays as a tombstone for its late reply. */
    void expire(PendingRequest request) {
        synchronized (this) {
            if (waiting.remove(request) || request.requestId() == null || sent.get(request.requestId()) != request
                || request.isExpired()) {
                return;
            }
            request.expire(System.nanoTime());
            if (request != occupant) {
                changeAwaiting(-1);
                return;
            }
            // its late reply is still read and dropped; the next request waits for it, a bounded time
            graceTimer = timers.schedule(() -> graceOver(request), lateReplyGrace.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Takes a request out, e.g. when it could not be sent; {@code false} if it was neither sent nor queued. */
    boolean remove(PendingRequest request) {
        List<PendingRequest> ready;
        synchronized (this) {
            if (waiting.remove(request)) {
                return true;
            }
            if (request.requestId() == null || !sent.remove(request.requestId(), request)) {
                return false;
            }
            ready = release(request);
        }
        ready.forEach(transmitter);
        return true;
    }

    /** Takes every request out (sent and queued) and forgets what the server showed, e.g. when the connection is lost. */
    synchronized List<PendingRequest> takeAll() {
        List<PendingRequest> all = new ArrayList<>(sent.values());
        all.addAll(waiting);
        sent.clear();
        waiting.clear();
        occupant = null;
        cancelGrace();
        echo = Echo.UNKNOWN;
        changeAwaiting(-awaiting);
        return all;
    }

    /** How many replies are awaited. */
    synchronized int awaiting() {
        return awaiting;
    }

    /** How many requests wait for their reply, sent or queued. */
    synchronized int inFlight() {
        return awaiting + waiting.size();
    }

    private PendingRequest takeEchoed(String id) {
        PendingRequest request = sent.remove(id);
        if (request != null && echo == Echo.UNKNOWN) {
            echo = Echo.ECHOED;
        }
        return request;
    }

    private PendingRequest takeUnechoed(GenericMessage reply) {
        String requestName = requestNameOf(reply.name());
        if (requestName == null && !reply.name().equals(ERROR)) {
            return null;
        }
        PendingRequest request = echo == Echo.ECHOED ? onlyCandidate(requestName) : occupant;
        if (request == null || (requestName != null && !request.name().equalsIgnoreCase(requestName))) {
            return null; // not the reply of the request in flight: a late one, dropped
        }
        if (echo == Echo.UNKNOWN) {
            echo = Echo.NOT_ECHOED;
        }
        sent.remove(request.requestId());
        return request;
    }

    /** The one request in flight that a reply without id can answer, or {@code null} if there is none or several. */
    private PendingRequest onlyCandidate(String requestName) {
        PendingRequest found = null;
        for (PendingRequest request : sent.values()) {
            if (requestName == null || request.name().equalsIgnoreCase(requestName)) {
                if (found != null) {
                    return null;
                }
                found = request;
            }
        }
        return found;
    }

    /** A request left flight: frees its place and returns what may be sent now. */
    private List<PendingRequest> release(PendingRequest request) {
        if (request == occupant) {
            occupant = null;
            cancelGrace();
            changeAwaiting(-1); // an occupant stays awaited through its grace
        } else if (!request.isExpired()) {
            changeAwaiting(-1);
        }
        return nextToSend();
    }

    private void graceOver(PendingRequest request) {
        List<PendingRequest> ready;
        synchronized (this) {
            if (occupant != request) {
                return;
            }
            occupant = null;
            graceTimer = null;
            changeAwaiting(-1);
            ready = nextToSend();
        }
        ready.forEach(transmitter);
    }

    private List<PendingRequest> nextToSend() {
        List<PendingRequest> ready = new ArrayList<>();
        while (!waiting.isEmpty() && (echo == Echo.ECHOED || occupant == null)) {
            PendingRequest next = waiting.poll();
            place(next);
            ready.add(next);
        }
        return ready;
    }

    private void place(PendingRequest request) {
        sent.put(request.requestId(), request);
        if (echo != Echo.ECHOED) {
            occupant = request;
        }
        changeAwaiting(1);
    }

    private void cancelGrace() {
        if (graceTimer != null) {
            graceTimer.cancel(false);
            graceTimer = null;
        }
    }

    private void changeAwaiting(int delta) {
        boolean before = awaiting > 0;
        awaiting += delta;
        if (before != awaiting > 0) {
            awaitingChanged.accept(awaiting > 0);
        }
    }

    private void purgeTombstones(long now) {
        sent.values().removeIf(request -> request.isExpired() && request != occupant
                && now - request.expiredAtNanos() > TOMBSTONE_LIFETIME_NANOS);
    }

    /** {@code MakeCallResponse} answers {@code MakeCall}; {@code null} for a name that is no reply's. */
    static String requestNameOf(String replyName) {
        if (replyName.endsWith("PosResponse")) {
            return replyName.substring(0, replyName.length() - "PosResponse".length());
        }
        if (replyName.endsWith("Response")) {
            return replyName.substring(0, replyName.length() - "Response".length());
        }
        return null;
    }
}
