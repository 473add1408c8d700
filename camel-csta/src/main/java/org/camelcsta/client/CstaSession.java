package org.camelcsta.client;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.camelcsta.client.transport.Transport;
import org.camelcsta.client.transport.TransportListener;
import org.camelcsta.protocol.CstaDecodeException;
import org.camelcsta.protocol.CstaException;
import org.camelcsta.protocol.codec.MessageBinder;
import org.camelcsta.protocol.model.CstaErrorCode;
import org.camelcsta.protocol.model.CstaEvent;
import org.camelcsta.protocol.model.CstaMessage;
import org.camelcsta.protocol.model.CstaRequest;
import org.camelcsta.protocol.model.CstaResponse;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.MessageTypes;
import org.camelcsta.protocol.model.MonitorStart;
import org.camelcsta.protocol.model.MonitorStartResponse;
import org.camelcsta.protocol.model.ResetApplicationSessionTimer;
import org.camelcsta.protocol.model.ResetApplicationSessionTimerPosResponse;
import org.camelcsta.protocol.model.StartApplicationSession;
import org.camelcsta.protocol.model.StartApplicationSessionPosResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A session with the provider over one transport: it logs in on first use, keeps the session alive,
 * correlates replies with requests, starts the monitors its subscribers need and hands their events
 * over in order, and after a lost connection or a session ended by the server it reconnects (while
 * anyone subscribes to events), logs in again and restarts every monitor. Requests in flight when the
 * connection is lost fail; they are never sent again. Usable without Camel; thread-safe.
 */
