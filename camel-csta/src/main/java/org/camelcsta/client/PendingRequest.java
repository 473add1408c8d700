package org.camelcsta.client;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.camelcsta.client.transport.Transport;
import org.camelcsta.protocol.model.CstaResponse;
import org.camelcsta.protocol.model.GenericMessage;

/** A request on its way: what to send, its reply's future, and, once given, its connection and id. */
final class PendingRequest {

    private final GenericMessage wire;
    private final Duration timeout;
    private final CompletableFuture<CstaResponse> reply;
    private volatile Transport connection;
    private volatile String requestId;
    private long expiredAtNanos;

    PendingRequest(GenericMessage wire, Duration timeout, CompletableFuture<CstaResponse> reply) {
        this.wire = wire;
        this.timeout = timeout;
        this.reply = reply;
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

    boolean isExpired() {
        return expiredAtNanos != 0;
    }

    long expiredAtNanos() {
        return expiredAtNanos;
    }

    void expire(long nowNanos) {
        this.expiredAtNanos = nowNanos == 0 ? 1 : nowNanos;
    }
}
