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

    private final Map<String, GenericMessage> lastRead = new HashMap<>();

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
        GenericMessage last = lastRead.put(crossRef, new GenericMessage(event.name(), event.fields().deepCopy()));
        if (last != null && sameEvent(last, event)) {
            lastRead.remove(crossRef);
            return true;
        }
        return false;
    }

    private static boolean sameEvent(GenericMessage one, GenericMessage other) {
        return one.name().equals(other.name()) && withoutTime(one.fields()).equals(withoutTime(other.fields()));
    }

    private static ObjectNode withoutTime(ObjectNode fields) {
        if (!(fields.get("privateData") instanceof ObjectNode privateData) || !privateData.has(TIME)) {
            return fields;
        }
        ObjectNode copy = fields.deepCopy();
        ((ObjectNode) copy.get("privateData")).remove(TIME);
        return copy;
    }
}
