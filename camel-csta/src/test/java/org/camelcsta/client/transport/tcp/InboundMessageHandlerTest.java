package org.camelcsta.client.transport.tcp;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.netty.channel.embedded.EmbeddedChannel;
import org.camelcsta.client.CstaConnectionException;
import org.camelcsta.client.transport.TransportListener;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.testing.LogCapture;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a failure in handing a message over does to the connection. */
class InboundMessageHandlerTest {

    private final List<Throwable> closedBy = new CopyOnWriteArrayList<>();
    private volatile Throwable thrownByTheSession;
    private final List<String> reported = new CopyOnWriteArrayList<>();

    private final EmbeddedChannel channel = new EmbeddedChannel(new InboundMessageHandler(new TransportListener() {
        @Override
        public void onMessage(GenericMessage message, int frameSize) {
            reported.add("message");
            Throwable thrown = thrownByTheSession;
            if (thrown instanceof Error error) {
                throw error;
            }
            if (thrown instanceof RuntimeException exception) {
                throw exception;
            }
        }

        @Override
        public void onReadComplete() {
            reported.add("read complete");
        }

        @Override
        public void onClosed(Throwable cause) {
            closedBy.add(cause);
        }
    }, "127.0.0.1:7001"));

    @Test
    void reportsTheEndOfAReadOnceAfterItsMessages() {
        channel.writeInbound(frame(), frame());
        assertEquals(List.of("message", "message", "read complete"), reported);
    }

    @Test
    void keepsTheConnectionWhenTheSessionFailsOnAMessage() {
        thrownByTheSession = new IllegalStateException("a bug in the session");
        channel.writeInbound(frame());
        assertTrue(channel.isOpen());
        assertTrue(closedBy.isEmpty());
    }

    @Test
    void aFloodOfMessagesTheSessionFailsOnIsOneWarning() {
        thrownByTheSession = new IllegalStateException("a bug in the session");
        try (LogCapture log = LogCapture.of(InboundMessageHandler.class)) {
            for (int i = 0; i < 1_000; i++) {
                channel.writeInbound(frame());
            }
            assertEquals(1, log.warnings().size(), () -> log.lines().size() + " lines");
        }
        assertTrue(channel.isOpen());
    }

    @Test
    void closesTheConnectionAndSaysWhyOnAnError() {
        thrownByTheSession = new StackOverflowError();
        channel.writeInbound(frame());
        assertFalse(channel.isOpen(), "an Error is not one message's problem");
        assertEquals(1, closedBy.size());
        assertInstanceOf(StackOverflowError.class,
                assertInstanceOf(CstaConnectionException.class, closedBy.get(0)).getCause());
    }

    private static DecodedFrame frame() {
        return new DecodedFrame(new GenericMessage("DeliveredEvent", JsonNodeFactory.instance.objectNode()), 10);
    }
}
