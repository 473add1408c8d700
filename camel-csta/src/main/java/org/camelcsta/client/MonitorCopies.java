package org.camelcsta.client;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camelcsta.protocol.model.GenericMessage;

/**
 * Tells the copies of an event that a server sends once per monitor. Where the server runs two monitors that bring an
 * id (its own and its trunk's), a server that sends each monitor its copy sends each event twice in a row on that id,
 * as csta-simulator does; other servers send it once. So while two monitors bring an id, an event equal to the one
 * just read on it is taken for a copy, and the event after a copy for a new one: an event that says the same again
 * still comes through from a server that sends copies. Each copy is made as it is sent, so the time in
 * {@code privateData} may differ: it is not compared. Used by one connection's reading thread only.
 */
final class MonitorCopies {

    private static final String TIME = "timestamp";

    /** The last event read on each id that two monitors bring: its name and its fields but the time, a copy. */
    private final Map<String, Last> lastRead = new HashMap<>();

    /**
     * @param twoMonitors whether the server runs two monitors that bring the event's id now
     * @return whether the event is a copy of the one just read on its id, to be dropped
     */
    boolean isCopy(String crossRef, GenericMessage event, boolean twoMonitors) {
        if (!twoMonitors) {
            if (!lastRead.isEmpty()) {
                lastRead.remove(crossRef); // one of its monitors stopped
            }
            return false;
        }
        // a copy of its own: an unmodelled event is the body of the routes it reaches, which may change it
        Last read = new Last(event.name(), withoutTime(event.fields().deepCopy()));
        Last last = lastRead.put(crossRef, read);
        if (read.equals(last)) {
            lastRead.remove(crossRef);
            return true;
        }
        return false;
    }

    /** Takes the time out of the fields' privateData. */
    private static ObjectNode withoutTime(ObjectNode fields) {
        if (fields.get("privateData") instanceof ObjectNode privateData) {
            privateData.remove(TIME);
        }
        return fields;
    }

    private record Last(String name, ObjectNode fields) {
    }
}
