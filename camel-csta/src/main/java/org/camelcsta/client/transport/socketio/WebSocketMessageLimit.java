package org.camelcsta.client.transport.socketio;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A websocket connection's bytes on their way to OkHttp, failed at the first message whose length, as its frame
 * headers announce it, passes the limit. OkHttp reads a whole message before it hands it over and has no limit of its
 * own: without this, one message could fill the heap before the frame limit is ever checked. The messages before it
 * are handed over first. The server's answer to the upgrade comes before the frames and is only looked through; an
 * answer other than {@code 101} leaves the rest unchecked, as OkHttp refuses it anyway.
 */
final class WebSocketMessageLimit extends FilterInputStream {

    private static final byte[] HEAD_END = { '\r', '\n', '\r', '\n' };
    private static final int STATUS_LINE_CAP = 64;
    private static final int CONTINUATION = 0;
    private static final int FIRST_CONTROL_OPCODE = 8;

    private enum State { STATUS_LINE, HEAD, FRAME_HEADER, PAYLOAD, UNCHECKED }

    private final long limit;
    private final StringBuilder statusLine = new StringBuilder();
    private final byte[] header = new byte[14];
    private final byte[] single = new byte[1];
    private State state = State.STATUS_LINE;
    private int headEndMatched;
    private int headerLength;
    private long payloadLeft;
    private long messageLength;
    /** Thrown at the next read once the bytes before the offending frame were handed over. */
    private IOException overLimit;

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
        if (overLimit != null) {
            throw overLimit;
        }
        int read = in.read(bytes, offset, length);
        if (read <= 0) {
            return read;
        }
        int passed = look(bytes, offset, read);
        if (passed == 0 && overLimit != null) {
            throw overLimit;
        }
        return passed;
    }

    /** Skipped bytes are read, so that they are looked at too. */
    @Override
    public long skip(long n) throws IOException {
        return Math.max(read(new byte[(int) Math.min(n, 8192)]), 0);
    }

    /** How many of the bytes read go on: all of them, or those before a frame header over the limit. */
    private int look(byte[] bytes, int offset, int length) {
        int end = offset + length;
        for (int i = offset; i < end && state != State.UNCHECKED;) {
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
            } else {
                head(bytes[i++]);
            }
        }
        return length;
    }

    private void head(byte b) {
        if (state == State.STATUS_LINE) {
            if (b == '\r') {
                state = State.HEAD;
            } else if (statusLine.length() < STATUS_LINE_CAP) {
                statusLine.append((char) (b & 0xFF));
            }
        }
        headEndMatched = b == HEAD_END[headEndMatched] ? headEndMatched + 1 : b == '\r' ? 1 : 0;
        if (headEndMatched == HEAD_END.length) {
            state = statusLine.toString().matches("HTTP/1\\.1 101( .*)?") ? State.FRAME_HEADER : State.UNCHECKED;
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
                overLimit = new IOException("the server began a websocket message of more than " + limit
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
