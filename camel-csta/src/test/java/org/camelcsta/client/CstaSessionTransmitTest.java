package org.camelcsta.client;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.camelcsta.client.transport.ReadMode;
import org.camelcsta.client.transport.Transport;
import org.camelcsta.client.transport.TransportListener;
import org.camelcsta.protocol.codec.MessageBinder;
import org.camelcsta.protocol.codec.OutgoingMessage;
import org.camelcsta.protocol.model.ConnectionId;
import org.camelcsta.protocol.model.CstaResponse;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.MakeCall;
import org.camelcsta.protocol.model.MakeCallResponse;
import org.camelcsta.protocol.model.StartApplicationSessionPosResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The session over a transport that the test drives by hand: replies are handed in on the test's thread, as a
 * transport's I/O thread would, so that what runs inside that hand-over is seen.
 */
class CstaSessionTransmitTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final HandDrivenTransport transport = new HandDrivenTransport();
    private final ClientResources resources = ClientResources.create(1, Executors.newSingleThreadExecutor(), true,
            settings -> transport);
    private final CstaSession session = new CstaSession(SessionSettings.builder().host("127.0.0.1")
            .credentials("test@mydomain", "bla.bla", "12345678.pbx.one-connect.dk").keepAlive(false).build(), resources);

    @AfterEach
    void stop() {
        session.close();
        resources.close();
    }

    @Test
    void aRequestWhoseSendingThrowsFailsAloneWhileTheReplyThatLetItGoIsDelivered() throws Exception {
        CompletableFuture<Void> open = session.open();
        await().until(() -> transport.sent.size() == 1);
        transport.reply(new StartApplicationSessionPosResponse("s-1", "ed3", 300, null)); // no id: one at a time
        open.get(5, TimeUnit.SECONDS);

        CompletableFuture<CstaResponse> first = session.request(new MakeCall("101", "321"), TIMEOUT, null);
        CompletableFuture<CstaResponse> unsendable = session.request(new MakeCall("102", "321"), TIMEOUT, null);
        CompletableFuture<CstaResponse> third = session.request(new MakeCall("103", "321"), TIMEOUT, null);
        assertEquals(2, transport.sent.size(), "one at a time");

        // the first reply lets the second go, whose sending throws inside this hand-over
        transport.reply(new MakeCallResponse(new ConnectionId("SIP/1", "101"), null));
        assertEquals("101", ((MakeCallResponse) first.get(5, TimeUnit.SECONDS)).callingDevice().deviceId(),
                "the reply is delivered");
        ExecutionException failed = assertThrows(ExecutionException.class, () -> unsendable.get(5, TimeUnit.SECONDS));
        assertEquals("cannot send 102", assertInstanceOf(IllegalStateException.class, failed.getCause()).getMessage());
        assertEquals("103", transport.sent.get(transport.sent.size() - 1).text("callingDevice"), "the queue goes on");
        transport.reply(new MakeCallResponse(new ConnectionId("SIP/3", "103"), null));
        assertEquals("103", ((MakeCallResponse) third.get(5, TimeUnit.SECONDS)).callingDevice().deviceId());
    }

    /** Records what is sent, throws for the calling device 102, and lets the test hand in replies. */
    private static final class HandDrivenTransport implements Transport {
        final List<GenericMessage> sent = new CopyOnWriteArrayList<>();
        private volatile TransportListener listener;

        @Override
        public CompletableFuture<Void> connect(TransportListener newListener) {
            listener = newListener;
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Void> send(OutgoingMessage outgoing, Duration replyTimeout) {
            GenericMessage message = new GenericMessage(outgoing.name(), MessageBinder.standard().fieldTree(outgoing));
            sent.add(message);
            if ("102".equals(message.text("callingDevice"))) {
                throw new IllegalStateException("cannot send 102");
            }
            return CompletableFuture.completedFuture(null);
        }

        void reply(CstaResponse response) {
            listener.onMessage(MessageBinder.standard().unbind(response), 100);
        }

        @Override
        public void setReading(ReadMode mode) {
        }

        @Override
        public void close() {
            listener.onClosed(null);
        }
    }
}
