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
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

import org.camelcsta.protocol.CstaValidationException;
import org.camelcsta.protocol.model.ApplicationSessionTerminated;
import org.camelcsta.protocol.model.ConnectionId;
import org.camelcsta.protocol.model.CstaErrorCode;
import org.camelcsta.protocol.model.CstaEvent;
import org.camelcsta.protocol.model.CstaResponse;
import org.camelcsta.protocol.model.DeliveredEvent;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.MakeCall;
import org.camelcsta.protocol.model.MakeCallResponse;
import org.camelcsta.protocol.model.MonitorStartResponse;
import org.camelcsta.protocol.model.ResetApplicationSessionTimerPosResponse;
import org.camelcsta.protocol.model.SessionTermReason;
import org.camelcsta.protocol.model.StartApplicationSessionPosResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The session against a scripted server that misbehaves on purpose. */
class CstaSessionTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

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
    void dropsTheLateReplyOfATimedOutRequestAndAnswersTheNextOneRight() throws Exception {
        List<GenericMessage> delayed = new CopyOnWriteArrayList<>();
        start((request, connection) -> {
            if (answerSessionRequests(request, connection, false)) {
                return;
            }
            if (delayed.isEmpty()) {
                delayed.add(request); // answered late, just before the next reply
                return;
            }
            connection.send(callResponse(delayed.get(0)));
            connection.send(callResponse(request));
        }, settings());
        session.open().get(5, TimeUnit.SECONDS);
        ExecutionException timedOut = assertThrows(ExecutionException.class,
                () -> session.request(new MakeCall("101", "321"), Duration.ofMillis(300), null).get(5, TimeUnit.SECONDS));
        assertInstanceOf(CstaTimeoutException.class, timedOut.getCause());
        MakeCallResponse next = (MakeCallResponse) session.request(new MakeCall("102", "321"), TIMEOUT, null)
                .get(5, TimeUnit.SECONDS);
        assertEquals("102", next.callingDevice().deviceId(), "the late reply to 101 went nowhere");
    }

    @Test
    void skipsMalformedAndOversizedMessagesWithoutEndingTheSession() throws Exception {
        start((request, connection) -> {
            if (!answerSessionRequests(request, connection, true)) {
                connection.sendRaw("<MakeCallResponse><callingDevice>".getBytes());
                connection.sendRaw(("<Big>" + "x".repeat(4096) + "</Big>").getBytes());
                connection.reply(request, callResponse(request));
            }
        }, SessionSettings.builder().maxFrameSize(1024));
        assertInstanceOf(MakeCallResponse.class, session.request(new MakeCall("101", "321"), TIMEOUT, null)
                .get(5, TimeUnit.SECONDS));
        assertTrue(session.isLoggedIn());
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

    @Test
    void keepsTheSessionAlive() {
        start((request, connection) -> answerSessionRequests(request, connection, true),
                SessionSettings.builder().sessionDuration(1));
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
                String monitor = "123-" + monitors;
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

    private void start(BiConsumer<GenericMessage, ScriptedXmlServer.Connection> script, SessionSettings.Builder settings) {
        try {
            server = new ScriptedXmlServer(script);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        session = new CstaSession(settings.host("127.0.0.1").port(server.port())
                .credentials("test@mydomain", "bla.bla", "12345678.pbx.one-connect.dk")
                .reconnectDelay(Duration.ofMillis(20), Duration.ofMillis(200))
                .build(), resources);
    }

    private static SessionSettings.Builder settings() {
        return SessionSettings.builder();
    }

    private static int monitors;

    /** Answers login, keep-alive and monitors; returns whether it answered. */
    private static boolean answerSessionRequests(GenericMessage request, ScriptedXmlServer.Connection connection,
                                                 boolean echo) {
        CstaResponse response = switch (request.name()) {
            case "StartApplicationSession" -> new StartApplicationSessionPosResponse("s-1", "ed3",
                    Integer.valueOf(request.text("requestedSessionDuration")), null);
            case "ResetApplicationSessionTimer" -> new ResetApplicationSessionTimerPosResponse(1, null);
            case "MonitorStart" -> new MonitorStartResponse(request.text("monitorObject", "deviceObject") + "-" + ++monitors, null);
            default -> null;
        };
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

    private static MakeCallResponse callResponse(GenericMessage makeCall) {
        return new MakeCallResponse(new ConnectionId("SIP/hpbx-" + makeCall.text("callingDevice"),
                makeCall.text("callingDevice")), null);
    }

    private static DeliveredEvent delivered(String monitor, String cause) {
        return new DeliveredEvent(monitor, new ConnectionId("SIP/hpbx-1", "123"), null, null, null, null, "alerting",
                cause, null, null, null, null, null);
    }
}
