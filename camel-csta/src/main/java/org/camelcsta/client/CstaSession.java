package org.camelcsta.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import io.netty.util.Timeout;
import org.camelcsta.client.transport.CauseText;
import org.camelcsta.client.transport.SkippedMessages;
import org.camelcsta.client.transport.Transport;
import org.camelcsta.client.transport.TransportListener;
import org.camelcsta.protocol.CstaDecodeException;
import org.camelcsta.protocol.CstaException;
import org.camelcsta.protocol.LogText;
import org.camelcsta.protocol.codec.MessageBinder;
import org.camelcsta.protocol.model.CstaErrorCode;
import org.camelcsta.protocol.model.CstaMessage;
import org.camelcsta.protocol.model.CstaRequest;
import org.camelcsta.protocol.model.CstaResponse;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.MessageTypes;
import org.camelcsta.protocol.model.ResetApplicationSessionTimer;
import org.camelcsta.protocol.model.StartApplicationSession;
import org.camelcsta.protocol.model.StartApplicationSessionPosResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A session with the provider over one transport: it logs in on first use, keeps the session alive
 * ({@link KeepAlive}), correlates replies with requests ({@link RequestCorrelator}), starts the monitors its
 * subscribers need ({@link MonitorStarter}) and hands their events over in order ({@link EventQueue}, with the
 * back-pressure of {@link ReadGate}), and after a lost connection, a failed login or a session ended by the server
 * it reconnects ({@link ReconnectScheduler}; over any transport but http), logs in again and restarts every monitor.
 * Subscribers are told of every failure that may cost them events. Requests in flight when the connection is lost
 * fail; they are never sent again. Usable without Camel; thread-safe.
 */
