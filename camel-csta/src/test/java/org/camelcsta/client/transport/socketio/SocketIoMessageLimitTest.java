package org.camelcsta.client.transport.socketio;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.camelcsta.client.transport.socketio.HandWrittenSocketIoServer.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The socket.io library reads a websocket message whole before it hands it over: a message announced longer than
 * the frame limit allows ends the connection as soon as its frame header is read, instead of being buffered for as
 * long as the server sends. The server sends one message within the limit, then the header of one far beyond it,
 * and no more.
 */
class SocketIoMessageLimitTest {

    private static final int LIMIT = 16 * 1024;

    @Test
    void aMessageAnnouncedFarOverTheLimitEndsTheConnectionBeforeItIsRead() throws Exception {
        try (HandWrittenSocketIoServer server = new HandWrittenSocketIoServer()) {
            server.connect(LIMIT, out -> {
                text(out, "42[\"message\",{\"MakeCallResponse\":{\"callingDevice\":{\"callID\":\"SIP/1\",\"deviceID\":\"1\"}}}]");
                // a text frame of 1 GiB announced; nothing of it follows
                out.write(new byte[] { (byte) 0x81, 127, 0, 0, 0, 0, 0x40, 0, 0, 0 });
            });

            await().atMost(Duration.ofSeconds(5)).until(() -> server.messages.size() == 1);
            assertEquals("MakeCallResponse", server.messages.get(0).name(), "a message within the limit is read");
            // the server sends nothing more: only the client can end the connection, and it does at the header
            server.closed.get(5, TimeUnit.SECONDS);
        }
    }
}
