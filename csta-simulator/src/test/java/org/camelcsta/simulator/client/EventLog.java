package org.camelcsta.simulator.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.awaitility.Awaitility;
import org.camelcsta.protocol.model.GenericMessage;

/** The events a client received, searched by name and cross-reference id; each event is found once. */
public final class EventLog {

    private final CstaTestClient client;
    private final List<GenericMessage> unread = new ArrayList<>();

    public EventLog(CstaTestClient client) {
        this.client = client;
    }

    /** Waits for the next event of that name on that {@code monitorCrossRefID}, and takes it. */
    public GenericMessage await(String name, String crossRefId) {
        AtomicReference<GenericMessage> found = new AtomicReference<>();
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> {
            drain();
            for (GenericMessage event : unread) {
                if (event.name().equals(name) && crossRefId.equals(event.text("monitorCrossRefID"))) {
                    found.set(event);
                    return true;
                }
            }
            return false;
        });
        unread.remove(found.get());
        return found.get();
    }

    /** The events not taken yet of that name on that cross-reference id. */
    public List<GenericMessage> unread(String name, String crossRefId) {
        drain();
        return unread.stream().filter(event -> event.name().equals(name)
                && crossRefId.equals(event.text("monitorCrossRefID"))).toList();
    }

    private synchronized void drain() {
        GenericMessage event;
        while ((event = client.events().poll()) != null) {
            unread.add(event);
        }
    }
}
