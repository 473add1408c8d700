package org.camelcsta.simulator.session;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;

import org.camelcsta.protocol.CstaDecodeException;
import org.camelcsta.protocol.LogText;
import org.camelcsta.protocol.CstaValidationException;
import org.camelcsta.protocol.codec.MessageBinder;
import org.camelcsta.protocol.model.ApplicationSessionTerminated;
import org.camelcsta.protocol.model.ApplicationSpecificInfo;
import org.camelcsta.protocol.model.CstaErrorCode;
import org.camelcsta.protocol.model.CstaEvent;
import org.camelcsta.protocol.model.CstaMessage;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.ResetApplicationSessionTimer;
import org.camelcsta.protocol.model.ResetApplicationSessionTimerPosResponse;
import org.camelcsta.protocol.model.SessionTermReason;
import org.camelcsta.protocol.model.StartApplicationSession;
import org.camelcsta.protocol.model.StartApplicationSessionPosResponse;
import org.camelcsta.simulator.pbx.Dialect;
import org.camelcsta.simulator.pbx.EventSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client connection of a session transport (TCP/XML, socket.io/JSON): its login, session timer, monitors,
 * and the answers to its requests. The transport calls the {@code on...} methods from its I/O thread; the work
 * itself runs on the PBX thread, so the I/O thread never waits.
 * <p>
 * Order: responses leave in request order (through a {@link ResponseQueue}); events caused by one of this
 * session's own requests leave right after that request's response (or at once while responses are delayed),
 * so a client always sees {@code MakeCallResponse} before the events of its call.
 */
public final class ClientSession implements EventSink {

    /** The protocol version the provider's server reports. */
    static final String PROTOCOL_VERSION = Dialect.API_2020.protocolVersion();

    private static final Logger LOG = LoggerFactory.getLogger(ClientSession.class);

    private final SimulatorContext context;
    private final ClientConnection connection;
    private final DialectDetector dialect;
    private final ResponseQueue responses;
    private final MessageBinder binder = MessageBinder.standard();

    // PBX-thread state
    private String sessionId;
    private String pbxDomain;
    private Duration sessionDuration;
    private ScheduledFuture<?> expiry;
    private boolean ended;
    private List<CstaEvent> eventsOfCurrentRequest;

    /** Read by observers on other threads. */
    private volatile boolean loggedIn;

    /** A session for a new connection; registers itself as connected. */
    public ClientSession(SimulatorContext context, ClientConnection connection) {
        this.context = context;
        this.dialect = new DialectDetector(context.dialect());
        // written in the namespace of the client's dialect
        this.connection = new ObservedConnection(new DialectConnection(connection, dialect::dialect),
                context.traffic(), this);
        this.responses = new ResponseQueue(this.connection, context.faults(), context.executor());
        context.sessions().add(this);
    }

    public ClientConnection connection() {
        return connection;
    }

    /** Whether the client has logged in and its session has not ended. */
    public boolean isLoggedIn() {
        return loggedIn;
    }

    /** A request arrived (I/O thread). */
    public void onRequest(GenericMessage request) {
        context.traffic().received(this, request);
        context.executor().execute(() -> handle(request));
    }

    /** A frame arrived that is no readable message (I/O thread): it is answered with a CSTAErrorCode. */
    public void onUndecodable(CstaDecodeException problem) {
        context.executor().execute(() -> {
            if (!ended && !context.faults().stopResponding()) {
                responses.enqueue(CstaErrors.malformed(problem));
            }
        });
    }

    /** The connection closed, for whatever reason (I/O thread): the session and its monitors end. */
    public void onClosed() {
        context.sessions().remove(this);
        context.executor().execute(this::end);
    }

    @Override
    public void deliver(CstaEvent event) {
        if (ended) {
            return;
        }
        if (eventsOfCurrentRequest != null) {
            eventsOfCurrentRequest.add(event);
        } else {
            send(event);
        }
    }

    /**
     * An event this client cannot be sent (one that its format cannot carry) is dropped and logged: the PBX delivers
     * each event to every monitor in turn, and one client's failure must not keep it from the others.
     */
    private void send(CstaEvent event) {
        try {
            connection.send(event);
        } catch (RuntimeException e) {
            LOG.warn("{} not sent to {}: {}", event.messageName(), connection.remoteAddress(), LogText.cap(e));
        }
    }

    @Override
    public Dialect dialect() {
        return dialect.dialect();
    }

