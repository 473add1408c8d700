package org.camelcsta.itests.faults;

import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;

/** Splits a forwarded byte stream at NUL bytes and hands over each complete frame; a cut-off tail is never handed. */
final class FrameSplitter {

    private final Consumer<byte[]> frames;
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();

    FrameSplitter(Consumer<byte[]> frames) {
        this.frames = frames;
    }

    void forwarded(byte[] bytes, int length) {
        int start = 0;
        for (int i = 0; i < length; i++) {
            if (bytes[i] == 0) {
                partial.write(bytes, start, i - start);
                frames.accept(partial.toByteArray());
                partial.reset();
                start = i + 1;
            }
        }
        partial.write(bytes, start, length - start);
    }
}