public final class CstaSession implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CstaSession.class);
    /** How often the requests that no timer of their own keeps are checked for their timeout: the timer's tick. */
    private static final long SWEEP_TICK_MILLIS = 10;

    private final SessionSettings settings;
    private final ClientResources resources;
    private final MessageBinder binder = MessageBinder.standard();
    private final SkippedMessages unreadableEvents = ReadEvent.skippedEvents();
    private final ReadGate readGate;
    private final RequestCorrelator correlator;
    private final MonitorRegistry monitors = new MonitorRegistry();
    private final MonitorStarter monitorStarter;
    private final KeepAlive keepAlive;
    private final ReconnectScheduler reconnects;
    private final String idPrefix = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36) + "-";
    private final AtomicLong requestCounter = new AtomicLong();

    private final Object lock = new Object();
    // written under the lock; read without it on every request and every message read
    private volatile Transport transport;
    private volatile Login login;
    private CompletableFuture<Void> ready;
    // while the session waits for its retry, every open() fails as this says: a request that connected by itself would
    // show a server that stays down (or a provider that locks the account) an attempt per request, not the backoff
    private RetryWait retryWait;
    private boolean closed;
    private volatile String sessionId;
    private volatile WireDialect dialect;
    private volatile Integer grantedSessionDuration;
    private volatile Throwable lastFailure;
    private boolean everLoggedIn;
    private volatile long reconnectCount;

    /**
     * A session that connects on first use ({@link #open()}, {@link #request}, {@link #subscribe}).
     *
     * @param resources the threads and transports it shares with other sessions
     */
    public CstaSession(SessionSettings settings, ClientResources resources) {
        this.settings = settings;
        this.resources = resources;
        Backoff backoff = new Backoff(settings.reconnectDelay(), settings.maxReconnectDelay());
        this.readGate = new ReadGate(settings.maxQueuedBytes());
        this.correlator = new RequestCorrelator(this::transmit, readGate::repliesAwaited, this::barrierAfter,
                this::startSweep);
        this.monitorStarter = new MonitorStarter(settings, monitors, this::send, resources.ioGroup(), backoff);
        this.keepAlive = new KeepAlive(settings, resources.ioGroup(), this::send, readGate, this::deadConnection);
        this.reconnects = new ReconnectScheduler(backoff, resources.ioGroup());
    }

    /** How this session connects. */
    public SessionSettings settings() {
        return settings;
    }

    /** Whether the session is connected and logged in now. */
    public boolean isLoggedIn() {
        return login != null;
    }

    /** The server's id of the current session, or {@code null}. */
    public String sessionId() {
        return sessionId;
    }

    /**
     * How requests are spelled on the current connection: as set, or as the server's login reply tells; {@link
     * WireDialect#API_2020} until a login says otherwise.
     */
    public WireDialect dialect() {
        WireDialect current = dialect;
        return current != null ? current : settings.dialect() != null ? settings.dialect() : WireDialect.API_2020;
    }

    /**
     * How many of the wanted devices have their monitor running on the current connection: two devices that the server
     * monitors under one id ({@code 200} and {@code u-<trunk>-200}) count as two.
     */
    public int activeMonitors() {
        return monitors.activeMonitors();
    }

    /** The devices that subscribers want monitored, in the order first asked for. */
    public List<String> monitoredDevices() {
        return monitors.devices();
    }

    /** The monitors that run on the current connection: each device with its {@code monitorCrossRefID}. */
    public Map<String, String> runningMonitors() {
        return monitors.runningMonitors();
    }

    /** The session length in seconds that the server granted at the last login, or {@code null}. */
    public Integer grantedSessionDuration() {
        return grantedSessionDuration;
    }

    /** How many times the session logged in again after its connection or its session was lost. */
    public long reconnects() {
        return reconnectCount;
    }

    /** The events waiting in the subscribers' queues now. */
    public int queuedEvents() {
        return monitors.subscriptions().stream().mapToInt(Subscription::pendingEvents).sum();
    }

    /** How many requests wait for their reply now, sent or queued to be sent. */
    public int requestsInFlight() {
        return correlator.inFlight();
    }

    /**
     * Whether the session holds reading from the server back: because a subscriber's queue is full and no reply
     * is awaited (socket.io keeps reading meanwhile, see {@link org.camelcsta.client.transport.ReadMode#PAUSE}), or
     * because the queued events fill the byte budget ({@link SessionSettings#maxQueuedBytes()}).
     */
    public boolean isReadingPaused() {
        return readGate.isPaused();
    }

    /** The bytes (frame sizes) of the events waiting in the subscribers' queues now. */
    public long queuedEventBytes() {
        return readGate.queuedBytes();
    }

    /**
     * Why the last connection or login failed or was lost, or {@code null} if that has not happened since the
     * last login (a session that was never used has none).
     */
    public Throwable lastFailure() {
        return lastFailure;
    }

    /**
     * Connects and logs in unless that is done or under way; the future completes when logged in. A failed attempt
     * fails the future. A session that reconnects by itself ({@link #reconnectsByItself()}) and waits before its
     * retry fails every call at once until the retry is due ({@link RetryWait}), so that a server that stays down
     * sees only the capped backoff; otherwise the next call tries again.
     */
    public CompletableFuture<Void> open() {
        Login current = login;
        if (current != null) {
            return current.ready();
        }
        CompletableFuture<Void> attempt;
        Transport connection;
        synchronized (lock) {
            if (closed) {
                return CompletableFuture.failedFuture(new CstaConnectionException("session " + settings.key() + " is closed"));
            }
            if (ready != null && (login != null || !ready.isDone())) {
                return ready;
            }
            if (retryWait != null) {
                return CompletableFuture.failedFuture(retryWait.failure());
            }
            attempt = new CompletableFuture<>();
            ready = attempt;
            connection = resources.transports().create(settings);
            transport = connection;
            correlator.attach(connection);
        }
        CompletableFuture<Void> connecting;
        try {
            connecting = connection.connect(new Listener(connection));
        } catch (RuntimeException e) {
            // a transport that throws must fail this attempt: left pending, it would be every later open()'s too
            connecting = CompletableFuture.failedFuture(new CstaConnectionException("cannot connect to " + settings.key()
                    + ": " + CauseText.of(e), e));
        }
        connecting.orTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((ignored, error) -> connected(connection, attempt, error));
        return attempt;
    }

    /**
     * Sends a request and completes with its positive response. The future completes on an I/O thread, or on the
     * timer thread that all sessions share where it times out: chain with an executor ({@code ...Async(fn, executor)})
     * before doing anything that blocks. Fails with {@link CstaErrorException}
     * for a {@code CSTAErrorCode}, {@link CstaTimeoutException} after {@code timeout} (counted from now,
     * login included), {@link CstaConnectionException} if the connection fails or is lost, a
     * {@link org.camelcsta.protocol.CstaValidationException} before sending if required fields are missing, and a
     * {@link org.camelcsta.protocol.CstaEncodeException} if the request cannot be written in the transport's format
     * (e.g. a text holding an unpaired surrogate): it was not sent, and sending it again cannot succeed. It is sent
     * only on a connection that is logged in.
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
        PendingRequest pending = new PendingRequest(request, test, timeout, reply, false);
        CompletableFuture<Void> loggedIn = open();
        if (loggedIn.isDone() && !loggedIn.isCompletedExceptionally()) {
            // logged in, as usual: no stage to chain for it, and the correlator's sweep keeps its timeout
            pending.sweptUntil(System.nanoTime() + timeout.toNanos());
            dispatch(loggedInTransport(), pending);
            return reply;
        }
        startTimer(pending, timeout.toNanos());
        loggedIn.whenComplete((ignored, error) -> {
            if (error != null) {
                reply.completeExceptionally(CompletionCause.of(error));
            } else {
                dispatch(loggedInTransport(), pending); // a reconnect may have begun since the login
            }
        });
        return reply;
    }

    /**
     * Subscribes to the events of some devices: their monitors start now (or at login) and again after
     * every reconnect. Events reach the handler in order, one at a time, off the I/O threads; while the
     * handler's queue holds {@code queueCapacity} events the session holds back reading from the server.
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
     * in the event order when its monitor starts, as {@code snapshots} says. A device named twice is monitored once.
     */
    public Subscription subscribe(Collection<String> devices, Set<String> eventTypes, SnapshotMode snapshots,
                                  EventHandler handler, int queueCapacity) {
        return subscribe(devices, List.of(), eventTypes, snapshots, handler, queueCapacity, resources.eventExecutor());
    }

    /**
     * As {@link #subscribe(Collection, Set, EventHandler, int)}, for a handler that only completes futures: its events
     * are handed to it on the thread that reads them, and so are whatever depends on those futures, which must not
     * block. A request that waits for such an event then needs no event thread, which a route waiting for the request
     * (with {@code synchronous=true}) may hold. It also receives the events that carry the {@code followed} monitor
     * ids, whichever monitor brings them, without starting one.
     */
    Subscription subscribeOnReadingThread(Collection<String> devices, Collection<String> followed,
                                          Set<String> eventTypes, EventHandler handler, int queueCapacity) {
        return subscribe(devices, followed, eventTypes, SnapshotMode.NEVER, handler, queueCapacity, Runnable::run);
    }

    private Subscription subscribe(Collection<String> devices, Collection<String> followed, Set<String> eventTypes,
                                   SnapshotMode snapshots, EventHandler handler, int queueCapacity, Executor delivery) {
        if (!settings.transport().hasEvents()) {
            throw new CstaException("events need the xml or socketio transport; " + settings.transport().name().toLowerCase()
                                    + " has none");
        }
        Subscription subscription = new Subscription(List.copyOf(devices), List.copyOf(followed), eventTypes, snapshots,
                handler, new EventQueue(handler, delivery, readGate, queueCapacity), this);
        Map<String, String> running;
        Throwable waiting;
        synchronized (lock) {
            // with the failures' telling of the subscribers: told either there or here, never twice
            running = monitors.add(subscription);
            waiting = retryWait == null ? null : retryWait.failure();
        }
        Transport connection = loggedInTransport();
        monitorStarter.subscribed(connection, subscription, running);
        if (waiting != null) {
            subscription.sessionFailed(waiting); // told of the failure too; the retry starts its monitor
        } else if (connection == null) {
            open().exceptionally(error -> null); // a failed login is retried by the reconnect scheduler
        }
        return subscription;
    }

    /**
     * A device whose running monitor brings the events that carry this {@code monitorCrossRefID} now: one monitored
     * under the id, else the trunk that covers it; {@code null} if none runs.
     */
    String deviceReceiving(String crossRef) {
        return monitors.deviceReceiving(crossRef);
    }

    /**
     * A request began ({@code true}) or ended waiting for an event that completes it: meanwhile reading goes on when
     * other subscribers' queues are full, as it does while a reply is awaited.
     */
    void eventAwaited(boolean awaited) {
        readGate.eventAwaited(awaited);
    }

    void unsubscribe(Subscription subscription) {
        List<String> unused = monitors.remove(subscription);
        monitorStarter.unsubscribed(subscription);
        Transport connection = loggedInTransport();
        if (connection != null) {
            unused.forEach(crossRef -> monitorStarter.stop(connection, crossRef));
        }
    }

    /** Ends the session: requests in flight fail, the connection closes, nothing reconnects. */
    @Override
    public void close() {
        Transport connection;
        List<PendingRequest> lost;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            login = null;
            connection = transport;
            transport = null;
            lost = correlator.detach();
            monitors.connectionLost();
            keepAlive.stop();
            reconnects.cancel();
        }
        fail(lost, new CstaConnectionException("session " + settings.key() + " closed"));
        if (connection != null) {
            connection.close();
        }
    }

    private void connected(Transport connection, CompletableFuture<Void> attempt, Throwable error) {
        if (error != null) {
            loginFailed(connection, attempt, CompletionCause.of(error) instanceof TimeoutException timeout
                    ? new CstaConnectionException("cannot connect to " + settings.key() + ": no connection within "
                                                  + settings.connectTimeout().toMillis() + " ms", timeout)
                    : error);
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
                loginFailed(connection, attempt, new CstaConnectionException("login answered with "
                        + LogText.cap(response.messageName())));
            }
        });
        StartApplicationSession startSession = new StartApplicationSession(settings.username(), settings.password(),
                settings.pbxDomain(), settings.sessionDuration());
        send(connection, startSession, reply);
    }

    private void loggedIn(Transport connection, CompletableFuture<Void> attempt, StartApplicationSessionPosResponse response) {
        synchronized (lock) {
            if (transport != connection || closed) {
                attempt.completeExceptionally(new CstaConnectionException("session " + settings.key() + " closed"));
                connection.close();
                return;
            }
            login = new Login(connection, attempt);
            reconnects.succeeded();
            if (everLoggedIn) {
                reconnectCount++;
            }
            everLoggedIn = true;
            lastFailure = null;
            sessionId = response == null ? null : response.sessionId();
            dialect = settings.dialect() != null ? settings.dialect()
                    : WireDialect.ofProtocolVersion(response == null ? null : response.actualProtocolVersion());
            grantedSessionDuration = response == null ? null : response.actualSessionDuration();
            monitors.connected(connection);
            keepAlive.start(connection, response == null ? null : response.actualSessionDuration());
        }
        if (response != null) {
            LOG.info("Logged in to {} (session {}, {} s, {} API)", settings.key(), LogText.cap(sessionId),
                    response.actualSessionDuration(), dialect() == WireDialect.CURRENT ? "current" : "2020");
        }
        attempt.complete(null);
        monitorStarter.startAll(connection);
    }

    private void loginFailed(Transport connection, CompletableFuture<Void> attempt, Throwable error) {
        Throwable cause = CompletionCause.of(error);
        long retryIn = -1;
        List<PendingRequest> lost = null;
        Set<Subscription> subscribers = Set.of();
        synchronized (lock) {
            if (transport == connection) {
                transport = null;
                lost = correlator.detach();
                subscribers = monitors.subscriptions();
                login = null;
                lastFailure = cause;
                if (ready == attempt) {
                    ready = null; // a reconnect due before the attempt fails below must make an attempt of its own
                }
                retryIn = scheduleRetry(cause);
            }
        }
        // also one given up before: if the session closed before it connected, closing it then did nothing
        connection.close();
        if (lost == null) {
            attempt.completeExceptionally(cause); // given up: its loss was reported already
            return;
        }
        CstaConnectionException failure = new CstaConnectionException("cannot log in to " + settings.key() + ": "
                + CauseText.of(cause), cause);
        fail(lost, failure);
        attempt.completeExceptionally(cause);
        LOG.warn("Cannot log in to {}: {}{}", settings.key(), CauseText.of(cause),
                retryIn < 0 ? "" : "; retrying in " + retryIn + " ms");
        subscribers.forEach(subscriber -> subscriber.sessionFailed(failure));
    }

    /** The connection ended, or the server ended the session: fail what is in flight, reconnect if needed. */
    private void connectionLost(Transport connection, Throwable cause) {
        CompletableFuture<Void> attempt;
        long retryIn;
        List<PendingRequest> inFlight;
        CstaConnectionException lost;
        Set<Subscription> subscribers;
        synchronized (lock) {
            if (transport != connection) {
                return; // a connection we had given up already (a failed login tells of itself)
            }
            lost = new CstaConnectionException("connection to " + settings.key() + " lost: " + CauseText.of(cause), cause);
            transport = null;
            inFlight = correlator.detach();
            login = null;
            lastFailure = cause != null ? cause : new CstaConnectionException("connection closed");
            attempt = ready;
            ready = null;
            keepAlive.stop();
            monitors.connectionLost();
            subscribers = monitors.subscriptions();
            retryIn = scheduleRetry(lost);
        }
        fail(inFlight, lost);
        if (attempt != null) {
            attempt.completeExceptionally(lost);
        }
        LOG.warn("Lost the connection to {} ({}){}", settings.key(), CauseText.of(cause),
                retryIn < 0 ? "" : "; reconnecting in " + retryIn + " ms");
        subscribers.forEach(subscriber -> subscriber.sessionFailed(lost));
    }

    /** A keep-alive or a barrier went unanswered: the connection is given up, and reported, before it is closed. */
    private void deadConnection(Transport connection, Throwable cause) {
        connectionLost(connection, cause);
        connection.close();
    }

    /**
     * Whether the session connects and logs in again by itself after a lost connection or a failed login: every one
     * with a connection to keep, not only one with monitors, so that a producer's health does not wait for a request.
     * Over http there is no connection, and every request is sent on its own.
     */
    public boolean reconnectsByItself() {
        return settings.transport().hasEvents();
    }

    /**
     * Under the lock, after a failure: schedules the session's own retry unless it is closed or does not reconnect by
     * itself, and returns the wait in milliseconds, or -1.
     */
    private long scheduleRetry(Throwable failure) {
        if (closed || !reconnectsByItself()) {
            return -1;
        }
        long retryIn = reconnects.schedule(this::reconnect);
        if (retryIn > 0) {
            retryWait = new RetryWait(settings.key(), failure, retryIn);
        }
        return retryIn;
    }

    private void reconnect() {
        synchronized (lock) {
            retryWait = null;
        }
        open().exceptionally(error -> null);
    }

    /**
     * Sends one of the session's own requests (login, keep-alive, monitors, snapshots) on a known connection; it
     * fails if that connection is no longer the current one. Its timeout counts from its writing, so that behind
     * a long queue (one request at a time) it does not time out unsent and pass for a dead connection.
     */
    private void send(Transport connection, CstaRequest request, CompletableFuture<CstaResponse> reply) {
        dispatch(connection, new PendingRequest(request, null, settings.connectTimeout(), reply, true));
    }

    /**
     * The barrier after a request that timed out on a server that echoes no ids (see {@link RequestCorrelator}):
     * a session timer reset, whose reply carries nothing a caller uses.
     */
    private PendingRequest barrierAfter(PendingRequest timedOut) {
        CompletableFuture<CstaResponse> reply = new CompletableFuture<>();
        PendingRequest barrier = new PendingRequest(new ResetApplicationSessionTimer(settings.sessionDuration()), null,
                settings.connectTimeout(), reply, true);
        barrier.assign(timedOut.connection(), nextRequestId());
        reply.whenComplete((response, error) -> {
            if (error != null) {
                barrierFailed(barrier, CompletionCause.of(error));
            }
        });
        return barrier;
    }

    /**
     * A barrier that fails means a dead connection; but one that timed out is judged by the correlator, which knows
     * whether it was answered meanwhile, and, as the keep-alive is, it is not judged while reading is stopped at the
     * byte budget, when its reply may be waiting to be read.
     */
    private void barrierFailed(PendingRequest barrier, Throwable cause) {
        if (cause instanceof CstaTimeoutException && !correlator.barrierTimedOut(barrier, readGate.isStopped())) {
            return;
        }
        deadConnection(barrier.connection(), new CstaConnectionException("the barrier after a timed-out request failed: "
                + CauseText.of(cause), cause));
    }

    /** Fails the request in {@code nanos}, unless answered; once expired it is never sent. */
    private void startTimer(PendingRequest pending, long nanos) {
        CompletableFuture<CstaResponse> reply = pending.reply();
        Timeout timer;
        try {
            timer = resources.requestTimer().newTimeout(expired -> timedOut(pending), nanos, TimeUnit.NANOSECONDS);
        } catch (IllegalStateException | RejectedExecutionException e) {
            // the component is stopping: its timer is stopped
            reply.completeExceptionally(new CstaConnectionException("cannot send " + pending.name()
                    + ": the component is stopping", e));
            return;
        }
        reply.whenComplete((response, error) -> timer.cancel());
    }

    /**
     * Times out the requests that the correlator's sweep keeps, once due, every tick of the timer while any is
     * in flight: one timer task per session and tick instead of one per request, which every caller would queue
     * on the timer's one queue and the I/O thread cancel.
     */
    private void sweep() {
        RequestCorrelator.Sweep sweep = correlator.sweep(System.nanoTime());
        sweep.overdue().forEach(this::timedOut);
        if (sweep.goesOn()) {
            startSweep();
        }
    }

    private void startSweep() {
        try {
            resources.requestTimer().newTimeout(next -> sweep(), SWEEP_TICK_MILLIS, TimeUnit.MILLISECONDS);
        } catch (IllegalStateException | RejectedExecutionException e) {
            // the component is stopping: its timer is stopped
            for (PendingRequest pending : correlator.sweepEnded()) {
                correlator.expire(pending);
                pending.reply().completeExceptionally(new CstaConnectionException("cannot wait for the reply of "
                        + pending.name() + ": the component is stopping", e));
            }
        }
    }

    private void timedOut(PendingRequest pending) {
        correlator.expire(pending);
        if (pending.reply().completeExceptionally(new CstaTimeoutException(pending.name(), pending.timeout()))) {
            pending.abandon();
        }
    }

    /** Hands the request to the correlator if the connection is the current one. */
    private void dispatch(Transport connection, PendingRequest pending) {
        if (connection != null) {
            pending.assign(connection, nextRequestId());
            if (correlator.submit(pending)) {
                return;
            }
        }
        pending.reply().completeExceptionally(new CstaConnectionException("not connected to " + settings.key()));
    }

    private String nextRequestId() {
        // concat, not '+': C2 left the '+' concatenation's method handles out of line here, and they cost more than
        // the rest of the id (async-profiler, 64 callers)
        return idPrefix.concat(Long.toString(requestCounter.incrementAndGet()));
    }

    /** Writes a request when the correlator lets it go; never throws, since it runs inside the correlator's calls. */
    private void transmit(PendingRequest pending) {
        if (pending.isTimedFromWriting()) {
            startTimer(pending, pending.timeout().toNanos());
        }
        CompletableFuture<Void> written;
        try {
            written = pending.connection().send(pending.outgoing(dialect().spelling()), pending.timeout());
        } catch (RuntimeException e) {
            written = CompletableFuture.failedFuture(e); // a transport that throws fails this request only
        }
        pending.sending(written);
        written.whenComplete((ignored, error) -> {
            if (error != null && correlator.remove(pending)) {
                pending.reply().completeExceptionally(CompletionCause.of(error));
            }
        });
    }

    private void onMessage(Listener from, GenericMessage message, int frameSize) {
        if (from.connection != currentTransport()) {
            return; // read late from a connection given up: its ids mean nothing now
        }
        if (MessageTypes.isEvent(message.name())) {
            onEvent(from, message, frameSize);
            return;
        }
        PendingRequest request = correlator.take(message);
        if (request == null) {
            LOG.debug("Dropped {} from {}: no request waits for it (late or unknown)", LogText.cap(message.name()),
                    settings.key());
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
                        request.name() + " was answered with " + LogText.cap(message.name())));
            }
        } catch (RuntimeException e) {
            request.reply().completeExceptionally(e);
        }
    }

    private void onEvent(Listener from, GenericMessage message, int frameSize) {
        if (message.name().equals("ApplicationSessionTerminated")) {
            String reason = message.text("sessionTermReason", "definedTermReason");
            connectionLost(from.connection, new CstaConnectionException("the server ended session "
                    + LogText.cap(message.text("sessionID")) + " (" + LogText.cap(reason) + ")"));
            from.connection.close();
            return;
        }
        String crossRef = message.text("monitorCrossRefID");
        MonitorRegistry.Receivers receivers = monitors.receiversOf(crossRef);
        if (from.copies.isCopy(crossRef, message, receivers.twoMonitors())) {
            return;
        }
        List<Subscription> subscribers = receivers.subscribers();
        if (subscribers.isEmpty()) {
            LOG.debug("Dropped {} from {}: no monitor {}", LogText.cap(message.name()), settings.key(), LogText.cap(crossRef));
            return;
        }
        // events have one spelling: the wire name is the typed record's name
        ReadEvent event = new ReadEvent(message, binder, settings.key(), unreadableEvents);
        for (Subscription subscriber : subscribers) {
            if (subscriber.wants(message.name()) && subscriber.queue().add(event, frameSize)) {
                from.toHandOver.add(subscriber.queue());
            }
        }
    }

    private Transport currentTransport() {
        return transport;
    }

    private Transport loggedInTransport() {
        Login current = login;
        return current == null ? null : current.connection();
    }

    /** A connection that is logged in, and the future of its login that {@link #open()} hands out. */
    private record Login(Transport connection, CompletableFuture<Void> ready) {
    }

    private static void fail(List<PendingRequest> requests, CstaConnectionException error) {
        for (PendingRequest request : requests) {
            request.reply().completeExceptionally(error);
        }
    }

    /** Binds one connection's callbacks to it, so that a late callback of an old connection is ignored. */
    private final class Listener implements TransportListener {
        private final Transport connection;
        /** The queues that got events in the current read: touched by the connection's reading thread only. */
        private final List<EventQueue> toHandOver = new ArrayList<>();
        /** The copies of events to drop: touched by the connection's reading thread only. */
        private final MonitorCopies copies = new MonitorCopies();

        Listener(Transport connection) {
            this.connection = connection;
        }

        @Override
        public void onMessage(GenericMessage message, int frameSize) {
            CstaSession.this.onMessage(this, message, frameSize);
        }

        @Override
        public void onReadComplete() {
            for (EventQueue queue : toHandOver) {
                queue.handOver();
            }
            toHandOver.clear();
        }

        @Override
        public void onClosed(Throwable cause) {
            onReadComplete(); // what was read before the end still reaches its routes
            connectionLost(connection, cause);
        }
    }

    @Override
    public String toString() {
        return "CstaSession[" + settings.key() + (isLoggedIn() ? ", logged in" : "") + "]";
    }
}
