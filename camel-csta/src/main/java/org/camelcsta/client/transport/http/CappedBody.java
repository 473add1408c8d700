package org.camelcsta.client.transport.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;

import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.nio.entity.AbstractBinAsyncEntityConsumer;

/**
 * A reply's body, read up to a limit: the exchange fails as soon as the body grows past it, so that a peer that
 * sends more (or never stops) costs no more memory than the limit, as on TCP, where an oversized frame is skipped
 * while it streams.
 */
final class CappedBody extends AbstractBinAsyncEntityConsumer<byte[]> {

    private final int limit;
    private byte[] bytes = new byte[256];
    private int length;

    CappedBody(int limit) {
        this.limit = limit;
    }

    @Override
    protected void streamStart(ContentType contentType) {
        // any content type: a CSTA reply is told by its JSON, whatever the server declares
    }

    @Override
    protected int capacityIncrement() {
        return Integer.MAX_VALUE;
    }

    @Override
    protected void data(ByteBuffer src, boolean endOfStream) throws IOException {
        int size = src.remaining();
        if (size > limit - length) {
            throw new IOException("the reply is longer than the limit of " + limit + " bytes");
        }
        if (length + size > bytes.length) {
            bytes = Arrays.copyOf(bytes, (int) Math.min(limit, Math.max(2L * bytes.length, length + size)));
        }
        src.get(bytes, length, size);
        length += size;
    }

    @Override
    protected byte[] generateContent() {
        return length == bytes.length ? bytes : Arrays.copyOf(bytes, length);
    }

    @Override
    public void releaseResources() {
        // nothing to release: the body is a byte array
    }
}
