package org.camelcsta.client;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.camelcsta.client.transport.Transport;
import org.camelcsta.protocol.model.GenericMessage;

/**
 * Sends the requests of the connection it serves and matches the replies to them. Every request carries a unique
 * {@code privateData.requestID}; what happens next depends on what the server has shown about echoing it:
 * <ul>
 * <li>Until the first reply (the login's, on the event transports) it is not known: one request is in flight
 * at a time. On the event transports only the login is sent then (a login that times out ends the connection),
 * and the http transport gives every reply its request's id, so a request that times out frees the slot.</li>
 * <li>A server that echoes the id: requests are pipelined, and a reply goes to the request whose id it echoes.
 * A reply without an id is taken only where it is unambiguous (one request of its type in flight, or one request
 * at all for a {@code CSTAErrorCode}); otherwise it is dropped and the request times out rather than receiving
 * another's reply.</li>
 * <li>A server that echoes none (the provider's 2020 server): one request is in flight at a time, the others wait
 * in order, so every reply has exactly one request it can answer. This relies on the server answering one
 * connection's requests in order, and so does the handling of a timeout: the timed-out request is followed by a
 * barrier, a harmless request with another reply type (from {@code barrierAfter}). Every reply before the
 * barrier's is the timed-out request's late one and is dropped; once the barrier is answered nothing late can
 * come, and the next request goes. After a timed-out request of the barrier's own type, two replies of that type
 * are awaited (the late one and the barrier's), so a lost reply cannot leave a stray one behind. A barrier is
 * answered only by its type: a {@code CSTAErrorCode} meanwhile is dropped as late. A barrier that times out
 * means a dead connection, and its owner closes it; unless it was answered just as it timed out (the queue goes
 * on), or its reply may be unread, reading stopped at the byte budget (another barrier follows it; see
 * {@link #barrierTimedOut}).</li>
 * </ul>
 * Otherwise a request that timed out once sent stays behind as a tombstone for {@link #TOMBSTONE_LIFETIME_NANOS},
 * so that its late reply is recognised by its id (or, pipelined, by making a reply without id ambiguous) and dropped. A request that timed out or was settled otherwise before
 * it was sent is never sent. Requests of another connection are refused. The state is per connection:
 * {@link #detach()} forgets it.
 * <p>
 * The count of awaited replies (which keeps reading from the server going, see {@link ReadGate}) changes so:
 * <table>
 * <caption>When the awaited count changes</caption>
 * <tr><th>what happens</th><th>count</th></tr>
 * <tr><td>a request (or a barrier) is let go to be sent</td><td>+1</td></tr>
 * <tr><td>its reply is taken, or it cannot be sent</td><td>-1</td></tr>
 * <tr><td>it times out once sent (its tombstone or barrier takes the late reply)</td><td>-1</td></tr>
 * <tr><td>it times out while queued, or a barrier times out or cannot be sent</td><td>unchanged</td></tr>
 * <tr><td>a barrier that timed out is answered after all, or followed by another</td><td>-1</td></tr>
 * <tr><td>{@link #detach()}</td><td>to 0</td></tr>
 * </table>
 */
final class RequestCorrelator {

    static final long TOMBSTONE_LIFETIME_NANOS = TimeUnit.SECONDS.toNanos(60);
    private static final String ERROR = "CSTAErrorCode";

    /** What the server has shown about request ids on this connection. */
    private enum Echo { UNKNOWN, ECHOED, NOT_ECHOED }

    private final Map<String, PendingRequest> sent = new LinkedHashMap<>();
    private final ArrayDeque<PendingRequest> waiting = new ArrayDeque<>();
    /** The tombstones in {@link #sent}, oldest first: purged from the front, not by scanning every request. */
    private final ArrayDeque<PendingRequest> tombstones = new ArrayDeque<>();
    private final InOrderTransmitter transmitter;
    private final Consumer<Boolean> awaitingChanged;
    private final UnaryOperator<PendingRequest> barrierAfter;
    private Transport connection;
    private Echo echo = Echo.UNKNOWN;
    /** One at a time: the request in flight, or the barrier after a timed-out one. */
    private PendingRequest occupant;
    private PendingRequest barrier;
    private int barrierRepliesDue;
    private int awaiting;
    private final Runnable sweepStarter;
    /** Whether a sweep is scheduled: from the first swept request taken until a sweep finds none left. */
    private boolean sweeping;

    /** What one sweep found: the swept requests now due, and whether another sweep is to follow. */
    record Sweep(List<PendingRequest> overdue, boolean goesOn) {
    }

