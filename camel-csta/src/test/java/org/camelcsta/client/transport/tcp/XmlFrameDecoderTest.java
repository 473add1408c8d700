package org.camelcsta.client.transport.tcp;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.Logger;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;
import org.camelcsta.protocol.codec.XmlCodec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A frame of XML's white space is passed over; any other frame that cannot be read is logged, then skipped. */
class XmlFrameDecoderTest {

    private final EmbeddedChannel channel = new EmbeddedChannel(new XmlFrameDecoder(new XmlCodec()));
    private final Logger logger = (Logger) LogManager.getLogger(XmlFrameDecoder.class);
    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final AbstractAppender appender = new AbstractAppender("captured", null, null, true, Property.EMPTY_ARRAY) {
        @Override
        public void append(LogEvent event) {
            logged.add(event.getLevel() + " " + event.getMessage().getFormattedMessage());
        }
    };

    @BeforeEach
    void captureTheLog() {
        appender.start();
        logger.addAppender(appender);
    }

    @AfterEach
    void release() {
        channel.finishAndReleaseAll();
        logger.removeAppender(appender);
        appender.stop();
    }

    @Test
    void passesOverAFrameOfWhiteSpace() {
        assertFalse(channel.writeInbound(frame(" \r\n\t")));
        assertEquals(List.of(), logged);
    }

    @Test
    void logsAFrameOfControlsThatJavaCountsAsWhiteSpace() {
        assertFalse(channel.writeInbound(frame("\u001C\u000B")));
        assertEquals(1, logged.size(), logged.toString());
        assertTrue(logged.get(0).startsWith("WARN Skipped a 2-byte message from "), logged.get(0));
        assertTrue(channel.isOpen());
    }

    @Test
    void decodesTheNextFrame() {
        channel.writeInbound(frame("\u001C"));
        assertEquals(1, logged.size(), logged.toString());
        assertTrue(channel.writeInbound(frame("<MonitorStartResponse/>")));
        assertEquals("MonitorStartResponse", channel.<DecodedFrame>readInbound().message().name());
    }

    @Test
    void aFloodOfUnreadableFramesIsOneWarning() {
        for (int i = 0; i < 1_000; i++) {
            channel.writeInbound(frame("\u001C"));
        }
        assertTrue(channel.writeInbound(frame("<MonitorStartResponse/>")));

        assertEquals(1, logged.stream().filter(line -> line.startsWith("WARN ")).count(), () -> logged.size() + " lines");
        assertEquals("MonitorStartResponse", channel.<DecodedFrame>readInbound().message().name());
    }

    private static Object frame(String text) {
        return Unpooled.wrappedBuffer(text.getBytes(StandardCharsets.UTF_8));
    }
}
