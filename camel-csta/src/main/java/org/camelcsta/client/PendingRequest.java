package org.camelcsta.client;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.camelcsta.client.transport.Transport;
import org.camelcsta.protocol.codec.OutgoingMessage;
import org.camelcsta.protocol.model.CstaRequest;
import org.camelcsta.protocol.model.CstaResponse;

/**
 * A request on its way: what to send, its reply's future, when its timeout starts to count, and, once given,
 * its connection and id. The correlator's lock guards whether it expired.
 */
final class PendingRequest {

    private final CstaRequest request;
    private final String test;
    private final Duration timeout;
    private final CompletableFuture<CstaResponse> reply;
    private final boolean timedFromWriting;
    private volatile Transport connection;
    private volatile String requestId;
    private volatile CompletableFuture<Void> sending;
    private boolean expired;
    private long expiredAtNanos;
    private boolean swept;
    private long dueAtNanos;

    /**
     * @param test             the TEST mode unless the request sets its own, or {@code null}
     * @param timedFromWriting whether its timeout counts from its writing rather than from now: for the session's
     *                         own requests, whose unanswered timeout tells of a dead connection, not of a long queue
     */
    PendingRequest(CstaRequest request, String test, Duration timeout, CompletableFuture<CstaResponse> reply,
                   boolean timedFromWriting) {
        this.request = request;
        this.test = test;
        this.timeout = timeout;
        this.reply = reply;
        this.timedFromWriting = timedFromWriting;
    }

    String name() {
        return request.messageName();
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

    /** The request as it goes out: with its id and TEST mode, its names as the server spells them. */
    OutgoingMessage outgoing(Map<String, String> spelling) {
        return new OutgoingMessage(request, requestId, test, spelling);
    }

    /** Gives the request its connection and its unique id, before the correlator sends it. */
    void assign(Transport connection, String id) {
        this.connection = connection;
        this.requestId = id;
    }

    /** Its transport's sending of it, which {@link #abandon} cancels. */
    void sending(CompletableFuture<Void> written) {
        sending = written;
        if (reply.isCompletedExceptionally()) {
            written.cancel(false); // it failed while being handed over
        }
    }

    /**
     * Tells its transport that it failed: a transport that has not sent it yet (http, waiting for a free
     * connection) never does, so that a caller told of a timeout does not find the call placed later.
     */
    void abandon() {
        CompletableFuture<Void> written = sending;
        if (written != null) {
            written.cancel(false);
        }
    }

    /**
     * Its timeout is kept by the correlator's sweep, not by a timer of its own: it is due at this
     * {@link System#nanoTime()}. Set before the correlator takes it.
     */
    void sweptUntil(long dueAtNanos) {
        this.swept = true;
        this.dueAtNanos = dueAtNanos;
    }

    boolean isSwept() {
        return swept;
    }

    boolean isDue(long nowNanos) {
        return nowNanos - dueAtNanos >= 0;
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
