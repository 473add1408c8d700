package org.camelcsta.client;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.camelcsta.protocol.CstaException;
import org.camelcsta.protocol.LogText;
import org.camelcsta.protocol.model.CallEvent;
import org.camelcsta.protocol.model.CallLinkageData;
import org.camelcsta.protocol.model.ConnectionId;
import org.camelcsta.protocol.model.CstaEvent;
import org.camelcsta.protocol.model.CstaRequest;
import org.camelcsta.protocol.model.CstaResponse;
import org.camelcsta.protocol.model.DeliveredEvent;
import org.camelcsta.protocol.model.EstablishedEvent;
import org.camelcsta.protocol.model.MakeCall;
import org.camelcsta.protocol.model.MakeCallResponse;
import org.camelcsta.protocol.model.MonitorTrunk;
import org.camelcsta.protocol.model.SingleStepTransferCall;
import org.camelcsta.protocol.model.SingleStepTransferCallResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the requests that start a new leg (MakeCall, SingleStepTransferCall) so that their reply names the real
 * leg. The current server answers them with a placeholder callID ({@code N/A}, {@code NotImplemented}); the real one
 * comes with the first event of the new call on the device whose leg the reply names: the calling device of a
 * MakeCall, the target of a SingleStepTransferCall. So on a current server the device's events are watched from
 * before the request is sent until that event came or the request's time ran out (see {@link Watch} for which
 * monitor brings them); the reply is then handed on with the real callID, or, where it could not be known, with the
 * placeholder and the reason logged. Other requests, requests in TEST mode, and every request to a 2020 server (which
 * answers with real callIDs) or over a transport without events, go as they are.
 */
public final class NewCallLegs {

    private static final Logger LOG = LoggerFactory.getLogger(NewCallLegs.class);
    private static final Set<String> NEW_CALL_EVENTS = Set.of("DeliveredEvent", "EstablishedEvent");

    private NewCallLegs() {
    }

