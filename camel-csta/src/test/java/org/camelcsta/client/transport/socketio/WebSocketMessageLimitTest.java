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
        byte[] wire = concat(UPGRADED, frame(true, TEXT, 1000), frame(true, PING, 100), masked(frame(true, TEXT, 300)),
                frame(false, TEXT, 40_000), frame(true, PING, 10), frame(true, CONTINUATION, 30_000));
        WebSocketMessageLimit limited = new WebSocketMessageLimit(new ByteArrayInputStream(wire), 70_000);
        ByteArrayOutputStream passed = new ByteArrayOutputStream();
        for (int b = limited.read(); b >= 0; b = limited.read()) {
            passed.write(b);
        }
        assertArrayEquals(wire, passed.toByteArray());
    }

    @Test
    void theFramesOfOneMessageCountTogetherAndWhatCameBeforeTheOffendingOneIsHandedOverFirst() throws IOException {
        byte[] before = concat(UPGRADED, frame(true, TEXT, 500), frame(false, TEXT, 600), frame(true, PING, 20));
        byte[] wire = concat(before, frame(true, CONTINUATION, 600));
        WebSocketMessageLimit limited = new WebSocketMessageLimit(new ByteArrayInputStream(wire), 1000);

        assertEquals(before.length, limited.read(new byte[wire.length], 0, wire.length));
        IOException refused = assertThrows(IOException.class, () -> readAll(limited));
        assertTrue(refused.getMessage().contains("more than 1000 bytes"), refused.getMessage());
    }

    @Test
    void aMessageAnnouncedOverTheLimitIsRefusedBeforeItsPayloadWhateverTheHeadsLineEnds() {
        byte[] header = { (byte) 0x81, 127, 0, 0, 0, 0, 0x40, 0, 0, 0 };
        byte[] interimThenUpgrade = "HTTP/1.1 100 Continue\n\nHTTP/1.1 101 Switching Protocols\nUpgrade: websocket\n\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        // a line of one CR is a header to OkHttp: what follows it is still the head, not a frame to skip
        byte[] crLineThenFakeFrame = ("HTTP/1.1 101 Switching Protocols\r\n\r\r\nX-Fake: ab\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        for (byte[] head : new byte[][] { UPGRADED, interimThenUpgrade, crLineThenFakeFrame }) {
            WebSocketMessageLimit limited = new WebSocketMessageLimit(new ByteArrayInputStream(concat(head, header)),
                    1 << 20);
            assertThrows(IOException.class, () -> readAll(limited));
        }
    }

    @Test
    void anAnswerOtherThanAnUpgradeIsHandedOverAndNothingAfterIt() throws IOException {
        byte[] head = "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] wire = concat(head, new byte[] { (byte) 0x81, 127, (byte) 0xFF, (byte) 0xFF, 0, 0, 0, 0, 0, 0 });
        WebSocketMessageLimit limited = new WebSocketMessageLimit(new ByteArrayInputStream(wire), 10);

        assertEquals(head.length, limited.read(new byte[wire.length], 0, wire.length));
        IOException refused = assertThrows(IOException.class, () -> readAll(limited));
        assertTrue(refused.getMessage().contains("'HTTP/1.1 200 OK'"), refused.getMessage());
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

    /** The same frame as a client sends it, with a masking key (all zero: the payload reads the same). */
    private static byte[] masked(byte[] frame) {
        int headerLength = (frame[1] & 0x7F) < 126 ? 2 : (frame[1] & 0x7F) == 126 ? 4 : 10;
        byte[] out = new byte[frame.length + 4];
        System.arraycopy(frame, 0, out, 0, headerLength);
        out[1] |= (byte) 0x80;
        System.arraycopy(frame, headerLength, out, headerLength + 4, frame.length - headerLength);
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
