package org.camelcsta.client;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.camelcsta.client.transport.Transport;
import org.camelcsta.protocol.model.CstaResponse;
import org.camelcsta.protocol.model.GenericMessage;

/**
 * A request on its way: what to send, its reply's future, when its timeout starts to count, and, once given,
 * its connection and id. The correlator's lock guards whether it expired.
 */
final class PendingRequest {

    private final GenericMessage wire;
    private final Duration timeout;
    private final CompletableFuture<CstaResponse> reply;
    private final boolean timedFromWriting;
    private volatile Transport connection;
    private volatile String requestId;
    private boolean expired;
    private long expiredAtNanos;

    /**
     * @param timedFromWriting whether its timeout counts from its writing rather than from now: for the session's
     *                         own requests, whose unanswered timeout tells of a dead connection, not of a long queue
     */
    PendingRequest(GenericMessage wire, Duration timeout, CompletableFuture<CstaResponse> reply, boolean timedFromWriting) {
        this.wire = wire;
        this.timeout = timeout;
        this.reply = reply;
        this.timedFromWriting = timedFromWriting;
    }

    String name() {
        return wire.name();
    }

    Duration timeout() {
        return timeout;
    }

    CompletableFuture<CstaResponse> reply() {
        return reply;
    }

    boolean isTimedFromWriting() {
        return timedFromWriting;
    }

    String requestId() {
        return requestId;
    }

    Transport connection() {
        return connection;
    }

    /** The message as it goes out, carrying its id. */
    GenericMessage wire() {
        return wire.withRequestId(requestId);
    }

    /** Gives the request its connection and its unique id, before the correlator sends it. */
    void assign(Transport connection, String id) {
        this.connection = connection;
        this.requestId = id;
    }

    /** Whether it timed out, or its reply was settled otherwise: it is not to be sent any more. */
    boolean isSettled() {
        return expired || reply.isDone();
    }

    boolean isExpired() {
        return expired;
    }

    long expiredAtNanos() {
        return expiredAtNanos;
    }

    void expire(long nowNanos) {
        expired = true;
        expiredAtNanos = nowNanos;
    }
}
