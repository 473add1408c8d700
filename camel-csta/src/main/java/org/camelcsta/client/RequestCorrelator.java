package org.camelcsta.client;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.camelcsta.protocol.model.GenericMessage;

/**
 * Matches replies to the requests in flight on one connection. Every request carries a unique
 * {@code privateData.requestID}; a reply that echoes it goes to that request. A reply without one goes to
 * the oldest request of its type (a {@code CSTAErrorCode} to the oldest of any type), since the server
 * answers in order.
 * <p>
 * A request that timed out stays behind as a tombstone for as long as the server has not shown that it
 * echoes ids, so that its late reply is recognised and dropped instead of being handed to the next
 * request of that type. Tombstones are forgotten after {@link #TOMBSTONE_LIFETIME_NANOS}.
 */
final class RequestCorrelator {

    static final long TOMBSTONE_LIFETIME_NANOS = TimeUnit.SECONDS.toNanos(60);

    private final Map<String, PendingRequest> inFlight = new LinkedHashMap<>();
    private boolean serverEchoesIds;

    synchronized void register(PendingRequest request) {
        purgeTombstones(System.nanoTime());
        inFlight.put(request.requestId(), request);
    }

    /**
     * The request a reply answers, taken out of flight; {@code null} where there is none. The caller
     * checks {@link PendingRequest#isExpired()}: an expired request's reply is dropped.
     */
    synchronized PendingRequest take(GenericMessage reply) {
        String id = reply.requestId();
        if (id != null) {
            PendingRequest request = inFlight.remove(id);
            if (request != null) {
                serverEchoesIds = true;
            }
            return request;
        }
        String requestName = requestNameOf(reply.name());
        for (Iterator<PendingRequest> it = inFlight.values().iterator(); it.hasNext();) {
            PendingRequest request = it.next();
            if (requestName == null || request.name().equalsIgnoreCase(requestName)) {
                it.remove();
                return request;
            }
        }
        return null;
    }

    /** The request timed out: keep a tombstone while replies may come without ids. */
    synchronized void expire(PendingRequest request) {
        if (request.requestId() == null) {
            return;
        }
        if (serverEchoesIds) {
            inFlight.remove(request.requestId());
        } else {
            request.expire(System.nanoTime());
        }
    }

    /** Takes a request out of flight, e.g. when it could not be sent; {@code false} if it was not in flight. */
    synchronized boolean remove(PendingRequest request) {
        return request.requestId() != null && inFlight.remove(request.requestId(), request);
    }

    /** Takes every request out of flight, e.g. when the connection is lost. */
    synchronized List<PendingRequest> takeAll() {
        List<PendingRequest> all = new ArrayList<>(inFlight.values());
        inFlight.clear();
        return all;
    }

    synchronized int size() {
        return inFlight.size();
    }

    private void purgeTombstones(long now) {
        inFlight.values().removeIf(request -> request.isExpired()
                && now - request.expiredAtNanos() > TOMBSTONE_LIFETIME_NANOS);
    }

    /** {@code MakeCallResponse} answers {@code MakeCall}; {@code null} where any request may be meant. */
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
