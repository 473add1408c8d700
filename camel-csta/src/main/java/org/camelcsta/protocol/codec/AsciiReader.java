package org.camelcsta.protocol.codec;

import java.io.Reader;
import java.util.Objects;

/**
 * ASCII bytes read as the characters they are: no decoding, and no copy of the document besides the reader's own
 * buffer. The bytes from {@code start} on must be ASCII ({@link StrictUtf8#isAscii}).
 */
final class AsciiReader extends Reader {

    private final byte[] bytes;
    private int position;

    AsciiReader(byte[] bytes, int start) {
        this.bytes = bytes;
        this.position = start;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length == 0) {
            return 0;
        }
        int count = Math.min(length, bytes.length - position);
        if (count <= 0) {
            return -1;
        }
        for (int i = 0; i < count; i++) {
            buffer[offset + i] = (char) bytes[position + i];
        }
        position += count;
        return count;
    }

    @Override
    public void close() {
        // nothing to release: the bytes are the caller's
    }
}
