package org.camelcsta.client;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.camelcsta.protocol.model.CstaResponse;
import org.camelcsta.protocol.model.MakeCall;
import org.camelcsta.protocol.model.MakeCallResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Over http the request timeout, not the connect timeout, bounds the wait for a reply, and its expiry is a timeout.
 * HttpClient checks its response timeout only about once a second, so the times here are whole seconds: a wait
 * capped at the connect timeout (1 s) would end within about 2 s of sending, well before the tests' 3 or 4 s.
 */
class HttpSessionTimeoutTest {

    private static final String REPLY = "{\"MakeCallResponse\":{\"callingDevice\":{\"callID\":\"SIP/1\",\"deviceID\":\"123\"}}}";

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);
    private static final Duration HELD = Duration.ofSeconds(3);
    /** Counted from the call, which may be a second before the sending when the JVM is cold. */
    private static final Duration UNANSWERED_TIMEOUT = Duration.ofSeconds(4);

    private final CountDownLatch arrived = new CountDownLatch(1);
    private final CountDownLatch answer = new CountDownLatch(1);
    private final AtomicInteger received = new AtomicInteger();
    private volatile boolean answerAtOnce;
    private HttpServer server;
    private ClientResources resources;
    private CstaSession session;

    @BeforeEach
    void start() throws Exception {
        // a backlog above the client's 64 connections: the default (50) overflows when the accepting thread lags,
        // and a dropped connect is retried only after the connect timeout, so the request fails
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            received.incrementAndGet();
            arrived.countDown();
            try {
                if (!answerAtOnce) {
                    answer.await(); // the test decides when (if ever) the server answers
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] bytes = REPLY.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        resources = ClientResources.create(1, Executors.newSingleThreadExecutor(), true);
        session = new CstaSession(SessionSettings.builder().transport(TransportType.HTTP).host("127.0.0.1")
                .port(server.getAddress().getPort()).credentials("test@mydomain", "bla.bla", "12345678.pbx.one-connect.dk")
                .connectTimeout(CONNECT_TIMEOUT).build(), resources);
        // the HTTP client starts here, so that its start-up is not counted in the times the tests measure
        session.open().get(5, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() {
        answer.countDown();
        session.close();
        resources.close();
        server.stop(0);
    }

    @Test
    void waitsForAReplySlowerThanTheConnectTimeout() throws Exception {
        var reply = session.request(new MakeCall("123", "321"), Duration.ofSeconds(10), null);
        assertTrue(arrived.await(5, TimeUnit.SECONDS));
        // the reply is held for longer than the connect timeout, within the request timeout: still pending
        assertThrows(TimeoutException.class, () -> reply.get(HELD.toMillis(), TimeUnit.MILLISECONDS));
        answer.countDown();
        assertInstanceOf(MakeCallResponse.class, reply.get(5, TimeUnit.SECONDS));
    }

    /** The client has 64 connections: a 65th request waits for one, and is abandoned when it times out. */
    @Test
    void aRequestThatTimedOutWhileWaitingForAConnectionIsNeverSent() throws Exception {
        answerAtOnce = true;
        session.request(new MakeCall("123", "321"), Duration.ofSeconds(10), null).get(5, TimeUnit.SECONDS);
        answerAtOnce = false; // from now on held, requests are sent in parallel: the server was seen to echo ids
        List<CompletableFuture<CstaResponse>> held = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            held.add(session.request(new MakeCall("123", "321"), Duration.ofSeconds(30), null));
        }
        await().atMost(Duration.ofSeconds(10))
                .until(() -> received.get() == 65 || held.stream().anyMatch(CompletableFuture::isDone));
        for (CompletableFuture<CstaResponse> reply : held) {
            if (reply.isDone()) {
                reply.get(); // a held request that ended tells why
            }
        }
        CompletableFuture<CstaResponse> waiting = session.request(new MakeCall("124", "321"), Duration.ofSeconds(1), null);
        ExecutionException failed = assertThrows(ExecutionException.class, () -> waiting.get(10, TimeUnit.SECONDS));
        assertInstanceOf(CstaTimeoutException.class, failed.getCause());

        answer.countDown(); // frees the connections
        for (CompletableFuture<CstaResponse> reply : held) {
            assertInstanceOf(MakeCallResponse.class, reply.get(10, TimeUnit.SECONDS));
        }
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> received.get() == 65);
        assertEquals(0, session.requestsInFlight());
    }

    @Test
    void reportsAnUnansweredRequestAsATimeout() {
        ExecutionException failed = assertThrows(ExecutionException.class,
                () -> session.request(new MakeCall("123", "321"), UNANSWERED_TIMEOUT, null).get(10, TimeUnit.SECONDS));
        assertInstanceOf(CstaTimeoutException.class, failed.getCause());
    }
}
