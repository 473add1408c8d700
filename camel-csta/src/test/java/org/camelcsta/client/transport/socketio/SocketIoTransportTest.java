package org.camelcsta.client.transport.socketio;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import okhttp3.OkHttpClient;
import org.camelcsta.client.SessionSettings;
import org.camelcsta.client.TransportType;
import org.camelcsta.protocol.CstaEncodeException;
import org.camelcsta.protocol.codec.JsonCodec;
import org.camelcsta.protocol.codec.OutgoingMessage;
import org.camelcsta.protocol.model.MakeCall;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What the socket.io transport does before anything reaches the wire. */
class SocketIoTransportTest {

    @Test
    void failsAMessageThatCannotBeEncodedWithItsEncodeErrorInsteadOfThrowing() {
        SocketIoTransport transport = new SocketIoTransport(SessionSettings.builder().transport(TransportType.SOCKETIO)
                .host("127.0.0.1").credentials("test@mydomain", "bla.bla", "12345678.pbx.one-connect.dk").build(),
                new OkHttpClient(), new JsonCodec());
        CompletableFuture<Void> sent = transport.send(OutgoingMessage.of(new MakeCall("123", "\uD800")),
                Duration.ofSeconds(5));
        ExecutionException failed = assertThrows(ExecutionException.class, () -> sent.get(5, TimeUnit.SECONDS));
        assertInstanceOf(CstaEncodeException.class, failed.getCause(), "whether connected or not, it can never be sent");
    }
}
