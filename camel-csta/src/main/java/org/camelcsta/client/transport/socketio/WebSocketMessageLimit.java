package org.camelcsta.client.transport.socketio;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.camelcsta.protocol.LogText;

/**
 * A websocket connection's bytes on their way to OkHttp, failed at the first message whose length, as its frame
 * headers announce it, passes the limit. OkHttp reads a whole message before it hands it over and has no limit of its
 * own: without this, one message could fill the heap before the frame limit is ever checked. The messages before it
 * are handed over first. The server's answer to the upgrade comes before the frames: its head is handed over as it
 * is (after an interim {@code 1xx}, the next one); after a final answer other than {@code 101}, which OkHttp refuses,
 * nothing more is, so that no byte reaches OkHttp unchecked and the connection is never used again.
 */
final class WebSocketMessageLimit extends FilterInputStream {

    private static final int STATUS_LINE_CAP = 64;
    private static final int SWITCHING_PROTOCOLS = 101;
    private static final int CONTINUATION = 0;
    private static final int FIRST_CONTROL_OPCODE = 8;

    private enum State { STATUS_LINE, HEAD, FRAME_HEADER, PAYLOAD }

    private final long limit;
    private final StringBuilder statusLine = new StringBuilder();
    private final byte[] header = new byte[14];
    private final byte[] single = new byte[1];
    private State state = State.STATUS_LINE;
    /** The current head line's length so far, and whether its last byte was a CR. */
    private int lineLength;
    private boolean lastWasCr;
    private int headerLength;
    private long payloadLeft;
    private long messageLength;
    /** Thrown at the next read once the bytes before the offending frame, or head, were handed over. */
    private IOException failure;

    /** @param limit the longest message let through, in bytes */
    WebSocketMessageLimit(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int read = read(single, 0, 1);
        return read < 0 ? read : single[0] & 0xFF;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        if (failure != null) {
            throw failure;
        }
        int read = in.read(bytes, offset, length);
        if (read <= 0) {
            return read;
        }
        int passed = look(bytes, offset, read);
        if (passed == 0 && failure != null) {
            throw failure;
        }
        return passed;
    }

    /** Skipped bytes are read, so that they are looked at too. */
    @Override
    public long skip(long n) throws IOException {
        return n <= 0 ? 0 : Math.max(read(new byte[(int) Math.min(n, 8192)]), 0);
    }

    /** How many of the bytes read go on: all of them, or those before a frame header over the limit or a refusal. */
    private int look(byte[] bytes, int offset, int length) {
        int end = offset + length;
        for (int i = offset; i < end;) {
            if (state == State.PAYLOAD) {
                int skipped = (int) Math.min(payloadLeft, end - i);
                i += skipped;
                payloadLeft -= skipped;
                if (payloadLeft == 0) {
                    state = State.FRAME_HEADER;
                }
            } else if (state == State.FRAME_HEADER) {
                if (!frameHeader(bytes[i++])) {
                    // the header began in this read, or in one already handed over
                    return Math.max(i - headerLength - offset, 0);
                }
            } else if (!head(bytes[i++])) {
                return i - offset;
            }
        }
        return length;
    }

    /**
     * Takes one byte of the answer's head, whose lines end with LF, a CR just before it dropped, as OkHttp reads them (a
     * line of one CR is a header to OkHttp, not the head's end); {@code false} at the end of a final answer other than
     * {@code 101}.
     */
    private boolean head(byte b) {
        if (b != '\n') {
            lineLength++;
            lastWasCr = b == '\r';
            if (state == State.STATUS_LINE && statusLine.length() < STATUS_LINE_CAP) {
                statusLine.append((char) (b & 0xFF));
            }
            return true;
        }
        boolean headEnds = state == State.HEAD && lineLength == (lastWasCr ? 1 : 0);
        lineLength = 0;
        lastWasCr = false;
        if (!headEnds) {
            state = State.HEAD;
            return true;
        }
        int status = statusCode();
        if (status == SWITCHING_PROTOCOLS) {
            state = State.FRAME_HEADER;
        } else if (status >= 100 && status < 200) {
            statusLine.setLength(0); // an interim answer: the next head follows
            state = State.STATUS_LINE;
        } else {
            failure = new IOException("the server answered the websocket upgrade with '"
                                      + LogText.cap(statusLine.toString().strip()) + "': nothing after it is read");
            return false;
        }
        return true;
    }

    /** The status line's code, {@code -1} if it has none. */
    private int statusCode() {
        String line = statusLine.toString();
        int space = line.indexOf(' ');
        if (space < 0 || line.length() < space + 4) {
            return -1;
        }
        try {
            return Integer.parseInt(line.substring(space + 1, space + 4));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Takes one byte of a frame header; {@code false} once a header shows its message over the limit. */
    private boolean frameHeader(byte b) {
        header[headerLength++] = b;
        if (headerLength < 2 || headerLength < fullHeaderLength()) {
            return true;
        }
        long payload = payloadLength();
        int opcode = header[0] & 0x0F;
        if (opcode < FIRST_CONTROL_OPCODE) {
            messageLength = (opcode == CONTINUATION ? messageLength : 0) + payload;
            if (payload < 0 || messageLength < 0 || messageLength > limit) {
                failure = new IOException("the server began a websocket message of more than " + limit
                                            + " bytes: over the frame limit");
                return false;
            }
        }
        headerLength = 0;
        payloadLeft = payload;
        state = payloadLeft > 0 ? State.PAYLOAD : State.FRAME_HEADER;
        return true;
    }

    /** The frame header's length, once its first two bytes are in. */
    private int fullHeaderLength() {
        int length7 = header[1] & 0x7F;
        int extended = length7 == 126 ? 2 : length7 == 127 ? 8 : 0;
        boolean masked = (header[1] & 0x80) != 0;
        return 2 + extended + (masked ? 4 : 0);
    }

    /** Negative where a 64-bit length has its top bit set: no message is that long. */
    private long payloadLength() {
        int length7 = header[1] & 0x7F;
        if (length7 < 126) {
            return length7;
        }
        int bytes = length7 == 126 ? 2 : 8;
        long length = 0;
        for (int i = 0; i < bytes; i++) {
            length = (length << 8) | (header[2 + i] & 0xFF);
        }
        return length;
    }
}
