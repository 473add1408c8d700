package org.camelcsta.examples.springboot;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The latest call events of the monitored devices, newest last; at most {@code examples.call-log.size}. */
@Component
public class CallLog {

    /** One line of the log. */
    public record Entry(Instant at, String event, String device, String callId, String cause) {
    }

    private final int size;
    private final Deque<Entry> entries = new ArrayDeque<>();

    public CallLog(@Value("${examples.call-log.size:100}") int size) {
        this.size = size;
    }

    public synchronized void add(Entry entry) {
        if (entries.size() == size) {
            entries.removeFirst();
        }
        entries.addLast(entry);
    }

    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }
}
