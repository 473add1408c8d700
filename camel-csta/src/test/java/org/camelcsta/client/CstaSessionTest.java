package org.camelcsta.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

import io.netty.util.HashedWheelTimer;
import io.netty.util.concurrent.SingleThreadEventExecutor;
import org.camelcsta.protocol.CstaEncodeException;
import org.camelcsta.protocol.CstaValidationException;
import org.camelcsta.protocol.model.ApplicationSessionTerminated;
import org.camelcsta.protocol.model.ConnectionId;
import org.camelcsta.protocol.model.CstaErrorCode;
import org.camelcsta.protocol.model.CstaEvent;
import org.camelcsta.protocol.model.CstaMessage;
import org.camelcsta.protocol.model.CstaResponse;
import org.camelcsta.protocol.model.DeliveredEvent;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.MakeCall;
import org.camelcsta.protocol.model.MakeCallResponse;
import org.camelcsta.protocol.model.MonitorStartResponse;
import org.camelcsta.protocol.model.ResetApplicationSessionTimerPosResponse;
import org.camelcsta.protocol.model.SessionTermReason;
import org.camelcsta.protocol.model.SnapshotConnection;
import org.camelcsta.protocol.model.SnapshotDevice;
import org.camelcsta.protocol.model.SnapshotDeviceResponse;
import org.camelcsta.protocol.model.StartApplicationSessionPosResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The session against a scripted server that misbehaves on purpose. */
class CstaSessionTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final AtomicInteger monitorsStarted = new AtomicInteger();
    private final ScheduledExecutorService serverTimers = Executors.newSingleThreadScheduledExecutor();
    private CompletableFuture<Void> lastReply = CompletableFuture.completedFuture(null);
    private ClientResources resources;
    private ScriptedXmlServer server;
    private CstaSession session;

    @BeforeEach
    void startResources() {
        resources = ClientResources.create(2, Executors.newFixedThreadPool(2), true);
    }

    @AfterEach
    void stop() throws Exception {
        if (session != null) {
            session.close();
        }
        if (server != null) {
            server.close();
        }
        resources.close();
        serverTimers.shutdownNow();
    }

    @Test
    void logsInOnFirstUseAndCorrelatesPipelinedRepliesInAnyOrder() throws Exception {
        List<GenericMessage> held = new ArrayList<>();
        start((request, connection) -> {
            if (!answerSessionRequests(request, connection, true)) {
                synchronized (held) {
                    held.add(request);
                    if (held.size() == 20) {
                        for (int i = held.size() - 1; i >= 0; i--) {
                            connection.reply(held.get(i), callResponse(held.get(i)));
                        }
                    }
                }
            }
        }, settings());
        List<CompletableFuture<CstaResponse>> replies = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            replies.add(session.request(new MakeCall(Integer.toString(100 + i), "321"), TIMEOUT, null));
        }
        for (int i = 0; i < 20; i++) {
            MakeCallResponse response = assertInstanceOf(MakeCallResponse.class, replies.get(i).get(5, TimeUnit.SECONDS));
            assertEquals(Integer.toString(100 + i), response.callingDevice().deviceId());
        }
        assertEquals("StartApplicationSession", server.received.get(0).name());
        assertEquals(Set.of(21), Set.of((int) server.received.stream().map(GenericMessage::requestId).distinct().count()),
                "every request carries its own id");
    }

    @Test
    void matchesRepliesWithoutIdsByTypeInOrder() throws Exception {
        start((request, connection) -> {
            if (!answerSessionRequests(request, connection, false)) {
                connection.send(callResponse(request));
            }
        }, settings());
        CompletableFuture<CstaResponse> first = session.request(new MakeCall("101", "321"), TIMEOUT, null);
        CompletableFuture<CstaResponse> second = session.request(new MakeCall("102", "321"), TIMEOUT, null);
        assertEquals("101", ((MakeCallResponse) first.get(5, TimeUnit.SECONDS)).callingDevice().deviceId());
        assertEquals("102", ((MakeCallResponse) second.get(5, TimeUnit.SECONDS)).callingDevice().deviceId());
    }

    @Test
    void answeredRequestsLeaveNothingBehindOnTheIoLoops() throws Exception {
        start((request, connection) -> {
            if (!answerSessionRequests(request, connection, true)) {
                connection.reply(request, callResponse(request));
            }
        }, settings());
        // each request's timeout once lay on one of the two I/O loops; cancelled from the other, the loop that reads
        // the replies, it stayed queued on its own until that loop woke up, up to a timeout later
        for (int i = 0; i < 1000; i++) {
            session.request(new MakeCall(Integer.toString(100 + i % 10), "321"), Duration.ofSeconds(60), null)
                    .get(5, TimeUnit.SECONDS);
        }
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> resources.ioGroup().forEach(loop ->
                assertTrue(((SingleThreadEventExecutor) loop).pendingTasks() < 10,
                        () -> loop + " holds " + ((SingleThreadEventExecutor) loop).pendingTasks() + " tasks")));
        await().atMost(Duration.ofSeconds(5))
                .until(() -> ((HashedWheelTimer) resources.requestTimer()).pendingTimeouts() == 0);
    }

    @Test
    void dropsTheLateReplyOfATimedOutRequestHoweverLateAndAnswersTheNextOneRightWhenTheServerEchoesNoIds()
            throws Exception {
        start((request, connection) -> {
            // answered late: after the request timed out, and later than the 2 s grace that the session once waited
            long delay = "101".equals(request.text("callingDevice")) ? 3000 : 0;
            answerInOrder(connection, replyTo(request), delay);
        }, settings());
        session.open().get(5, TimeUnit.SECONDS);
        CompletableFuture<CstaResponse> timedOut = session.request(new MakeCall("101", "321"), Duration.ofMillis(300), null);
        ExecutionException failed = assertThrows(ExecutionException.class, () -> timedOut.get(5, TimeUnit.SECONDS));
        assertInstanceOf(CstaTimeoutException.class, failed.getCause());
        MakeCallResponse next = (MakeCallResponse) session.request(new MakeCall("102", "321"), TIMEOUT, null)
                .get(5, TimeUnit.SECONDS);
        assertEquals("102", next.callingDevice().deviceId(), "the late reply to 101 went nowhere");
        MakeCallResponse after = (MakeCallResponse) session.request(new MakeCall("103", "321"), TIMEOUT, null)
                .get(5, TimeUnit.SECONDS);
        assertEquals("103", after.callingDevice().deviceId(), "and every later request of the type is answered");
        assertEquals(List.of("MakeCall", "ResetApplicationSessionTimer", "MakeCall", "MakeCall"),
                server.received.stream().skip(1).map(GenericMessage::name).toList(), "a barrier after the timed-out one");
        assertEquals(1, server.connections().size());
    }

    @Test
    void aLostReplyNeverBreaksTheLaterRequestsWhenTheServerEchoesNoIds() throws Exception {
        start((request, connection) -> {
            if (!"101".equals(request.text("callingDevice"))) {
                answerInOrder(connection, replyTo(request), 0);
            }
        }, settings());
        session.open().get(5, TimeUnit.SECONDS);
        CompletableFuture<CstaResponse> lost = session.request(new MakeCall("101", "321"), Duration.ofMillis(300), null);
        CompletableFuture<CstaResponse> next = session.request(new MakeCall("102", "321"), TIMEOUT, null);
        ExecutionException failed = assertThrows(ExecutionException.class, () -> lost.get(5, TimeUnit.SECONDS));
        assertInstanceOf(CstaTimeoutException.class, failed.getCause());
        assertEquals("102", ((MakeCallResponse) next.get(5, TimeUnit.SECONDS)).callingDevice().deviceId());
    }

    @Test
    void takesTheConnectionAsDeadWhenTheBarrierAfterATimeoutGoesUnansweredWhenTheServerEchoesNoIds() throws Exception {
        start((request, connection) -> {
            boolean firstConnection = server.connections().size() == 1;
            if (!firstConnection || request.name().equals("StartApplicationSession")) {
                answerInOrder(connection, replyTo(request), 0); // the first connection goes silent after the login
            }
        }, settings().connectTimeout(Duration.ofSeconds(3)));
        session.open().get(5, TimeUnit.SECONDS);
        CompletableFuture<CstaResponse> unanswered = session.request(new MakeCall("101", "321"), Duration.ofMillis(300), null);
        CompletableFuture<CstaResponse> queued = session.request(new MakeCall("102", "321"), TIMEOUT, null);
        ExecutionException timedOut = assertThrows(ExecutionException.class, () -> unanswered.get(5, TimeUnit.SECONDS));
        assertInstanceOf(CstaTimeoutException.class, timedOut.getCause());
        ExecutionException lost = assertThrows(ExecutionException.class, () -> queued.get(10, TimeUnit.SECONDS));
        assertInstanceOf(CstaConnectionException.class, lost.getCause(), "given up with its connection, never sent");
        await().until(() -> server.connections().get(0).isClosed());
        // the session logs in again by itself at once: the first connection's traffic is the first three
        assertEquals(List.of("StartApplicationSession", "MakeCall", "ResetApplicationSessionTimer"),
                server.received.stream().map(GenericMessage::name).limit(3).toList());
        assertTrue(server.received.stream().noneMatch(message -> "102".equals(message.text("callingDevice"))));
        MakeCallResponse after = (MakeCallResponse) session.request(new MakeCall("103", "321"), TIMEOUT, null)
                .get(5, TimeUnit.SECONDS);
        assertEquals("103", after.callingDevice().deviceId(), "a new connection serves the later requests");
    }

    /** As the keep-alive: an unanswered barrier proves nothing while reading is stopped and its reply cannot be read. */
    @Test
    void aBarrierWhoseReplyCannotBeReadWhileReadingStopsAtTheByteBudgetDoesNotEndTheConnection() throws Exception {
        int events = 20;
        start((request, connection) -> {
            if ("101".equals(request.text("callingDevice"))) {
                for (int i = 0; i < events; i++) { // its reply is lost, and these events fill the byte budget
                    connection.send(delivered("123-" + monitorsStarted.get(), Integer.toString(i)));
                }
            } else {
                answerInOrder(connection, replyTo(request), 0);
            }
        }, settings().maxQueuedBytes(2048).connectTimeout(Duration.ofSeconds(1)));
        CountDownLatch release = new CountDownLatch(1);
        List<String> seen = new CopyOnWriteArrayList<>();
        CompletableFuture<String> monitoring = new CompletableFuture<>();
        session.subscribe(List.of("123"), new EventHandler() {
            @Override
            public CompletionStage<?> onEvent(CstaEvent event) throws InterruptedException {
                release.await();
                seen.add(((DeliveredEvent) event).cause());
                return null;
            }

            @Override
            public void onMonitorStarted(String device, String monitorCrossRefId) {
                monitoring.complete(monitorCrossRefId);
            }
        }, 1000);
        try {
            monitoring.get(5, TimeUnit.SECONDS);
            CompletableFuture<CstaResponse> lost = session.request(new MakeCall("101", "321"), Duration.ofSeconds(1), null);
            ExecutionException failed = assertThrows(ExecutionException.class, () -> lost.get(5, TimeUnit.SECONDS));
            assertInstanceOf(CstaTimeoutException.class, failed.getCause());
            // the barrier goes unanswered for its second, as its reply is not read
            await().until(() -> server.connections().get(0).isClosed() || server.received.stream()
                    .filter(message -> message.name().equals("ResetApplicationSessionTimer")).count() >= 2);
            assertFalse(server.connections().get(0).isClosed(), "the connection was taken as dead");
        } finally {
            release.countDown();
        }
        await().until(() -> seen.size() == events);
        MakeCallResponse after = (MakeCallResponse) session.request(new MakeCall("103", "321"), TIMEOUT, null)
                .get(5, TimeUnit.SECONDS);
        assertEquals("103", after.callingDevice().deviceId(), "the barriers' replies were read once reading resumed");
        assertEquals(1, server.connections().size());
    }

    @Test
    void aKeepAliveQueuedBehindRequestsToAServerThatEchoesNoIdsDoesNotTimeOutUnsent() throws Exception {
        // one request at a time, each call answered after 600 ms: the keep-alive (after 500 ms) waits in the queue
        // for about 3 s, longer than its own timeout (2 s), yet the connection is healthy
        start((request, connection) -> answerInOrder(connection, replyTo(request),
                request.name().equals("MakeCall") ? 600 : 0), settings().sessionDuration(1)
                .connectTimeout(Duration.ofSeconds(2)));
        session.open().get(5, TimeUnit.SECONDS);
        List<CompletableFuture<CstaResponse>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            calls.add(session.request(new MakeCall(Integer.toString(100 + i), "321"), Duration.ofSeconds(10), null));
        }
        for (int i = 0; i < 6; i++) {
            assertEquals(Integer.toString(100 + i),
                    ((MakeCallResponse) calls.get(i).get(10, TimeUnit.SECONDS)).callingDevice().deviceId());
        }
        await().until(() -> server.received.stream().anyMatch(m -> m.name().equals("ResetApplicationSessionTimer")));
        assertTrue(session.isLoggedIn());
        assertEquals(1, server.connections().size(), "the healthy connection was kept");
    }

    @Test
    void failsARequestThatCannotBeEncodedWithItsEncodeErrorAndSendsTheNext() throws Exception {
        start((request, connection) -> answerInOrder(connection, replyTo(request), 100), settings());
        session.open().get(5, TimeUnit.SECONDS);
        CompletableFuture<CstaResponse> first = session.request(new MakeCall("101", "321"), TIMEOUT, null);
        // an unpaired surrogate: no format can carry it; queued behind the first, so sent when its reply is read
        CompletableFuture<CstaResponse> unwritable = session.request(new MakeCall("102", "\uD800"), TIMEOUT, null);
        CompletableFuture<CstaResponse> next = session.request(new MakeCall("103", "321"), TIMEOUT, null);
        assertEquals("101", ((MakeCallResponse) first.get(5, TimeUnit.SECONDS)).callingDevice().deviceId());
        ExecutionException failed = assertThrows(ExecutionException.class, () -> unwritable.get(5, TimeUnit.SECONDS));
        assertInstanceOf(CstaEncodeException.class, failed.getCause(), "not a connection problem: retrying cannot help");
        assertEquals("103", ((MakeCallResponse) next.get(5, TimeUnit.SECONDS)).callingDevice().deviceId());
        assertEquals(1, server.connections().size());
    }

    @Test
    void givesAnErrorWithoutIdToItsOwnRequestWhenTheServerEchoesNoIds() throws Exception {
        start((request, connection) -> {
            if (answerSessionRequests(request, connection, false)) {
                return;
            }
            if (request.name().equals("SnapshotDevice")) {
                serverTimers.schedule(() -> connection.send(new SnapshotDeviceResponse(null, null, null)), 300,
                        TimeUnit.MILLISECONDS);
            } else {
                connection.send(new CstaErrorCode("operation", "invalidCallingDevice", null));
            }
        }, settings());
        session.open().get(5, TimeUnit.SECONDS);
        CompletableFuture<CstaResponse> snapshot = session.request(new SnapshotDevice("123"), TIMEOUT, null);
        CompletableFuture<CstaResponse> call = session.request(new MakeCall("101", "321"), TIMEOUT, null);
        assertInstanceOf(SnapshotDeviceResponse.class, snapshot.get(5, TimeUnit.SECONDS), "not the MakeCall's error");
        ExecutionException failed = assertThrows(ExecutionException.class, () -> call.get(5, TimeUnit.SECONDS));
        assertEquals("invalidCallingDevice", assertInstanceOf(CstaErrorException.class, failed.getCause()).getErrorValue());
    }

    @Test
    void neverSwapsRepliesOfTheSameTypeWhenTheServerEchoesNoIds() throws Exception {
        List<GenericMessage> held = new CopyOnWriteArrayList<>();
        start((request, connection) -> {
            if (answerSessionRequests(request, connection, false)) {
                return;
            }
            // the server answers the second call first when it has both; on its own the first after a while
            held.add(request);
            if (held.size() == 2) {
                connection.send(callResponse(held.get(1)));
                connection.send(callResponse(held.get(0)));
            } else {
                serverTimers.schedule(() -> {
                    if (held.size() == 1) {
                        connection.send(callResponse(request));
                    }
                }, 300, TimeUnit.MILLISECONDS);
            }
        }, settings());
        session.open().get(5, TimeUnit.SECONDS);
        CompletableFuture<CstaResponse> first = session.request(new MakeCall("101", "321"), TIMEOUT, null);
        CompletableFuture<CstaResponse> second = session.request(new MakeCall("102", "321"), TIMEOUT, null);
        assertEquals("101", ((MakeCallResponse) first.get(5, TimeUnit.SECONDS)).callingDevice().deviceId());
        assertEquals("102", ((MakeCallResponse) second.get(5, TimeUnit.SECONDS)).callingDevice().deviceId());
    }

    @Test
    void skipsMalformedAndOversizedMessagesWithoutEndingTheSession() throws Exception {
        start((request, connection) -> {
            if (!answerSessionRequests(request, connection, true)) {
                connection.sendRaw("<MakeCallResponse><callingDevice>".getBytes());
                connection.sendRaw(("<Big>" + "x".repeat(4096) + "</Big>").getBytes());
                // parsed lazily: Woodstox throws an unchecked exception for these
                connection.sendRaw("<DeliveredEvent><cause>Smith & Sons</cause></DeliveredEvent>".getBytes());
                connection.sendRaw("<DeliveredEvent><cause>&foo;</cause></DeliveredEvent>".getBytes());
                connection.sendRaw("<DeliveredEvent><cause>&#xFFFE;</cause></DeliveredEvent>".getBytes());
                connection.reply(request, callResponse(request));
            }
        }, settings().maxFrameSize(1024));
        assertInstanceOf(MakeCallResponse.class, session.request(new MakeCall("101", "321"), TIMEOUT, null)
                .get(5, TimeUnit.SECONDS));
        // the first reply can beat the closing of a connection the bad frames broke; a second request cannot
        assertInstanceOf(MakeCallResponse.class, session.request(new MakeCall("102", "321"), TIMEOUT, null)
                .get(5, TimeUnit.SECONDS));
        assertTrue(session.isLoggedIn());
        assertEquals(1, server.connections().size(), "one connection throughout");
        assertEquals(1, server.received.stream().filter(m -> m.name().equals("StartApplicationSession")).count(),
                "one login throughout");
    }

    @Test
    void raisesTheServersErrorCode() {
        start((request, connection) -> {
            if (!answerSessionRequests(request, connection, true)) {
                connection.reply(request, new CstaErrorCode("operation", "invalidCallID", "no such call"));
            }
        }, settings());
        ExecutionException failed = assertThrows(ExecutionException.class,
                () -> session.request(new MakeCall("101", "321"), TIMEOUT, null).get(5, TimeUnit.SECONDS));
        CstaErrorException error = assertInstanceOf(CstaErrorException.class, failed.getCause());
        assertEquals("operation", error.getCategory());
        assertEquals("invalidCallID", error.getErrorValue());
        assertEquals("no such call", error.getDetails());
    }

    @Test
    void refusesAnIncompleteRequestBeforeConnecting() {
        start((request, connection) -> answerSessionRequests(request, connection, true), settings());
        ExecutionException failed = assertThrows(ExecutionException.class,
                () -> session.request(new MakeCall("101", null), TIMEOUT, null).get(5, TimeUnit.SECONDS));
        assertInstanceOf(CstaValidationException.class, failed.getCause());
        assertTrue(server.received.isEmpty(), "nothing was sent, not even a login");
    }

    @Test
    void failsTheRequestsInFlightWhenTheConnectionIsLost() {
        start((request, connection) -> {
            if (!answerSessionRequests(request, connection, true)) {
                connection.close();
            }
        }, settings());
        ExecutionException failed = assertThrows(ExecutionException.class,
                () -> session.request(new MakeCall("101", "321"), TIMEOUT, null).get(5, TimeUnit.SECONDS));
        assertInstanceOf(CstaConnectionException.class, failed.getCause());
        assertEquals(1, server.received.stream().filter(m -> m.name().equals("MakeCall")).count(), "never sent again");
    }

    @Test
    void reportsAWrongPassword() {
        start((request, connection) -> connection.reply(request,
                new CstaErrorCode("security", "securityInfoViolated", "wrong credentials")), settings());
        ExecutionException failed = assertThrows(ExecutionException.class,
                () -> session.request(new MakeCall("101", "321"), TIMEOUT, null).get(5, TimeUnit.SECONDS));
        assertEquals("security", assertInstanceOf(CstaErrorException.class, failed.getCause()).getCategory());
        assertTrue(!session.isLoggedIn());
    }

    /** A provider may lock an account that keeps failing to log in: a busy producer must not log in per request. */
    @Test
    void requestsDuringTheBackoffAfterARefusedLoginFailWithoutLoggingInAgain() {
        start((request, connection) -> connection.reply(request,
                new CstaErrorCode("security", "securityInfoViolated", "wrong credentials")), waitingAMinuteToRetry());
        for (int i = 0; i < 5; i++) {
            assertEquals("securityInfoViolated", assertInstanceOf(CstaErrorException.class, requestFailure())
                    .getErrorValue());
        }
        assertEquals(1, server.received.stream().filter(m -> m.name().equals("StartApplicationSession")).count());
    }

    /** A server that stays down sees the session's backoff, however many requests come meanwhile. */
    @Test
    void requestsDuringTheBackoffAfterAFailedLoginFailWithoutConnectingAgain() {
        start((request, connection) -> connection.reply(request,
                new CstaErrorCode("operational", "generic", "starting up")), waitingAMinuteToRetry());
        for (int i = 0; i < 5; i++) {
            assertEquals("generic", assertInstanceOf(CstaErrorException.class, requestFailure()).getErrorValue());
        }
        assertEquals(1, server.connections().size(), "one attempt; the session's own retry is a minute away");
    }

    @Test
    void requestsDuringTheBackoffAfterAConnectionClosedAtTheLoginFailWithoutConnectingAgain() {
        start((request, connection) -> connection.close(), waitingAMinuteToRetry());
        for (int i = 0; i < 5; i++) {
            assertInstanceOf(CstaConnectionException.class, requestFailure());
        }
        assertEquals(1, server.connections().size(), "one attempt; the session's own retry is a minute away");
    }

    /** A connection dropped soon after its login (a flapping server) is retried after the backoff, not per request. */
    @Test
    void requestsDuringTheBackoffAfterAFlappingConnectionFailWithoutConnectingAgain() {
        start((request, connection) -> {
            answerSessionRequests(request, connection, true);
            if (request.name().equals("StartApplicationSession")) {
                connection.close();
            }
        }, waitingAMinuteToRetry());
        session.open();
        await().atMost(TIMEOUT).until(() -> session.lastFailure() != null);
        for (int i = 0; i < 5; i++) {
            assertInstanceOf(CstaConnectionException.class, requestFailure());
        }
        assertEquals(1, server.connections().size(), "one attempt; the session's own retry is a minute away");
    }

    /** A subscriber that comes while the session waits for its retry is told of the failure, as the others were. */
    @Test
    void aSubscriberDuringTheBackoffIsToldOfTheFailureWithoutAnAttemptOfItsOwn() throws Exception {
        start((request, connection) -> connection.reply(request,
                new CstaErrorCode("operational", "generic", "starting up")), waitingAMinuteToRetry());
        requestFailure();
        CompletableFuture<Throwable> told = new CompletableFuture<>();
        session.subscribe(List.of("123"), new EventHandler() {
            @Override
            public CompletionStage<?> onEvent(CstaEvent event) {
                return null;
            }

            @Override
            public void onSessionFailure(Throwable error) {
                told.complete(error);
            }
        }, 16);
        assertEquals("generic", assertInstanceOf(CstaErrorException.class, told.get(5, TimeUnit.SECONDS)).getErrorValue());
        assertEquals(1, server.connections().size(), "one attempt; the session's own retry is a minute away");
    }

    @Test
    void aRequestAfterTheSessionsRetryLoggedInIsAnswered() throws Exception {
        AtomicInteger logins = new AtomicInteger();
        start((request, connection) -> {
            if (request.name().equals("StartApplicationSession") && logins.incrementAndGet() == 1) {
                connection.reply(request, new CstaErrorCode("operational", "generic", "starting up"));
            } else {
                connection.reply(request, replyTo(request));
            }
        }, settings());
        assertInstanceOf(CstaErrorException.class, requestFailure());
        await().atMost(TIMEOUT).until(session::isLoggedIn);
        assertInstanceOf(MakeCallResponse.class, session.request(new MakeCall("101", "321"), TIMEOUT, null)
                .get(5, TimeUnit.SECONDS));
    }

    /** A request that comes while the session's retry is under way waits for that attempt instead of failing. */
    @Test
    void aRequestWhileTheSessionReconnectsIsAnsweredOnTheNewConnection() throws Exception {
        CountDownLatch requestSent = new CountDownLatch(1);
        AtomicInteger logins = new AtomicInteger();
        start((request, connection) -> {
            if (request.name().equals("StartApplicationSession") && logins.incrementAndGet() == 2) {
                awaitQuietly(requestSent); // the reconnect's login is answered once the request is under way
            }
            connection.reply(request, replyTo(request));
        }, settings().reconnectDelay(Duration.ofMillis(1), Duration.ofMinutes(1)));
        session.request(new MakeCall("101", "321"), TIMEOUT, null).get(5, TimeUnit.SECONDS);
        // not a synchronisation: a connection counts as stable once it has been up for the first wait (1 ms)
        await().pollDelay(Duration.ofMillis(5)).atMost(TIMEOUT).until(session::isLoggedIn);
        server.connections().get(0).close();
        await().atMost(TIMEOUT).until(() -> logins.get() == 2);

        CompletableFuture<CstaResponse> reply = session.request(new MakeCall("101", "321"), TIMEOUT, null);
        requestSent.countDown();
        assertInstanceOf(MakeCallResponse.class, reply.get(5, TimeUnit.SECONDS));
        assertEquals(2, server.connections().size());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static SessionSettings.Builder waitingAMinuteToRetry() {
        return settings().reconnectDelay(Duration.ofMinutes(1), Duration.ofMinutes(1));
    }

    private Throwable requestFailure() {
        return assertThrows(ExecutionException.class,
                () -> session.request(new MakeCall("101", "321"), TIMEOUT, null).get(5, TimeUnit.SECONDS)).getCause();
    }

    @Test
    void keepsTheSessionAlive() {
        start((request, connection) -> answerSessionRequests(request, connection, true),
                settings().sessionDuration(1));
        session.open();
        await().atMost(Duration.ofSeconds(5)).until(() -> server.received.stream()
                .filter(m -> m.name().equals("ResetApplicationSessionTimer")).count() >= 2);
    }

    @Test
    void deliversEveryEventInOrderAndStopsReadingWhileTheHandlerIsBehind() throws Exception {
        int events = 20_000;
        start((request, connection) -> {
            answerSessionRequests(request, connection, true);
            if (request.name().equals("MonitorStart")) {
                String monitor = "123-" + monitorsStarted.get();
                Thread blaster = new Thread(() -> {
                    for (int i = 0; i < events; i++) {
                        connection.send(delivered(monitor, Integer.toString(i)));
                    }
                });
                blaster.setDaemon(true);
                blaster.start();
            }
        }, settings());
        CountDownLatch release = new CountDownLatch(1);
        List<String> seen = new CopyOnWriteArrayList<>();
        session.subscribe(List.of("123"), event -> {
            release.await();
            seen.add(((DeliveredEvent) event).cause());
            return null;
        }, 64);
        await().atMost(Duration.ofSeconds(10)).until(session::isReadingPaused);
        release.countDown();
        await().atMost(Duration.ofSeconds(30)).until(() -> seen.size() == events);
        for (int i = 0; i < events; i++) {
            assertEquals(Integer.toString(i), seen.get(i));
        }
        await().until(() -> !session.isReadingPaused());
    }

    @Test
    void reconnectsAndRestartsMonitorsAfterTheConnectionIsLostOrTheSessionEnds() throws Exception {
        start((request, connection) -> answerSessionRequests(request, connection, true), settings());
        List<String> monitorIds = new CopyOnWriteArrayList<>();
        List<CstaEvent> events = new CopyOnWriteArrayList<>();
        session.subscribe(List.of("123"), new EventHandler() {
            @Override
            public CompletionStage<?> onEvent(CstaEvent event) {
                events.add(event);
                return null;
            }

            @Override
            public void onMonitorStarted(String device, String monitorCrossRefId) {
                monitorIds.add(monitorCrossRefId);
            }
        }, 100);
        await().until(() -> monitorIds.size() == 1);
        server.connections().get(0).close();
        await().until(() -> monitorIds.size() == 2);
        server.connections().get(1).send(new ApplicationSessionTerminated("s", new SessionTermReason("sessionTimerExpired"), null));
        await().until(() -> monitorIds.size() == 3);
        assertNotEquals(monitorIds.get(1), monitorIds.get(2));
        server.connections().get(2).send(delivered(monitorIds.get(2), "newCall"));
        await().until(() -> events.size() == 1);
        assertEquals(3, server.received.stream().filter(m -> m.name().equals("StartApplicationSession")).count());
    }

    @Test
    void deliversTheEventsOfADeviceNamedTwiceOnce() {
        start((request, connection) -> answerSessionRequests(request, connection, true), settings());
        List<String> seen = new CopyOnWriteArrayList<>();
        List<String> monitorIds = new CopyOnWriteArrayList<>();
        session.subscribe(List.of("123", "123"), new EventHandler() {
            @Override
            public CompletionStage<?> onEvent(CstaEvent event) {
                seen.add(((DeliveredEvent) event).cause());
                return null;
            }

            @Override
            public void onMonitorStarted(String device, String monitorCrossRefId) {
                monitorIds.add(monitorCrossRefId);
            }
        }, 100);
        await().until(() -> monitorIds.size() == 1);
        server.connections().get(0).send(delivered(monitorIds.get(0), "a"));
        server.connections().get(0).send(delivered(monitorIds.get(0), "b"));
        await().until(() -> seen.contains("b"));
        assertEquals(List.of("a", "b"), seen);
        assertEquals(1, server.received.stream().filter(m -> m.name().equals("MonitorStart")).count());
    }

    @Test
    void tellsSubscribersOfALostConnectionAFailedLoginAndAMonitorThatCannotStart() {
        AtomicInteger logins = new AtomicInteger();
        start((request, connection) -> {
            if (request.name().equals("StartApplicationSession") && logins.incrementAndGet() == 2) {
                connection.reply(request, new CstaErrorCode("security", "securityInfoViolated", null));
            } else if (request.name().equals("MonitorStart") && logins.get() == 3) {
                connection.reply(request, new CstaErrorCode("operation", "invalidDeviceID", null));
            } else {
                answerSessionRequests(request, connection, true);
            }
        }, settings());
        List<String> failures = new CopyOnWriteArrayList<>();
        List<String> monitorIds = new CopyOnWriteArrayList<>();
        session.subscribe(List.of("123"), new EventHandler() {
            @Override
            public CompletionStage<?> onEvent(CstaEvent event) {
                return null;
            }

            @Override
            public void onMonitorStarted(String device, String monitorCrossRefId) {
                monitorIds.add(monitorCrossRefId);
            }

            @Override
            public void onSessionFailure(Throwable error) {
                failures.add(error.getMessage());
            }
        }, 100);
        await().until(() -> monitorIds.size() == 1);
        server.connections().get(0).close();
        await().until(() -> failures.size() >= 3);
        assertTrue(failures.get(0).contains("lost"), failures.get(0));
        assertTrue(failures.get(1).contains("cannot log in"), failures.get(1));
        assertTrue(failures.get(2).contains("cannot monitor device 123"), failures.get(2));
    }

    @Test
    void putsASnapshotOfTheDeviceInTheEventOrderWhenItsMonitorStartsAndRestarts() {
        start((request, connection) -> {
            if (request.name().equals("SnapshotDevice")) {
                boolean fail = server.connections().size() > 1;
                connection.reply(request, fail ? new CstaErrorCode("operation", "generic", null)
                        : new SnapshotDeviceResponse(null, new SnapshotDeviceResponse.SnapshotData(
                                new SnapshotDeviceResponse.SnapshotDeviceResponseInfo(List.of(new SnapshotConnection("SIP/1", "123", null)))), null));
                connection.send(delivered("123-" + monitorsStarted.get(), "after"));
            } else {
                answerSessionRequests(request, connection, true);
            }
        }, settings());
        List<CstaEvent> always = new CopyOnWriteArrayList<>();
        List<CstaEvent> afterReconnect = new CopyOnWriteArrayList<>();
        session.subscribe(List.of("123"), Set.of(), SnapshotMode.ALWAYS, event -> {
            always.add(event);
            return null;
        }, 100);
        session.subscribe(List.of("123"), Set.of(), SnapshotMode.AFTER_RECONNECT, event -> {
            afterReconnect.add(event);
            return null;
        }, 100);
        await().until(() -> always.size() == 2);
        MonitorSnapshot first = assertInstanceOf(MonitorSnapshot.class, always.get(0));
        assertEquals("123", first.device());
        assertTrue(!first.restarted() && first.snapshotFailure() == null);
        assertEquals("SIP/1", first.calls().get(0).callId());
        assertEquals("after", ((DeliveredEvent) always.get(1)).cause(), "the snapshot comes before the later events");
        await().until(() -> afterReconnect.size() == 1);
        assertInstanceOf(DeliveredEvent.class, afterReconnect.get(0), "no snapshot at the first start");

        server.connections().get(0).close();
        await().until(() -> always.size() == 4 && afterReconnect.size() == 3);
        for (List<CstaEvent> events : List.of(always.subList(2, 4), afterReconnect.subList(1, 3))) {
            MonitorSnapshot again = assertInstanceOf(MonitorSnapshot.class, events.get(0));
            assertTrue(again.restarted());
            assertTrue(again.calls().isEmpty() && again.snapshotFailure() != null, "a failed snapshot says so");
            assertInstanceOf(DeliveredEvent.class, events.get(1));
        }
    }

    /** A monitor route stopped while its snapshot is asked for: the late reply must not run the stopped route. */
    @Test
    void aSnapshotAnsweredAfterItsSubscriptionClosedReachesNoHandler() throws Exception {
        CompletableFuture<Runnable> answerSnapshot = new CompletableFuture<>();
        start((request, connection) -> {
            switch (request.name()) {
                case "SnapshotDevice" -> answerSnapshot.complete(() -> connection.reply(request,
                        new SnapshotDeviceResponse(null, new SnapshotDeviceResponse.SnapshotData(
                                new SnapshotDeviceResponse.SnapshotDeviceResponseInfo(List.of())), null)));
                case "MakeCall" -> connection.reply(request, callResponse(request));
                default -> answerSessionRequests(request, connection, true);
            }
        }, settings());
        List<CstaEvent> events = new CopyOnWriteArrayList<>();
        Subscription subscription = session.subscribe(List.of("123"), Set.of(), SnapshotMode.ALWAYS, event -> {
            events.add(event);
            return null;
        }, 100);
        Runnable lateReply = answerSnapshot.get(10, TimeUnit.SECONDS);
        subscription.close();

        lateReply.run();
        // replies are read in order: once this one is in, the snapshot's was read and handed on
        session.request(new MakeCall("101", "321"), TIMEOUT, null).get(10, TimeUnit.SECONDS);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(events::isEmpty);
    }

    @Test
    void takesAConnectionWhoseKeepAliveGoesUnansweredAsDeadEvenWhileASubscriberIsBehind() {
        start((request, connection) -> {
            if (request.name().equals("ResetApplicationSessionTimer") && server.connections().size() == 1) {
                return; // the first connection is dead to keep-alives
            }
            answerSessionRequests(request, connection, true);
            if (request.name().equals("MonitorStart") && server.connections().size() == 1) {
                for (int i = 0; i < 20; i++) {
                    connection.send(delivered("123-" + monitorsStarted.get(), Integer.toString(i)));
                }
            }
        }, settings().sessionDuration(1).connectTimeout(Duration.ofMillis(500)));
        CountDownLatch release = new CountDownLatch(1);
        session.subscribe(List.of("123"), event -> {
            release.await();
            return null;
        }, 1);
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> server.connections().size() == 2 && session.isLoggedIn());
            // the session closed the dead connection itself (the server keeps it open)
            await().until(() -> server.connections().get(0).isClosed());
            // the subscriber is still behind: reading pauses again on the new connection whenever no reply is awaited
            await().until(session::isReadingPaused);
        } finally {
            release.countDown();
        }
    }

    private void start(BiConsumer<GenericMessage, ScriptedXmlServer.Connection> script, SessionSettings.Builder settings) {
        try {
            server = new ScriptedXmlServer(script);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        session = new CstaSession(settings.host("127.0.0.1").port(server.port())
                .credentials("test@mydomain", "bla.bla", "12345678.pbx.one-connect.dk")
                .build(), resources);
    }

    private static SessionSettings.Builder settings() {
        return SessionSettings.builder().reconnectDelay(Duration.ofMillis(20), Duration.ofMillis(200));
    }

    /** Answers login, keep-alive and monitors; returns whether it answered. */
    private boolean answerSessionRequests(GenericMessage request, ScriptedXmlServer.Connection connection,
                                                 boolean echo) {
        CstaResponse response = sessionReply(request);
        if (response == null) {
            return false;
        }
        if (echo) {
            connection.reply(request, response);
        } else {
            connection.send(response);
        }
        return true;
    }

    /** The reply to login, keep-alive or monitor start; {@code null} for another request. */
    private CstaResponse sessionReply(GenericMessage request) {
        return switch (request.name()) {
            case "StartApplicationSession" -> new StartApplicationSessionPosResponse("s-1", "ed3",
                    Integer.valueOf(request.text("requestedSessionDuration")), null);
            case "ResetApplicationSessionTimer" -> new ResetApplicationSessionTimerPosResponse(1, null);
            case "MonitorStart" -> new MonitorStartResponse(request.text("monitorObject", "deviceObject") + "-"
                    + monitorsStarted.incrementAndGet(), null);
            default -> null;
        };
    }

    /** The reply to a session request or a MakeCall. */
    private CstaResponse replyTo(GenericMessage request) {
        return request.name().equals("MakeCall") ? callResponse(request) : sessionReply(request);
    }

    /**
     * As the 2020 server: replies echo no id and come in the order of the requests, each {@code delayMillis} after
     * the one before (or after the request, if the server was idle).
     */
    private void answerInOrder(ScriptedXmlServer.Connection connection, CstaMessage reply, long delayMillis) {
        synchronized (serverTimers) {
            lastReply = lastReply.thenRunAsync(() -> connection.send(reply),
                    CompletableFuture.delayedExecutor(delayMillis, TimeUnit.MILLISECONDS, serverTimers));
        }
    }

    private static MakeCallResponse callResponse(GenericMessage makeCall) {
        return new MakeCallResponse(new ConnectionId("SIP/hpbx-" + makeCall.text("callingDevice"),
                makeCall.text("callingDevice")), null);
    }

    private static DeliveredEvent delivered(String monitor, String cause) {
        return new DeliveredEvent(monitor, new ConnectionId("SIP/hpbx-1", "123"), null, null, null, null, "alerting",
                cause, null, null, null, null, null);
    }
}
