package org.camelcsta.client;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.camelcsta.protocol.model.GenericMessage;

/**
 * Matches replies to the requests in flight on one connection. Every request carries a unique
 * {@code privateData.requestID}; a reply that echoes it goes to that request. A reply without one goes to
 * the oldest request of its type ({@code MakeCallResponse} to a {@code MakeCall}), a {@code CSTAErrorCode}
 * without one to the oldest request of any type, since the server answers in order; any other message
 * without an id matches nothing.
 * <p>
 * A request that timed out stays behind as a tombstone for {@link #TOMBSTONE_LIFETIME_NANOS}, so that its
 * late reply is recognised and dropped instead of being handed to the next request.
 */
final class RequestCorrelator {

    static final long TOMBSTONE_LIFETIME_NANOS = TimeUnit.SECONDS.toNanos(60);
    private static final String ERROR = "CSTAErrorCode";

    private final Map<String, PendingRequest> inFlight = new LinkedHashMap<>();
    private final Consumer<Boolean> awaitingChanged;
    private int awaiting;

    /**
     * @param awaitingChanged told whether any request waits for its reply, each time that changes
     */
    RequestCorrelator(Consumer<Boolean> awaitingChanged) {
        this.awaitingChanged = awaitingChanged;
    }

    synchronized void register(PendingRequest request) {
        purgeTombstones(System.nanoTime());
        inFlight.put(request.requestId(), request);
        changeAwaiting(1);
    }

    /**
     * The request a reply answers, taken out of flight; {@code null} where there is none. The caller
     * checks {@link PendingRequest#isExpired()}: an expired request's reply is dropped.
     */
    synchronized PendingRequest take(GenericMessage reply) {
        String id = reply.requestId();
        if (id != null) {
            return untrack(inFlight.remove(id));
        }
        String requestName = requestNameOf(reply.name());
        if (requestName == null && !reply.name().equals(ERROR)) {
            return null;
        }
        for (Iterator<PendingRequest> it = inFlight.values().iterator(); it.hasNext();) {
            PendingRequest request = it.next();
            if (requestName == null || request.name().equalsIgnoreCase(requestName)) {
                it.remove();
                return untrack(request);
            }
        }
        return null;
    }

    /** The request timed out: it stays as a tombstone for its late reply. */
    synchronized void expire(PendingRequest request) {
        if (request.requestId() != null && inFlight.get(request.requestId()) == request && !request.isExpired()) {
            request.expire(System.nanoTime());
            changeAwaiting(-1);
        }
    }

    /** Takes a request out of flight, e.g. when it could not be sent; {@code false} if it was not in flight. */
    synchronized boolean remove(PendingRequest request) {
        boolean removed = request.requestId() != null && inFlight.remove(request.requestId(), request);
        if (removed) {
            untrack(request);
        }
        return removed;
    }

    /** Takes every request out of flight, e.g. when the connection is lost. */
    synchronized List<PendingRequest> takeAll() {
        List<PendingRequest> all = new ArrayList<>(inFlight.values());
        inFlight.clear();
        changeAwaiting(-awaiting);
        return all;
    }

    /** How many requests wait for their reply. */
    synchronized int awaiting() {
        return awaiting;
    }

    private PendingRequest untrack(PendingRequest request) {
        if (request != null && !request.isExpired()) {
            changeAwaiting(-1);
        }
        return request;
    }

    private void changeAwaiting(int delta) {
        boolean before = awaiting > 0;
        awaiting += delta;
        if (before != awaiting > 0) {
            awaitingChanged.accept(awaiting > 0);
        }
    }

    private void purgeTombstones(long now) {
        inFlight.values().removeIf(request -> request.isExpired()
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
