package org.camelcsta.client.transport;

import java.util.concurrent.CompletableFuture;

import org.camelcsta.protocol.model.GenericMessage;

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

    /** Sends one message; the future completes when it is written, or fails. */
    CompletableFuture<Void> send(GenericMessage message);

    /** Pauses ({@code false}) or resumes ({@code true}) reading from the server: back-pressure. */
    void setReading(boolean reading);

    /** Closes the connection; the listener is told. */
    void close();
}
