package org.camelcsta.client;

import java.util.concurrent.CompletableFuture;

import org.camelcsta.protocol.model.CstaResponse;

/** A request on its way: its name, its reply's future, and its id once sent. */
final class PendingRequest {

    private final String name;
    private final CompletableFuture<CstaResponse> reply;
    private volatile String requestId;
    private long expiredAtNanos;

    PendingRequest(String name, CompletableFuture<CstaResponse> reply) {
        this.name = name;
        this.reply = reply;
    }

    String name() {
        return name;
    }

    CompletableFuture<CstaResponse> reply() {
        return reply;
    }

    String requestId() {
        return requestId;
    }

    void sentAs(String id) {
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
