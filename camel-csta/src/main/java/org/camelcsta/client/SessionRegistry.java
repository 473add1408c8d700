package org.camelcsta.client;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shares sessions: everyone asking for the same {@link SessionKey} gets the same session, which closes
 * when the last of them releases it. The first settings given for a key are the session's.
 */
public final class SessionRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(SessionRegistry.class);

    private final ClientResources resources;
    private final Consumer<CstaSession> onCreated;
    private final Consumer<CstaSession> onClosed;
    private final Map<SessionKey, Shared> sessions = new HashMap<>();

    /**
     * @param onCreated told of every new session (e.g. to register its health check)
     * @param onClosed  told of every closed session
     */
    public SessionRegistry(ClientResources resources, Consumer<CstaSession> onCreated, Consumer<CstaSession> onClosed) {
        this.resources = resources;
        this.onCreated = onCreated;
        this.onClosed = onClosed;
    }

    /** The shared session for these settings, created (not yet connected) if there is none. */
    public synchronized CstaSession acquire(SessionSettings settings) {
        Shared shared = sessions.get(settings.key());
        if (shared != null && shared.session.settings().conflictsWith(settings)) {
            LOG.warn("{} is shared with settings that differ from this endpoint's; the session keeps its own "
                     + "(first: {}, now: {})", settings.key(), shared.session.settings(), settings);
        }
        if (shared == null) {
            shared = new Shared(new CstaSession(settings, resources));
            sessions.put(settings.key(), shared);
            onCreated.accept(shared.session);
        }
        shared.users++;
        return shared.session;
    }

    /** One user is done with the session; the last one closes it. */
    public synchronized void release(CstaSession session) {
        Shared shared = sessions.get(session.settings().key());
        if (shared == null || shared.session != session || --shared.users > 0) {
            return;
        }
        sessions.remove(session.settings().key());
        close(session);
    }

    /** Closes every session, e.g. when the component stops. */
    public void closeAll() {
        List<CstaSession> all;
        synchronized (this) {
            all = new ArrayList<>();
            sessions.values().forEach(shared -> all.add(shared.session));
            sessions.clear();
        }
        all.forEach(this::close);
    }

    /** The sessions open now. */
    public synchronized List<CstaSession> sessions() {
        List<CstaSession> all = new ArrayList<>();
        sessions.values().forEach(shared -> all.add(shared.session));
        return all;
    }

    private void close(CstaSession session) {
        session.close();
        onClosed.accept(session);
    }

    private static final class Shared {
        private final CstaSession session;
        private int users;

        Shared(CstaSession session) {
            this.session = session;
        }
    }
}
