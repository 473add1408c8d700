package org.camelcsta.simulator.session;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The connected clients of the session transports (TCP and socket.io), for fault injection and observation. */
public final class SessionRegistry {

    private final Set<ClientSession> sessions = ConcurrentHashMap.newKeySet();

    void add(ClientSession session) {
        sessions.add(session);
    }

    void remove(ClientSession session) {
        sessions.remove(session);
    }

    /** Sessions logged in now. */
    public int loggedInCount() {
        return (int) sessions.stream().filter(ClientSession::isLoggedIn).count();
    }

    /** Closes every client connection at once; the servers keep listening. */
    public void dropAll() {
        sessions.forEach(session -> session.connection().close());
    }

    /** Sends every connected client one frame it cannot parse. */
    public void sendMalformedFrame() {
        sessions.forEach(session -> session.connection().sendMalformedFrame());
    }
}