public final class CstaSession implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CstaSession.class);
    private static final int MAX_BACKOFF_DOUBLINGS = 16;

    private final SessionSettings settings;
    private final ClientResources resources;
    private final MessageBinder binder = MessageBinder.standard();
    private final ReadGate readGate = new ReadGate();
    private final RequestCorrelator correlator = new RequestCorrelator(readGate::repliesAwaited);
    private final MonitorRegistry monitors = new MonitorRegistry();
    private final Map<String, Integer> monitorStartFailures = new ConcurrentHashMap<>();
    private final String idPrefix = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36) + "-";
    private final AtomicLong requestCounter = new AtomicLong();

    private final Object lock = new Object();
    private Transport transport;
    private CompletableFuture<Void> ready;
    private boolean loggedIn;
    private boolean closed;
    private int reconnectAttempts;
    private ScheduledFuture<?> keepAliveTask;
    private ScheduledFuture<?> reconnectTask;
    private volatile String sessionId;
    private volatile Throwable lastFailure;

    /**
     * A session that connects on first use ({@link #open()}, {@link #request}, {@link #subscribe}).
     *
     * @param resources the threads and transports it shares with other sessions
     */
    public CstaSession(SessionSettings settings, ClientResources resources) {
        this.settings = settings;
        this.resources = resources;
    }

    /** How this session connects. */
    public SessionSettings settings() {
        return settings;
    }

    /** Whether the session is connected and logged in now. */
    public boolean isLoggedIn() {
        synchronized (lock) {
            return loggedIn;
        }
    }

    /** The server's id of the current session, or {@code null}. */
    public String sessionId() {
        return sessionId;
    }

    /** How many monitors run on the current connection. */
    public int activeMonitors() {
        return monitors.activeMonitors();
    }

    /** How many requests wait for their reply now. */
    public int requestsInFlight() {
        return correlator.awaiting();
    }

    /** Whether reading from the server is paused because a subscriber's queue is full. */
    public boolean isReadingPaused() {
        return readGate.isPaused();
    }

    /**
     * Why the last connection or login failed or was lost, or {@code null} if that has not happened since the
     * last login (a session that was never used has none).
     */
    public Throwable lastFailure() {
        return lastFailure;
    }

    /**
     * Connects and logs in unless that is done or under way; the future completes when logged in. A
     * failed attempt fails the future; the next call tries again.
     */
    public CompletableFuture<Void> open() {
        CompletableFuture<Void> attempt;
        Transport connection;
        synchronized (lock) {
            if (closed) {
                return CompletableFuture.failedFuture(new CstaConnectionException("session " + settings.key() + " is closed"));
            }
            if (ready != null && (loggedIn || !ready.isDone())) {
                return ready;
            }
            attempt = new CompletableFuture<>();
            ready = attempt;
            connection = resources.transports().create(settings);
            transport = connection;
        }
        connection.connect(new Listener(connection))
                .orTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((ignored, error) -> connected(connection, attempt, error));
        return attempt;
    }

    /**
     * Sends a request and completes with its positive response. The future completes on an I/O thread: chain
     * with an executor ({@code ...Async(fn, executor)}) before doing anything that blocks. Fails with {@link CstaErrorException}
     * for a {@code CSTAErrorCode}, {@link CstaTimeoutException} after {@code timeout} (counted from now,
     * login included), {@link CstaConnectionException} if the connection fails or is lost, and a
     * {@link org.camelcsta.protocol.CstaValidationException} before sending if required fields are missing.
     *
     * @param test the provider's TEST mode ({@code ok} or {@code error}) unless the request sets its own; or {@code null}
     */
    public CompletableFuture<CstaResponse> request(CstaRequest request, Duration timeout, String test) {
        CompletableFuture<CstaResponse> reply = new CompletableFuture<>();
        try {
            request.validate();
        } catch (CstaException e) {
            reply.completeExceptionally(e);
            return reply;
        }
        GenericMessage wire = binder.unbind(request).withTest(test);
        PendingRequest pending = track(wire, timeout, reply);
        open().whenComplete((ignored, error) -> {
            if (error != null) {
                reply.completeExceptionally(unwrap(error));
            } else {
                dispatch(currentTransport(), pending, wire);
            }
        });
        return reply;
    }

    /**
     * Subscribes to the events of some devices: their monitors start now (or at login) and again after
     * every reconnect. Events reach the handler in order, one at a time, off the I/O threads; while the
     * handler's queue holds {@code queueCapacity} events the session stops reading from the server.
     *
     * @throws CstaException if the transport has no events (http, https)
     */
    public Subscription subscribe(Collection<String> devices, EventHandler handler, int queueCapacity) {
        return subscribe(devices, Set.of(), handler, queueCapacity);
    }

    /**
     * As {@link #subscribe(Collection, EventHandler, int)}, for only the events of these types (all when
     * empty); the others never take a place in the queue.
     */
    public Subscription subscribe(Collection<String> devices, Set<String> eventTypes, EventHandler handler,
                                  int queueCapacity) {
        return subscribe(devices, eventTypes, SnapshotMode.NEVER, handler, queueCapacity);
    }

    /**
     * As {@link #subscribe(Collection, Set, EventHandler, int)}, with a {@link MonitorSnapshot} of each device
     * in the event order when its monitor starts, as {@code snapshots} says.
     */
    public Subscription subscribe(Collection<String> devices, Set<String> eventTypes, SnapshotMode snapshots,
                                  EventHandler handler, int queueCapacity) {
        if (!settings.transport().hasEvents()) {
            throw new CstaException("events need the xml or socketio transport; " + settings.transport().name().toLowerCase()
                                    + " has none");
        }
        Subscription subscription = new Subscription(List.copyOf(devices), eventTypes, handler,
                new EventQueue(handler, resources.eventExecutor(), readGate, queueCapacity), this);
        monitors.add(subscription);
        Transport connection = loggedInTransport();
        if (connection != null) {
            subscription.devices().forEach(device -> startMonitor(connection, device));
        } else {
            open().exceptionally(error -> null); // a failed login is retried while anyone subscribes
        }
        return subscription;
    }

    void unsubscribe(Subscription subscription) {
        List<String> unused = monitors.remove(subscription);
        Transport connection = loggedInTransport();
        if (connection != null) {
            unused.forEach(crossRef -> stopMonitor(connection, crossRef));
        }
    }

    /** Ends the session: requests in flight fail, the connection closes, nothing reconnects. */
    @Override
    public void close() {
        Transport connection;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            loggedIn = false;
            connection = transport;
            transport = null;
            cancelTimers();
        }
        failAll(new CstaConnectionException("session " + settings.key() + " closed"));
        if (connection != null) {
            connection.close();
        }
    }

    private void connected(Transport connection, CompletableFuture<Void> attempt, Throwable error) {
        if (error != null) {
            loginFailed(connection, attempt, error);
            return;
        }
        readGate.attach(connection::setReading);
        if (!settings.transport().hasEvents()) {
            loggedIn(connection, attempt, null);
            return;
        }
        CompletableFuture<CstaResponse> reply = new CompletableFuture<>();
        reply.whenComplete((response, failure) -> {
            if (failure != null) {
                loginFailed(connection, attempt, failure);
            } else if (response instanceof StartApplicationSessionPosResponse positive) {
                loggedIn(connection, attempt, positive);
            } else {
                loginFailed(connection, attempt, new CstaConnectionException("login answered with " + response.messageName()));
            }
        });
        StartApplicationSession login = new StartApplicationSession(settings.username(), settings.password(),
                settings.pbxDomain(), settings.sessionDuration());
        send(connection, login, reply);
    }

    private void loggedIn(Transport connection, CompletableFuture<Void> attempt, StartApplicationSessionPosResponse response) {
        synchronized (lock) {
            if (transport != connection || closed) {
                attempt.completeExceptionally(new CstaConnectionException("session " + settings.key() + " closed"));
                connection.close();
                return;
            }
            loggedIn = true;
            reconnectAttempts = 0;
            lastFailure = null;
            sessionId = response == null ? null : response.sessionId();
            scheduleKeepAlive(connection, response == null ? null : response.actualSessionDuration());
        }
        if (response != null) {
            LOG.info("Logged in to {} (session {}, {} s)", settings.key(), sessionId, response.actualSessionDuration());
        }
        attempt.complete(null);
        monitors.devices().forEach(device -> startMonitor(connection, device));
    }

    private void loginFailed(Transport connection, CompletableFuture<Void> attempt, Throwable error) {
        Throwable cause = unwrap(error);
        long retryIn;
        synchronized (lock) {
            if (transport != connection) {
                attempt.completeExceptionally(cause); // the lost connection was reported already
                return;
            }
            transport = null;
            loggedIn = false;
            lastFailure = cause;
            retryIn = closed || monitors.isEmpty() ? -1 : scheduleReconnect();
        }
        connection.close();
        attempt.completeExceptionally(cause);
        LOG.warn("Cannot log in to {}: {}{}", settings.key(), cause.getMessage(),
                retryIn < 0 ? "" : "; retrying in " + retryIn + " ms");
    }

    /** The connection ended, or the server ended the session: fail what is in flight, reconnect if needed. */
    private void connectionLost(Transport connection, Throwable cause) {
        CompletableFuture<Void> attempt;
        long retryIn;
        synchronized (lock) {
            if (transport != connection) {
                return; // a connection we had given up already
            }
            transport = null;
            loggedIn = false;
            lastFailure = cause != null ? cause : new CstaConnectionException("connection closed");
            attempt = ready;
            ready = null;
            cancelTimers();
            monitors.connectionLost();
            retryIn = closed || monitors.isEmpty() ? -1 : scheduleReconnect();
        }
        CstaConnectionException lost = new CstaConnectionException("connection to " + settings.key() + " lost: "
                + (cause == null ? "closed" : cause.getMessage()), cause);
        failAll(lost);
        if (attempt != null) {
            attempt.completeExceptionally(lost);
        }
        LOG.warn("Lost the connection to {} ({}){}", settings.key(), cause == null ? "closed" : cause.getMessage(),
                retryIn < 0 ? "" : "; reconnecting in " + retryIn + " ms");
    }

    /** Capped exponential backoff with jitter; returns the delay. Called under the lock. */
    private long scheduleReconnect() {
        if (reconnectTask != null && !reconnectTask.isDone()) {
            return reconnectTask.getDelay(TimeUnit.MILLISECONDS);
        }
        long delay = backoff(reconnectAttempts++);
        reconnectTask = resources.ioGroup().schedule(() -> {
            open().exceptionally(error -> null);
        }, delay, TimeUnit.MILLISECONDS);
        return delay;
    }

    /** The wait before retry number {@code attempt} (from 0): doubling, capped, with 20 % jitter. */
    private long backoff(int attempt) {
        long capped = Math.min(settings.maxReconnectDelay().toMillis(),
                settings.reconnectDelay().toMillis() << Math.min(attempt, MAX_BACKOFF_DOUBLINGS));
        return Math.max(1, (long) (capped * (0.8 + 0.4 * ThreadLocalRandom.current().nextDouble())));
    }

    /** Resets the session timer at half its length. Called under the lock. */
    private void scheduleKeepAlive(Transport connection, Integer seconds) {
        if (!settings.keepAlive() || !settings.transport().hasEvents()) {
            return;
        }
        int length = seconds == null || seconds <= 0 ? settings.sessionDuration() : seconds;
        keepAliveTask = resources.ioGroup().schedule(() -> keepAlive(connection, length),
                Math.max(100, length * 1000L / 2), TimeUnit.MILLISECONDS);
    }

    private void keepAlive(Transport connection, int lastLength) {
        CompletableFuture<CstaResponse> reply = new CompletableFuture<>();
        reply.whenComplete((response, error) -> {
            if (error != null) {
                LOG.warn("Session keep-alive to {} failed: {}", settings.key(), unwrap(error).getMessage());
                if (unwrap(error) instanceof CstaTimeoutException && !readGate.isPaused()) {
                    // no reply while reading: the connection is dead though no one closed it
                    connection.close();
                    return;
                }
            }
            Integer length = response instanceof ResetApplicationSessionTimerPosResponse reset
                    ? reset.actualSessionDuration() : null;
            synchronized (lock) {
                if (transport == connection && loggedIn) {
                    scheduleKeepAlive(connection, length == null ? lastLength : length);
                }
            }
        });
        send(connection, new ResetApplicationSessionTimer(settings.sessionDuration()), reply);
    }

    private void startMonitor(Transport connection, String device) {
        if (!monitors.beginStart(device)) {
            return;
        }
        CompletableFuture<CstaResponse> reply = new CompletableFuture<>();
        // completes on the I/O thread before the next message is read, so no event can miss the new id
        reply.whenComplete((response, error) -> {
            if (currentTransport() != connection) {
                return; // a connection given up meanwhile; the next one starts its own monitors
            }
            if (error != null || !(response instanceof MonitorStartResponse started)) {
                monitors.startFailed(device);
                long retryIn = backoff(monitorStartFailures.merge(device, 1, Integer::sum) - 1);
                LOG.warn("Cannot monitor device {} on {}: {}; retrying in {} ms", device, settings.key(),
                        error != null ? unwrap(error).getMessage() : "answered with " + response.messageName(), retryIn);
                resources.ioGroup().schedule(() -> {
                    if (currentTransport() == connection && isLoggedIn()) {
                        startMonitor(connection, device);
                    }
                }, retryIn, TimeUnit.MILLISECONDS);
                return;
            }
            monitorStartFailures.remove(device);
            List<Subscription> subscribers = monitors.started(device, started.monitorCrossRefId());
            if (subscribers.isEmpty()) {
                stopMonitor(connection, started.monitorCrossRefId());
            }
            LOG.debug("Monitoring device {} as {}", device, started.monitorCrossRefId());
            subscribers.forEach(s -> s.handler().onMonitorStarted(device, started.monitorCrossRefId()));
        });
        send(connection, new MonitorStart(device), reply);
    }

    private void stopMonitor(Transport connection, String crossRef) {
        GenericMessage stop = new GenericMessage("MonitorStop",
                JsonNodeFactory.instance.objectNode().put("monitorCrossRefID", crossRef));
        CompletableFuture<CstaResponse> reply = new CompletableFuture<>();
        reply.whenComplete((response, error) -> {
            if (error != null) {
                LOG.debug("MonitorStop {} on {} failed: {}", crossRef, settings.key(), unwrap(error).getMessage());
            }
        });
        send(connection, stop, reply);
    }

    /** Sends one of the session's own requests (login, keep-alive, monitors) on a known connection. */
    private void send(Transport connection, CstaRequest request, CompletableFuture<CstaResponse> reply) {
        GenericMessage wire = binder.unbind(request);
        dispatch(connection, track(wire, settings.connectTimeout(), reply), wire);
    }

    private PendingRequest track(GenericMessage wire, Duration timeout, CompletableFuture<CstaResponse> reply) {
        PendingRequest pending = new PendingRequest(wire.name(), reply);
        ScheduledFuture<?> timer = resources.ioGroup().schedule(() -> {
            if (reply.completeExceptionally(new CstaTimeoutException(wire.name(), timeout))) {
                correlator.expire(pending);
            }
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        reply.whenComplete((response, error) -> timer.cancel(false));
        return pending;
    }

    private void dispatch(Transport connection, PendingRequest pending, GenericMessage wire) {
        if (pending.reply().isDone()) {
            return; // timed out before the session was ready
        }
        if (connection == null) {
            pending.reply().completeExceptionally(new CstaConnectionException("not connected to " + settings.key()));
            return;
        }
        String id = idPrefix + requestCounter.incrementAndGet();
        pending.sentAs(id);
        correlator.register(pending);
        connection.send(wire.withRequestId(id)).whenComplete((ignored, error) -> {
            if (error != null && correlator.remove(pending)) {
                pending.reply().completeExceptionally(unwrap(error));
            }
        });
    }

    private void onMessage(Transport connection, GenericMessage message) {
        if (MessageTypes.isEvent(message.name())) {
            onEvent(connection, message);
            return;
        }
        PendingRequest request = correlator.take(message);
        if (request == null || request.isExpired()) {
            LOG.debug("Dropped {} from {}: no request waits for it (late or unknown)", message.name(), settings.key());
            return;
        }
        try {
            CstaMessage reply = binder.bind(message);
            if (reply instanceof CstaErrorCode error) {
                request.reply().completeExceptionally(new CstaErrorException(request.name(), error));
            } else if (reply instanceof CstaResponse response) {
                request.reply().complete(response);
            } else {
                request.reply().completeExceptionally(new CstaDecodeException(CstaDecodeException.Reason.WRONG_ROOT,
                        request.name() + " was answered with " + message.name()));
            }
        } catch (CstaDecodeException e) {
            request.reply().completeExceptionally(e);
        }
    }

    private void onEvent(Transport connection, GenericMessage message) {
        if (message.name().equals("ApplicationSessionTerminated")) {
            String reason = message.text("sessionTermReason", "definedTermReason");
            connectionLost(connection, new CstaConnectionException("the server ended session " + message.text("sessionID")
                    + " (" + reason + ")"));
            connection.close();
            return;
        }
        List<Subscription> subscribers = monitors.subscribersOf(message.text("monitorCrossRefID"));
        if (subscribers.isEmpty()) {
            LOG.debug("Dropped {} from {}: no monitor {}", message.name(), settings.key(), message.text("monitorCrossRefID"));
            return;
        }
        CstaEvent event;
        try {
            event = (CstaEvent) binder.bind(message);
        } catch (CstaDecodeException e) {
            LOG.warn("Skipped an event from {} that cannot be read: {}", settings.key(), e.getMessage());
            return;
        }
        for (Subscription subscriber : subscribers) {
            if (subscriber.wants(event.messageName())) {
                subscriber.queue().offer(event);
            }
        }
    }

    private Transport currentTransport() {
        synchronized (lock) {
            return transport;
        }
    }

    private Transport loggedInTransport() {
        synchronized (lock) {
            return loggedIn ? transport : null;
        }
    }

    private void cancelTimers() {
        if (keepAliveTask != null) {
            keepAliveTask.cancel(false);
            keepAliveTask = null;
        }
        if (reconnectTask != null) {
            reconnectTask.cancel(false);
            reconnectTask = null;
        }
    }

    private void failAll(CstaConnectionException error) {
        for (PendingRequest request : correlator.takeAll()) {
            request.reply().completeExceptionally(error);
        }
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }

    /** Binds one connection's callbacks to it, so that a late callback of an old connection is ignored. */
    private final class Listener implements TransportListener {
        private final Transport connection;

        Listener(Transport connection) {
            this.connection = connection;
        }

        @Override
        public void onMessage(GenericMessage message) {
            CstaSession.this.onMessage(connection, message);
        }

        @Override
        public void onClosed(Throwable cause) {
            connectionLost(connection, cause);
        }
    }

    @Override
    public String toString() {
        return "CstaSession[" + settings.key() + (isLoggedIn() ? ", logged in" : "") + "]";
    }
}
