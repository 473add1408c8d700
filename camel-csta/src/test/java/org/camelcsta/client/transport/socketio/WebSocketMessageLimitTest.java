package org.camelcsta.client.transport.socketio;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Frame headers are read as they pass, however the bytes are split, and only data messages count. */
class WebSocketMessageLimitTest {

    private static final byte[] UPGRADED = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    private static final int TEXT = 0x1;
    private static final int CONTINUATION = 0x0;
    private static final int PING = 0x9;

    @Test
    void messagesWithinTheLimitPassUnchangedEvenByteByByte() throws IOException {
        byte[] wire = concat(UPGRADED, frame(true, TEXT, 1000), frame(true, PING, 100), frame(true, TEXT, 70_000));
        WebSocketMessageLimit limited = new WebSocketMessageLimit(new ByteArrayInputStream(wire), 70_000);
        ByteArrayOutputStream passed = new ByteArrayOutputStream();
        for (int b = limited.read(); b >= 0; b = limited.read()) {
            passed.write(b);
        }
        assertArrayEquals(wire, passed.toByteArray());
    }

    @Test
    void theFramesOfOneMessageCountTogetherAndWhatCameBeforeThemIsHandedOverFirst() throws IOException {
        byte[] before = concat(UPGRADED, frame(true, TEXT, 500));
        byte[] wire = concat(before, frame(false, TEXT, 600), frame(true, CONTINUATION, 600));
        WebSocketMessageLimit limited = new WebSocketMessageLimit(new ByteArrayInputStream(wire), 1000);

        byte[] read = new byte[wire.length];
        int first = limited.read(read, 0, read.length);

        assertTrue(first >= before.length && first < wire.length, "handed over: " + first);
        IOException refused = assertThrows(IOException.class, () -> readAll(limited));
        assertTrue(refused.getMessage().contains("more than 1000 bytes"), refused.getMessage());
    }

    @Test
    void aMessageAnnouncedOverTheLimitIsRefusedBeforeItsPayload() {
        byte[] header = { (byte) 0x81, 127, 0, 0, 0, 0, 0x40, 0, 0, 0 };
        WebSocketMessageLimit limited = new WebSocketMessageLimit(new ByteArrayInputStream(concat(UPGRADED, header)),
                1 << 20);
        assertThrows(IOException.class, () -> readAll(limited));
    }

    @Test
    void anAnswerOtherThanAnUpgradeIsNotReadAsFrames() throws IOException {
        byte[] wire = concat("HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1),
                new byte[] { (byte) 0x81, 127, (byte) 0xFF, (byte) 0xFF });
        assertEquals(wire.length, readAll(new WebSocketMessageLimit(new ByteArrayInputStream(wire), 10)));
    }

    private static int readAll(InputStream in) throws IOException {
        int total = 0;
        byte[] buffer = new byte[37]; // an odd size, so that headers fall across reads
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            total += read;
        }
        return total;
    }

    /** An unmasked frame, as a server sends it. */
    private static byte[] frame(boolean fin, int opcode, int payloadLength) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write((fin ? 0x80 : 0) | opcode);
        if (payloadLength < 126) {
            out.write(payloadLength);
        } else if (payloadLength < 65536) {
            out.write(126);
            out.write(payloadLength >> 8);
            out.write(payloadLength & 0xFF);
        } else {
            out.write(127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                out.write((int) ((long) payloadLength >> shift) & 0xFF);
            }
        }
        out.writeBytes(new byte[payloadLength]);
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
