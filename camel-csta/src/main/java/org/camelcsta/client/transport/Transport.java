package org.camelcsta.client.transport;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.camelcsta.protocol.codec.OutgoingMessage;

/**
 * One connection to the server in one of the provider's formats. It moves messages; the session above
 * it does login, correlation and monitors.
 */
public interface Transport {

    /**
     * Connects. Every message read is given to the listener on the transport's I/O thread, and
     * {@link TransportListener#onClosed} is called once when the connection ends.
     */
    CompletableFuture<Void> connect(TransportListener listener);

    /**
     * Sends one message; the future completes when it is written, or fails. Cancelling the future abandons a
     * message that has not gone out yet (http: an exchange still waiting for a connection); one already written
     * is not recalled.
     *
     * @param replyTimeout how long the session waits for the reply; a transport that waits for the reply
     *                     itself (http) waits at least that long, so that the session's timeout is the one reported
     */
    CompletableFuture<Void> send(OutgoingMessage message, Duration replyTimeout);

    /** Back-pressure: how reading from the server should go on. */
    void setReading(ReadMode mode);

    /** Closes the connection; the listener is told. */
    void close();
}