    /**
     * @param transmitter     writes a request to its connection; called outside the correlator's lock, in the order
     *                        the requests are let go; must not throw
     * @param awaitingChanged told whether any reply is awaited, each time that changes
     * @param barrierAfter    makes the barrier that follows a timed-out request on a server that echoes no ids: a
     *                        harmless request, ready to send on the same connection, whose failure closes it
     *                        (see {@link #barrierTimedOut})
     * @param sweepStarter    schedules a {@link #sweep}, when a swept request comes and none is scheduled; called
     *                        outside the correlator's lock
     */
    RequestCorrelator(Consumer<PendingRequest> transmitter, Consumer<Boolean> awaitingChanged,
                      UnaryOperator<PendingRequest> barrierAfter, Runnable sweepStarter) {
        this.transmitter = new InOrderTransmitter(transmitter);
        this.awaitingChanged = awaitingChanged;
        this.barrierAfter = barrierAfter;
        this.sweepStarter = sweepStarter;
    }

    /** Serves a new connection; its requests are accepted from now on. */
    synchronized void attach(Transport newConnection) {
        connection = newConnection;
    }

    /**
     * Sends the request now, or queues it behind the one in flight when requests go one at a time; a request
     * that timed out or was settled already is dropped.
     *
     * @return {@code false} if refused: its connection is not the one served now
     */
    boolean submit(PendingRequest request) {
        boolean startSweep = false;
        synchronized (this) {
            if (request.connection() == null || request.connection() != connection) {
                return false;
            }
            if (request.isSettled()) {
                return true;
            }
            if (request.isSwept() && !sweeping) {
                sweeping = true;
                startSweep = true;
            }
            purgeTombstones();
            if (echo != Echo.ECHOED && occupant != null) {
                waiting.add(request);
            } else {
                place(request);
            }
        }
        if (startSweep) {
            sweepStarter.run();
        }
        transmitter.flush();
        return true;
    }

    /**
     * The swept requests (see {@link PendingRequest#sweptUntil}), sent or queued, that are due by {@code nowNanos}, for
     * their owner to time out; another sweep is to follow while any other is left.
     */
    synchronized Sweep sweep(long nowNanos) {
        List<PendingRequest> overdue = new ArrayList<>();
        int left = 0;
        for (PendingRequest request : sent.values()) {
            left += sweepOne(request, nowNanos, overdue);
        }
        for (PendingRequest request : waiting) {
            left += sweepOne(request, nowNanos, overdue);
        }
        sweeping = left > 0;
        return new Sweep(overdue, sweeping);
    }

    /** Ends the sweeps where none can be scheduled any more: the swept requests left, for their owner to fail. */
    synchronized List<PendingRequest> sweepEnded() {
        List<PendingRequest> left = new ArrayList<>();
        sent.values().stream().filter(request -> request.isSwept() && !request.isSettled()).forEach(left::add);
        waiting.stream().filter(request -> request.isSwept() && !request.isSettled()).forEach(left::add);
        sweeping = false;
        return left;
    }

    /** 1 if the request is swept and not due yet; adds it to {@code overdue} if it is due. */
    private static int sweepOne(PendingRequest request, long nowNanos, List<PendingRequest> overdue) {
        if (!request.isSwept() || request.isSettled()) {
            return 0;
        }
        if (request.isDue(nowNanos)) {
            overdue.add(request);
            return 0;
        }
        return 1;
    }

    /** The live request that a reply answers, taken out of flight; {@code null} where the reply is late or unknown. */
    PendingRequest take(GenericMessage reply) {
        PendingRequest request;
        synchronized (this) {
            request = reply.requestId() != null ? takeEchoed(reply.requestId()) : takeUnechoed(reply);
            if (request == null) {
                return null;
            }
            release(request);
        }
        transmitter.flush();
        return request;
    }

    /**
     * The request timed out: it is never sent if it was not yet; once sent, its late reply is dropped (by its
     * tombstone, or behind a barrier when the server echoes no ids).
     */
    void expire(PendingRequest request) {
        synchronized (this) {
            if (request.isExpired()) {
                return;
            }
            request.expire(System.nanoTime());
            if (waiting.remove(request) || !isSent(request) || request == barrier) {
                return; // never sent; or a barrier: its owner asks barrierTimedOut
            }
            if (request != occupant) {
                tombstones.add(request);
                changeAwaiting(-1); // pipelined: its tombstone takes the late reply
                return;
            }
            if (echo == Echo.NOT_ECHOED) {
                raiseBarrier(request);
            } else {
                tombstones.add(request);
                occupant = null;
                nextToSend();
                changeAwaiting(-1);
            }
        }
        transmitter.flush();
    }

    /**
     * The barrier timed out: whether that shows the connection dead. Not if it was answered after all, just as it
     * timed out: the queue goes on; and not if its reply may be unread (reading stopped at the byte budget): another
     * barrier follows it, so that the connection is judged by a reply that can be read.
     */
    boolean barrierTimedOut(PendingRequest expired, boolean replyMayBeUnread) {
        synchronized (this) {
            if (expired != barrier) {
                return false; // taken, or its connection given up already
            }
            if (barrierRepliesDue <= 0) {
                sent.remove(expired.requestId());
                release(expired);
            } else if (replyMayBeUnread) {
                raiseBarrier(expired);
            } else {
                return true;
            }
        }
        transmitter.flush();
        return false;
    }

