package org.camelcsta.client.transport.socketio;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.camelcsta.testing.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.awaitility.Awaitility.await;
import static org.camelcsta.client.transport.socketio.HandWrittenSocketIoServer.binary;
import static org.camelcsta.client.transport.socketio.HandWrittenSocketIoServer.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Named.named;

/**
 * A websocket message that the socket.io library cannot read is refused before it gets there: the library would end
 * the connection on a text message of no Engine.IO packet type, and fail on the thread that delivers every message
 * on a binary one, a binary packet with no attachment count or an open packet without its handshake. A message that
 * it reads but whose payload is not JSON is skipped. After each such message the next one is read, on the same
 * connection, and the library failed on nothing.
 */
class SocketIoUnreadablePacketTest {

    private static final String NOT_JSON = "42[\"message\",\"{\\\"MakeCall\"]";
    private static final String REPLY =
            "42[\"message\",{\"MakeCallResponse\":{\"callingDevice\":{\"callID\":\"SIP/1\",\"deviceID\":\"1\"}}}]";

    /** Where the library logs what failed on its event thread; held here, as JUL holds its loggers weakly. */
    private final Logger eventThreadLog = Logger.getLogger("io.socket.thread.EventThread");
    private final List<LogRecord> failures = new CopyOnWriteArrayList<>();
    private final Handler failureCapture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                failures.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    // the connection's two logs of skipped messages: refused before the library, and payloads that are not JSON
    private final LogCapture refusals = LogCapture.of(PausableWebSocketFactory.class);
    private final LogCapture skips = LogCapture.of(SocketIoTransport.class);

    @BeforeEach
    void captureTheLibrarysFailures() {
        eventThreadLog.addHandler(failureCapture);
    }

    @AfterEach
    void releaseTheCapture() {
        eventThreadLog.removeHandler(failureCapture);
        refusals.close();
        skips.close();
    }

    static Stream<Arguments> unreadable() {
        return Stream.of(
                message("an empty text message", out -> text(out, "")),
                message("a text message of no packet type", out -> text(out, "x{\"MakeCallResponse\":{}}")),
                message("a packet type beyond Engine.IO's", out -> text(out, "9")),
                message("a binary event whose attachment count is no number", out -> text(out, "45x-[\"message\",{}]")),
                message("a binary event named by another script's digit",
                        out -> text(out, "4\u0665x-[\"message\",{}]")),
                message("an open packet without its handshake", out -> text(out, "0")),
                message("a binary message", out -> binary(out, new byte[] { 4, 1, 2 })),
                message("an empty binary message", out -> binary(out, new byte[0])),
                // the library reads it; the transport skips it
                message("a message whose payload is not JSON", out -> text(out, NOT_JSON)));
    }

    private static Arguments message(String name, HandWrittenSocketIoServer.Script script) {
        return Arguments.of(named(name, script));
    }

    @ParameterizedTest
    @MethodSource("unreadable")
    void isRefusedAndTheNextMessageIsReadOnTheSameConnection(HandWrittenSocketIoServer.Script unreadable)
            throws Exception {
        try (HandWrittenSocketIoServer server = new HandWrittenSocketIoServer()) {
            server.connect(16 * 1024, out -> {
                unreadable.write(out);
                text(out, REPLY);
            });

            await().atMost(Duration.ofSeconds(5)).until(() -> !server.messages.isEmpty());
            assertEquals("MakeCallResponse", server.messages.get(0).name());
            assertFalse(server.closed.isDone(), () -> "the connection ended: " + server.closed.join());
            assertEquals(List.of(), failures.stream().map(LogRecord::getMessage).toList(),
                    "the library failed on no message");
        }
    }

    @Test
    void aFloodOfRefusedMessagesIsOneWarningAndTheNextMessageIsRead() throws Exception {
        try (HandWrittenSocketIoServer server = new HandWrittenSocketIoServer()) {
            server.connect(16 * 1024, out -> {
                for (int i = 0; i < 300; i++) {
                    text(out, "x");
                    binary(out, new byte[] { 4 });
                    text(out, "x".repeat(16 * 1024 + 1));
                    text(out, NOT_JSON);
                }
                text(out, REPLY);
            });

            await().atMost(Duration.ofSeconds(5)).until(() -> !server.messages.isEmpty());
            assertEquals("MakeCallResponse", server.messages.get(0).name());
            assertFalse(server.closed.isDone(), () -> "the connection ended: " + server.closed.join());
            assertEquals(List.of("WARN Refused a socket.io message that the library cannot read (no Engine.IO packet "
                                 + "type): x (more within a minute at DEBUG, counted in the next warning)"),
                    refusals.warnings());
            assertEquals(1, skips.warnings().size(), skips.lines()::toString);
        }
    }
}
