package org.camelcsta.client;

import java.util.function.Supplier;

import org.camelcsta.protocol.LogText;
import org.camelcsta.protocol.codec.MessageBinder;
import org.camelcsta.protocol.model.CstaEvent;
import org.camelcsta.protocol.model.GenericMessage;

/**
 * An event as the connection read it, bound to its typed record by the first event thread that hands it over, once
 * for all its subscribers. Binding is a large part of reading an event, and a connection has one I/O thread: done
 * there, it would bound how many events a session takes in, while the event threads wait.
 */
final class ReadEvent implements Supplier<CstaEvent> {

    private final GenericMessage message;
    private final MessageBinder binder;
    private final Object source;
    private CstaEvent event;
    private RuntimeException failure;

    /** @param source what read it, for the log (the session's key) */
    ReadEvent(GenericMessage message, MessageBinder binder, Object source) {
        this.message = message;
        this.binder = binder;
        this.source = source;
    }

    /** The typed event, or the message itself where its name is not modelled. */
    @Override
    public synchronized CstaEvent get() {
        if (event == null && failure == null) {
            try {
                event = (CstaEvent) binder.bind(message);
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw new IllegalArgumentException("a " + LogText.cap(message.name()) + " from " + source
                                               + " that cannot be read: " + failure.getMessage(), failure);
        }
        return event;
    }
}
