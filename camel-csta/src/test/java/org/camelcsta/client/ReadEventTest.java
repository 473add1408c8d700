package org.camelcsta.client;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.Logger;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;
import org.camelcsta.client.transport.SkippedMessages;
import org.camelcsta.protocol.codec.MessageBinder;
import org.camelcsta.protocol.model.GenericMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An event that cannot be bound is skipped, and a session's flood of them is one warning. */
class ReadEventTest {

    private final MessageBinder binder = MessageBinder.standard();
    private final SessionKey source = SessionSettings.builder().host("127.0.0.1").port(7001)
            .credentials("user@domain", "secret", "1.pbx.example").build().key();
    private final Logger logger = (Logger) LogManager.getLogger(ReadEvent.class);
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
        logger.removeAppender(appender);
        appender.stop();
    }

    @Test
    void aFloodOfEventsThatCannotBeBoundIsOneWarning() {
        SkippedMessages unreadable = ReadEvent.skippedEvents();
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        fields.put("monitorCrossRefID", "1");
        fields.putArray("connection").add("not").add("a connection");

        for (int i = 0; i < 1_000; i++) {
            assertNull(new ReadEvent(new GenericMessage("DeliveredEvent", fields), binder, source, unreadable).get());
        }

        List<String> warnings = logged.stream().filter(line -> line.startsWith("WARN ")).toList();
        assertEquals(1, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).startsWith("WARN Skipped an event from "), warnings.get(0));
    }
}