    private void handle(GenericMessage request) {
        if (ended || context.faults().stopResponding()) {
            return;
        }
        eventsOfCurrentRequest = new ArrayList<>();
        dialect.observe(request);
        try {
            CstaMessage response = respond(request);
            responses.enqueue(Replies.withRequestId(response, request.requestId(), context.faults()));
        } catch (RuntimeException e) {
            LOG.error("request {} failed", LogText.cap(request.name()), e);
            responses.enqueue(Replies.withRequestId(new CstaErrorCode("unspecified", "generic",
                    "internal error of the simulator: " + e), request.requestId(), context.faults()));
        } finally {
            List<CstaEvent> events = eventsOfCurrentRequest;
            eventsOfCurrentRequest = null;
            events.forEach(this::deliver);
        }
    }

    private CstaMessage respond(GenericMessage request) {
        String name = request.name();
        if (name.equals("StartApplicationSession")) {
            return startSession(request);
        }
        if (!loggedIn) {
            return CstaErrors.notLoggedIn(name);
        }
        if (name.equals("ResetApplicationSessionTimer") && request.test() == null) {
            return resetTimer(request);
        }
        return context.processor().respond(request, new CommandProcessor.Scope(pbxDomain, this, dialect.dialect(), sessionId));
    }

    private CstaMessage startSession(GenericMessage raw) {
        StartApplicationSession request;
        try {
            request = binder.bind(raw, StartApplicationSession.class);
            request.validate();
        } catch (CstaDecodeException e) {
            return CstaErrors.malformed(e);
        } catch (CstaValidationException e) {
            return CstaErrors.missingFields(e);
        }
        ApplicationSpecificInfo credentials = request.credentials();
        if (!context.authenticator().accepts(credentials.userId(), credentials.password(), credentials.pbxDomain())) {
            LOG.info("login refused for user {} at {} from {}", LogText.cap(credentials.userId()),
                    LogText.cap(credentials.pbxDomain()), connection.remoteAddress());
            return CstaErrors.wrongCredentials();
        }
        if (request.test() != null) {
            // TEST mode checks the credentials, then answers statically without starting a session
            return "error".equalsIgnoreCase(request.test()) ? CstaErrors.testModeError()
                    : TestModeResponses.ok(raw.name());
        }
        if (sessionId == null) {
            sessionId = UUID.randomUUID().toString();
        }
        pbxDomain = credentials.pbxDomain();
        sessionDuration = grant(request.requestedSessionDuration());
        armTimer();
        loggedIn = true;
        LOG.info("session {} started for user {} at {} from {} ({} s)", sessionId, LogText.cap(credentials.userId()),
                LogText.cap(pbxDomain), connection.remoteAddress(), sessionDuration.toSeconds());
        return new StartApplicationSessionPosResponse(sessionId, dialect.dialect().protocolVersion(), (int) sessionDuration.toSeconds(),
                null);
    }

    private CstaMessage resetTimer(GenericMessage raw) {
        ResetApplicationSessionTimer request;
        try {
            request = binder.bind(raw, ResetApplicationSessionTimer.class);
        } catch (CstaDecodeException e) {
            return CstaErrors.malformed(e);
        }
        if (request.requestedSessionDuration() != null) {
            sessionDuration = grant(request.requestedSessionDuration());
        }
        armTimer();
        return new ResetApplicationSessionTimerPosResponse((int) sessionDuration.toSeconds(), null);
    }

    /** The granted duration: the requested one capped by the configured maximum; the maximum where none is asked. */
    private Duration grant(Integer requestedSeconds) {
        Duration max = context.maxSessionDuration();
        if (requestedSeconds == null || requestedSeconds <= 0) {
            return max;
        }
        Duration requested = Duration.ofSeconds(requestedSeconds);
        return requested.compareTo(max) < 0 ? requested : max;
    }

    private void armTimer() {
        if (expiry != null) {
            expiry.cancel(false);
        }
        expiry = context.executor().schedule(this::expire, sessionDuration);
    }

    private void expire() {
        if (ended) {
            return;
        }
        LOG.info("session {} expired (no ResetApplicationSessionTimer within {} s)", sessionId,
                sessionDuration.toSeconds());
        CstaEvent terminated = new ApplicationSessionTerminated(sessionId,
                new SessionTermReason("sessionTimerExpired"), null);
        end();
        connection.sendThenClose(terminated);
    }

    private void end() {
        if (ended) {
            return;
        }
        ended = true;
        loggedIn = false;
        context.sessions().remove(this);
        context.monitors().stopAll(this);
        responses.discard();
        if (expiry != null) {
            expiry.cancel(false);
        }
    }
}
