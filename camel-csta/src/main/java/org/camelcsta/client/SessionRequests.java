package org.camelcsta.client;

import java.util.concurrent.CompletableFuture;

import org.camelcsta.client.transport.Transport;
import org.camelcsta.protocol.model.CstaRequest;
import org.camelcsta.protocol.model.CstaResponse;

/** Sends the session's own requests (keep-alive, monitors, snapshots) on a given connection. */
@FunctionalInterface
interface SessionRequests {

    /**
     * Sends the request on that connection. The reply completes {@code reply} on the I/O thread that read it, in
     * order with the events around it, provided its callbacks are attached before this call; a timeout completes it
     * on the sessions' timer thread.
     */
    void send(Transport connection, CstaRequest request, CompletableFuture<CstaResponse> reply);
}
