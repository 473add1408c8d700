package org.camelcsta.client;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

import org.camelcsta.client.transport.CauseText;
import org.camelcsta.client.transport.Transport;
import org.camelcsta.protocol.model.CstaResponse;
import org.camelcsta.protocol.model.ResetApplicationSessionTimer;
import org.camelcsta.protocol.model.ResetApplicationSessionTimerPosResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resets the server's session timer at half its length, on the logged-in connection. An unanswered reset means
 * a dead connection: its timeout counts from its writing (not from its queueing behind other requests on a
 * server that takes one at a time), and its reply is read even while a subscriber is behind, since a reply is
 * then awaited. One exception: while reading is stopped at the byte budget no reply can be read, so the
 * connection cannot be judged; the next reset judges it (and the transport's own liveness, TCP keep-alive or
 * Engine.IO's ping, works meanwhile).
 */
final class KeepAlive {

    private static final Logger LOG = LoggerFactory.getLogger(KeepAlive.class);

    private final SessionSettings settings;
    private final ScheduledExecutorService timers;
    private final SessionRequests requests;
    private final ReadGate readGate;
    private final BiConsumer<Transport, Throwable> deadConnection;
    private Transport connection;
    private ScheduledFuture<?> next;

    /**
     * @param deadConnection told of a connection whose keep-alive went unanswered
     */
    KeepAlive(SessionSettings settings, ScheduledExecutorService timers, SessionRequests requests, ReadGate readGate,
              BiConsumer<Transport, Throwable> deadConnection) {
        this.settings = settings;
        this.timers = timers;
        this.requests = requests;
        this.readGate = readGate;
        this.deadConnection = deadConnection;
    }

    /** Keeps this connection's session alive; {@code seconds} is the length the server granted, if it said. */
    synchronized void start(Transport loggedIn, Integer seconds) {
        stop();
        if (!settings.keepAlive() || !settings.transport().hasEvents()) {
            return;
        }
        connection = loggedIn;
        schedule(loggedIn, seconds);
    }

    synchronized void stop() {
        connection = null;
        if (next != null) {
            next.cancel(false);
            next = null;
        }
    }

    private void schedule(Transport target, Integer seconds) {
        int length = seconds == null || seconds <= 0 ? settings.sessionDuration() : seconds;
        next = timers.schedule(() -> reset(target, length), Math.max(100, length * 1000L / 2), TimeUnit.MILLISECONDS);
    }

    private void reset(Transport target, int lastLength) {
        CompletableFuture<CstaResponse> reply = new CompletableFuture<>();
        reply.whenComplete((response, error) -> answered(target, lastLength, response, error));
        requests.send(target, new ResetApplicationSessionTimer(settings.sessionDuration()), reply);
    }

    private void answered(Transport target, int lastLength, Object response, Throwable error) {
        Throwable cause = CompletionCause.of(error);
        if (cause instanceof CstaTimeoutException && !readGate.isStopped()) {
            LOG.warn("Session keep-alive to {} unanswered: the connection is taken as dead", settings.key());
            deadConnection.accept(target, new CstaConnectionException("keep-alive to " + settings.key() + " unanswered", cause));
            return;
        }
        if (cause != null) {
            LOG.warn("Session keep-alive to {} failed: {}", settings.key(), CauseText.of(cause));
        }
        Integer granted = response instanceof ResetApplicationSessionTimerPosResponse reset ? reset.actualSessionDuration() : null;
        synchronized (this) {
            if (connection == target) {
                schedule(target, granted == null ? lastLength : granted);
            }
        }
    }
}
