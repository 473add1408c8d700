package org.camelcsta.client;

import java.util.HashMap;
import java.util.Map;

import org.camelcsta.protocol.model.GenericMessage;

/**
 * Tells the copies of an event that a server sends once per monitor. Where an id is brought by two monitors of the
 * session, its own and its trunk's, such a server sends each event twice in a row on that id (csta-simulator does);
 * a server that sends it once sends it once. So while two monitors bring an id, an event equal to the one just read
 * on it is a copy, and the one after a copy is new again: an event that really comes twice (held, retrieved, held)
 * still comes twice. Used by one connection's reading thread only.
 */
final class MonitorCopies {

    private final Map<String, GenericMessage> lastRead = new HashMap<>();

    /**
     * @param twoMonitors whether two monitors of the session bring the event's id now
     * @return whether the event is a copy of the one just read on its id, to be dropped
     */
    boolean isCopy(String crossRef, GenericMessage event, boolean twoMonitors) {
        if (!twoMonitors) {
            if (!lastRead.isEmpty()) {
                lastRead.remove(crossRef); // one of its monitors stopped
            }
            return false;
        }
        GenericMessage last = lastRead.put(crossRef, event);
        if (event.equals(last)) {
            lastRead.remove(crossRef);
            return true;
        }
        return false;
    }
}