    /** Takes out a request that could not be sent; {@code false} if it was not in flight. */
    boolean remove(PendingRequest request) {
        synchronized (this) {
            if (!isSent(request) || (request.isExpired() && request != barrier)) {
                return false; // not in flight; or a tombstone, released at its expiry, still taking its late reply
            }
            sent.remove(request.requestId());
            if (request == barrier) {
                return true; // nothing is fenced off: the queue waits for the connection to close
            }
            release(request);
        }
        transmitter.flush();
        return true;
    }

    /** Takes every request out (sent and queued), forgets what the server showed and serves no connection. */
    synchronized List<PendingRequest> detach() {
        List<PendingRequest> all = new ArrayList<>(sent.values());
        all.addAll(waiting);
        sent.clear();
        waiting.clear();
        tombstones.clear();
        connection = null;
        occupant = null;
        barrier = null;
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
        if (request == null) {
            return null;
        }
        if (echo == Echo.UNKNOWN) {
            echo = Echo.ECHOED;
        }
        return request.isExpired() ? null : request;
    }

    private PendingRequest takeUnechoed(GenericMessage reply) {
        String requestName = requestNameOf(reply.name());
        if (requestName == null && !reply.name().equals(ERROR)) {
            return null;
        }
        if (barrier != null && occupant == barrier) {
            return barrierReply(requestName);
        }
        PendingRequest request = echo == Echo.ECHOED ? onlyCandidate(requestName) : occupant;
        if (request == null || (requestName != null && !request.name().equalsIgnoreCase(requestName))) {
            return null; // not the reply of the request in flight: a late one, dropped
        }
        if (echo == Echo.UNKNOWN) {
            echo = Echo.NOT_ECHOED;
        }
        sent.remove(request.requestId());
        return request.isExpired() ? null : request;
    }

    /** A reply without id while the barrier is up: the barrier's once its due replies came, else a late one. */
    private PendingRequest barrierReply(String requestName) {
        // counted even once the barrier expired: that shows it answered after all, or what a barrier after it awaits
        if (requestName == null || !barrier.name().equalsIgnoreCase(requestName) || --barrierRepliesDue > 0
            || barrier.isExpired()) {
            return null;
        }
        sent.remove(barrier.requestId());
        return barrier;
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

    /**
     * The timed-out request in flight, or the barrier itself, is followed by a barrier, which holds the queue until
     * it is answered: after the replies of its type still due (a barrier's, or the timed-out request's) and its own.
     */
    private void raiseBarrier(PendingRequest timedOut) {
        boolean renewed = timedOut == barrier;
        int stillDue = renewed ? barrierRepliesDue : 0;
        sent.remove(timedOut.requestId());
        barrier = barrierAfter.apply(timedOut);
        if (!renewed && barrier.name().equalsIgnoreCase(timedOut.name())) {
            stillDue = 1;
        }
        barrierRepliesDue = stillDue + 1;
        place(barrier);
        changeAwaiting(-1); // the timed-out one, after the barrier's +1: reading goes on throughout
    }

    /** A live request left flight: frees its place and lets the next ones go. */
    private void release(PendingRequest request) {
        if (request == occupant) {
            occupant = null;
            barrier = null;
        }
        nextToSend();
        changeAwaiting(-1); // after the next one's +1: reading is not switched back and forth
    }

    private void nextToSend() {
        while (!waiting.isEmpty() && (echo == Echo.ECHOED || occupant == null)) {
            PendingRequest next = waiting.poll();
            if (!next.isSettled()) {
                place(next);
            }
        }
    }

    private void place(PendingRequest request) {
        sent.put(request.requestId(), request);
        if (echo != Echo.ECHOED) {
            occupant = request;
        }
        changeAwaiting(1);
        transmitter.add(request);
    }

    private boolean isSent(PendingRequest request) {
        return request.requestId() != null && sent.get(request.requestId()) == request;
    }

    private void changeAwaiting(int delta) {
        boolean before = awaiting > 0;
        awaiting += delta;
        if (before != awaiting > 0) {
            awaitingChanged.accept(awaiting > 0);
        }
    }

    private void purgeTombstones() {
        if (tombstones.isEmpty()) {
            return; // usually none: no clock read
        }
        long now = System.nanoTime();
        for (PendingRequest oldest = tombstones.peek(); oldest != null
             && now - oldest.expiredAtNanos() > TOMBSTONE_LIFETIME_NANOS; oldest = tombstones.peek()) {
            tombstones.poll();
            sent.remove(oldest.requestId(), oldest); // unless its late reply took it out already
        }
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
