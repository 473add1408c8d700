package org.camelcsta.client;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.camelcsta.client.transport.ReadMode;
import org.camelcsta.client.transport.Transport;
import org.camelcsta.client.transport.TransportListener;
import org.camelcsta.protocol.codec.OutgoingMessage;

/** A connection that is only compared, never used. */
final class IdleTransport implements Transport {

    @Override
    public CompletableFuture<Void> connect(TransportListener listener) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompletableFuture<Void> send(OutgoingMessage message, Duration replyTimeout) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void setReading(ReadMode mode) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void close() {
        throw new UnsupportedOperationException();
    }
}
