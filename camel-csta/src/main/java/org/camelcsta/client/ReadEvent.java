package org.camelcsta.client;

import java.util.function.Supplier;

import org.camelcsta.client.transport.CauseText;
import org.camelcsta.client.transport.SkippedMessages;
import org.camelcsta.protocol.codec.MessageBinder;
import org.camelcsta.protocol.model.CstaEvent;
import org.camelcsta.protocol.model.GenericMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An event as the connection read it, bound to its typed record by the first thread that hands it over (an
 * event thread, or the reading thread for a new leg's watch), once for all its subscribers. Binding is a large
 * part of reading an event, and a connection has one I/O thread: done there, it would bound how many events a
 * session takes in, while the event threads wait.
 */
final class ReadEvent implements Supplier<CstaEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(ReadEvent.class);

    private final MessageBinder binder;
    private final SessionKey source;
    private final SkippedMessages unreadable;
    private GenericMessage message; // until bound
    private CstaEvent event;

    /** @param unreadable where the events of its session that cannot be read are logged ({@link #skippedEvents()}) */
    ReadEvent(GenericMessage message, MessageBinder binder, SessionKey source, SkippedMessages unreadable) {
        this.message = message;
        this.binder = binder;
        this.source = source;
        this.unreadable = unreadable;
    }

    /** The log of one session's events that cannot be read: a server that sends only such events cannot flood it. */
    static SkippedMessages skippedEvents() {
        return new SkippedMessages(LOG);
    }

    /**
     * The typed event, or the message itself where its name is not modelled; {@code null} for an event that cannot be
     * read, which is logged once ({@link SkippedMessages}) and skipped by every subscriber.
     */
    @Override
    public synchronized CstaEvent get() {
        if (message != null) {
            try {
                event = (CstaEvent) binder.bind(message);
            } catch (RuntimeException e) {
                unreadable.log("Skipped an event from {} that cannot be read: {}", source, CauseText.of(e));
            }
            message = null;
        }
        return event;
    }
}
