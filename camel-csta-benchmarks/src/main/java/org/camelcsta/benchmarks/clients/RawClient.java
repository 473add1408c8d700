package org.camelcsta.benchmarks.clients;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.camelcsta.benchmarks.Wire;
import org.camelcsta.protocol.model.CstaEvent;
import org.camelcsta.protocol.model.CstaMessage;
import org.camelcsta.protocol.model.CstaRequest;

/**
 * The limit of one wire format: its client library with camel-csta's codec and binder, requests matched to
 * replies, and nothing else of ours (no login state, timeouts, reconnect, back-pressure or hand-off).
 */
public interface RawClient extends AutoCloseable {

    /** How long connecting and logging in may take. */
    Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    /** Sends a request and completes with its reply, bound to its record. */
    CompletableFuture<CstaMessage> request(CstaRequest request);

    @Override
    void close();

    /**
     * A raw client of this wire format, connected and logged in to a responder on {@code port}.
     *
     * @param events receives every event, on the client library's thread (HTTP GET has none)
     */
    static RawClient connect(Wire wire, int port, Consumer<CstaEvent> events) throws Exception {
        return switch (wire) {
            case TCP_XML -> new RawNettyClient(events).connect(port, CONNECT_TIMEOUT);
            case SOCKETIO -> new RawSocketIoClient(events).connect(port, CONNECT_TIMEOUT);
            case HTTP_GET -> new RawHttpClient(port);
        };
    }
}