    /** As {@link CstaSession#request}, with the real leg in place of a placeholder where it can be known in time. */
    public static CompletableFuture<CstaResponse> request(CstaSession session, CstaRequest request, Duration timeout,
                                                          String test) {
        String device = watchedDevice(request);
        // TEST mode carries nothing out: no new leg to wait for
        if (device == null || test != null || request.test() != null || !session.settings().transport().hasEvents()) {
            return session.request(request, timeout, test);
        }
        try {
            request.validate(); // before the login that tells the server's dialect, as for any other request
        } catch (CstaException e) {
            return CompletableFuture.failedFuture(e);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        CompletableFuture<Void> login = session.open();
        if (login.isDone() && !login.isCompletedExceptionally()) {
            // logged in, as for most requests: the dialect is known now
            try {
                return send(session, request, device, deadline, test);
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
        }
        return loggedIn(login, request, timeout).thenCompose(ignored -> send(session, request, device, deadline, test));
    }

    /** Sends the request once the session knows its server's dialect. */
    private static CompletableFuture<CstaResponse> send(CstaSession session, CstaRequest request, String device,
                                                        long deadline, String test) {
        return session.dialect() == WireDialect.CURRENT
                ? new Watch(session, device, deadline).send(request, test)
                : session.request(request, remaining(deadline), test);
    }

    /** The session's login, failed as the request would be where it is not done within the request's timeout. */
    private static CompletableFuture<Void> loggedIn(CompletableFuture<Void> login, CstaRequest request,
                                                    Duration timeout) {
        // a copy: the timeout must not fail the login that other requests share
        return login.copy().orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).handle((ignored, error) -> {
            Throwable cause = error == null ? null : CompletionCause.of(error);
            if (cause instanceof TimeoutException) {
                throw new CompletionException(new CstaTimeoutException(request.messageName(), timeout));
            }
            if (cause != null) {
                throw new CompletionException(cause);
            }
            return null;
        });
    }

    /** The device whose first event names the new leg, or {@code null} for a request that starts none. */
    private static String watchedDevice(CstaRequest request) {
        if (request instanceof MakeCall call) {
            return call.callingDevice();
        }
        return request instanceof SingleStepTransferCall transfer ? transfer.transferredTo() : null;
    }

    private static Duration remaining(long deadline) {
        return Duration.ofNanos(Math.max(deadline - System.nanoTime(), TimeUnit.MILLISECONDS.toNanos(1)));
    }

    /**
     * One request's watch of the device's events, from before the request until its new leg is known. The current
     * server tags a user's events with the user's id ({@code u-<trunk>-<ext>}) on every monitor that brings them, the
     * trunk's included, and an external party's with the trunk's ({@code t-<trunk>}). The watch subscribes to the
     * device whose monitor brings the user's events (a route's monitor of the device, or the trunk's), which keeps
     * that monitor running, and monitors the user itself only where none runs, to spare the server a second monitor
     * of the user beside the trunk's. It also follows the ids, so that it gets their events whichever of the device's
     * monitors the session hands them to.
     */
    private static final class Watch implements EventHandler {
        private final CstaSession session;
        private final String device;
        /** The device as the current server monitors a user ({@code u-<trunk>-<ext>}), else as given. */
        private final String user;
        private final String trunk;
        private final long deadline;
        /** Whether the watch takes its events from the trunk's monitor, which brings every user's. */
        private boolean onTrunk;
        private final CompletableFuture<Void> monitoring = new CompletableFuture<>();
        private final CompletableFuture<CallEvent> firstEvent = new CompletableFuture<>();
        private final AtomicBoolean sent = new AtomicBoolean();

        Watch(CstaSession session, String device, long deadline) {
            this.session = session;
            this.device = device;
            this.trunk = trunkOf(session.settings().pbxDomain());
            this.user = trunk != null && device.chars().allMatch(Character::isDigit)
                    ? MonitorRegistry.userId(trunk, device) : device;
            this.deadline = deadline;
        }

        CompletableFuture<CstaResponse> send(CstaRequest request, String test) {
            // a transfer's target may be an external party, whose events come on the trunk's id
            List<String> followed = trunk != null && request instanceof SingleStepTransferCall
                    ? List.of(user, MonitorRegistry.TRUNK_PREFIX + trunk) : List.of(user);
            Subscription subscription;
            try {
                String running = session.deviceReceiving(user);
                onTrunk = MonitorTrunk.TRUNK.equals(running);
                subscription = session.subscribeOnReadingThread(List.of(running != null ? running : user), followed,
                        NEW_CALL_EVENTS, this, 16);
            } catch (RuntimeException e) {
                monitoring.completeExceptionally(e);
                return session.request(request, remaining(deadline), test);
            }
            // the event may come after the reply: until then, reading must not pause for other routes' full queues
            session.eventAwaited(true);
            CompletableFuture<CstaResponse> reply = monitoring
                    .completeOnTimeout(null, remainingMillis() / 2, TimeUnit.MILLISECONDS)
                    .handle((ignored, error) -> null)
                    .thenCompose(ignored -> {
                        sent.set(true);
                        return session.request(request, remaining(deadline), test);
                    })
                    .thenCompose(this::withRealLeg);
            reply.whenComplete((response, error) -> {
                session.eventAwaited(false);
                subscription.close();
            });
            return reply;
        }

        /** The trunk that a PBX domain names: {@code 12345678} of {@code 12345678.pbx.one-connect.dk}; or null. */
        private static String trunkOf(String domain) {
            int dot = domain == null ? -1 : domain.indexOf('.');
            return dot > 0 ? domain.substring(0, dot) : null;
        }

        private CompletableFuture<CstaResponse> withRealLeg(CstaResponse response) {
            ConnectionId placeholder = placeholderLeg(response);
            if (placeholder == null) {
                return CompletableFuture.completedFuture(response);
            }
            if (monitoring.isCompletedExceptionally()) {
                LOG.warn("The callID of the new leg of {} is not known: cannot monitor device {} for it", response.messageName(),
                        device);
                return CompletableFuture.completedFuture(response);
            }
            return firstEvent.completeOnTimeout(null, remainingMillis(), TimeUnit.MILLISECONDS).thenApply(event -> {
                if (event == null) {
                    LOG.warn("The callID of the new leg of {} is not known: device {} had no call event within the "
                             + "request timeout", response.messageName(), device);
                    return response;
                }
                return replaced(response, new ConnectionId(event.connection().callId(), placeholder.deviceId()),
                        linkageOf(event));
            });
        }

        private long remainingMillis() {
            return Math.max(TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()), 1);
        }

        @Override
        public CompletionStage<?> onEvent(CstaEvent event) {
            if (sent.get() && event instanceof CallEvent call && call.connection() != null
                && call.connection().callId() != null && isThisDevicesLeg(call)) {
                firstEvent.complete(call);
            }
            return null;
        }

        private boolean isThisDevicesLeg(CallEvent call) {
            String eventDevice = call.connection().deviceId();
            String crossRef = call.monitorCrossRefId();
            if (crossRef != null && crossRef.startsWith(MonitorRegistry.TRUNK_PREFIX)) {
                return device.equals(eventDevice); // an external party's leg: its events come on the trunk's id
            }
            // the trunk's monitor brings every user's events, each under the user's id
            return (!onTrunk || user.equals(crossRef)) && (eventDevice == null || eventDevice.equals(device));
        }

        @Override
        public void onMonitorStarted(String monitored, String monitorCrossRefId) {
            monitoring.complete(null);
        }

        @Override
        public void onSessionFailure(Throwable error) {
            if (!monitoring.isDone()) {
                LOG.debug("Cannot watch device {} for a new leg: {}", device, LogText.cap(error.getMessage()));
                monitoring.completeExceptionally(error);
            }
        }
    }

    /** The leg of a reply that holds the current server's placeholder, or {@code null}. */
    private static ConnectionId placeholderLeg(CstaResponse response) {
        if (response instanceof MakeCallResponse made && made.callingDevice() != null
            && MakeCallResponse.PLACEHOLDER.equals(made.callingDevice().callId())) {
            return made.callingDevice();
        }
        if (response instanceof SingleStepTransferCallResponse transferred && transferred.transferredCall() != null
            && SingleStepTransferCallResponse.PLACEHOLDER.equals(transferred.transferredCall().callId())) {
            return transferred.transferredCall();
        }
        return null;
    }

    private static CallLinkageData linkageOf(CallEvent event) {
        if (event instanceof DeliveredEvent delivered) {
            return delivered.callLinkageData();
        }
        return event instanceof EstablishedEvent established ? established.callLinkageData() : null;
    }

    private static CstaResponse replaced(CstaResponse response, ConnectionId leg, CallLinkageData linkage) {
        if (response instanceof MakeCallResponse made) {
            return new MakeCallResponse(leg, linkage != null ? linkage : made.callLinkageData(), made.privateData());
        }
        return new SingleStepTransferCallResponse(leg, response.privateData());
    }
}
