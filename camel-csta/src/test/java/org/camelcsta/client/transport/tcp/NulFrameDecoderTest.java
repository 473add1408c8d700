package org.camelcsta.client.transport.tcp;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.Logger;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A frame over the limit is refused and logged; the frames after it are still read. */
class NulFrameDecoderTest {

    private final EmbeddedChannel channel = new EmbeddedChannel(new NulFrameDecoder(16));
    private final Logger logger = (Logger) LogManager.getLogger(NulFrameDecoder.class);
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
        assertEquals(List.of("WARN Refused a 17-byte message from embedded: over the limit of 16 bytes"),
                logged.stream().filter(line -> line.startsWith("WARN ")).toList());
    }
}
