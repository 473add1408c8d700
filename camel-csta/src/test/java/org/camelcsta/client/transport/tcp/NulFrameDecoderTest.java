package org.camelcsta.client.transport.tcp;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import org.camelcsta.testing.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A frame over the limit is refused and logged; the frames after it are still read. */
class NulFrameDecoderTest {

    private final EmbeddedChannel channel = new EmbeddedChannel(new NulFrameDecoder(16));
    private final LogCapture log = LogCapture.of(NulFrameDecoder.class);

    @AfterEach
    void release() {
        channel.finishAndReleaseAll();
        log.close();
    }

    @Test
    void aFloodOfFramesOverTheLimitIsOneWarningAndTheNextFrameIsRead() {
        StringBuilder stream = new StringBuilder();
        for (int i = 0; i < 1_000; i++) {
            stream.append("<SeventeenBytes/>").append('\0');
        }
        stream.append("<Reply/>").append('\0');
        assertTrue(channel.writeInbound(Unpooled.wrappedBuffer(stream.toString().getBytes(StandardCharsets.UTF_8))));

        ByteBuf frame = channel.readInbound();
        try {
            assertEquals("<Reply/>", frame.toString(StandardCharsets.UTF_8));
        } finally {
            frame.release();
        }
        assertNull(channel.readInbound(), "no frame but the reply");
        assertEquals(List.of("WARN Refused a 17-byte message from embedded: over the limit of 16 bytes (more within a "
                             + "minute at DEBUG, counted in the next warning)"), log.warnings());
    }
}
