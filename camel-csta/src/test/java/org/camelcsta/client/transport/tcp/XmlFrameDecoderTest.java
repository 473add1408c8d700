package org.camelcsta.client.transport.tcp;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import org.camelcsta.protocol.codec.XmlCodec;
import org.camelcsta.testing.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A frame of XML's white space is passed over; any other frame that cannot be read is logged, then skipped. */
class XmlFrameDecoderTest {

    private final EmbeddedChannel channel = new EmbeddedChannel(new XmlFrameDecoder(new XmlCodec()));
    private final LogCapture log = LogCapture.of(XmlFrameDecoder.class);

    @AfterEach
    void release() {
        channel.finishAndReleaseAll();
        log.close();
    }

    @Test
    void passesOverAFrameOfWhiteSpace() {
        assertFalse(channel.writeInbound(frame(" \r\n\t")));
        assertEquals(List.of(), log.lines());
    }

    @Test
    void logsAFrameOfControlsThatJavaCountsAsWhiteSpace() {
        assertFalse(channel.writeInbound(frame("\u001C\u000B")));
        assertEquals(1, log.lines().size(), log.lines()::toString);
        assertTrue(log.lines().get(0).startsWith("WARN Skipped a 2-byte message from "), log.lines().get(0));
        assertTrue(channel.isOpen());
    }

    @Test
    void decodesTheNextFrame() {
        channel.writeInbound(frame("\u001C"));
        assertEquals(1, log.lines().size(), log.lines()::toString);
        assertTrue(channel.writeInbound(frame("<MonitorStartResponse/>")));
        assertEquals("MonitorStartResponse", channel.<DecodedFrame>readInbound().message().name());
    }

    @Test
    void aFloodOfUnreadableFramesIsOneWarning() {
        for (int i = 0; i < 1_000; i++) {
            channel.writeInbound(frame("\u001C"));
        }
        assertTrue(channel.writeInbound(frame("<MonitorStartResponse/>")));

        assertEquals(1, log.warnings().size(), () -> log.lines().size() + " lines");
        assertEquals("MonitorStartResponse", channel.<DecodedFrame>readInbound().message().name());
    }

    private static Object frame(String text) {
        return Unpooled.wrappedBuffer(text.getBytes(StandardCharsets.UTF_8));
    }
}
