package org.camelcsta.client;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;
import org.camelcsta.protocol.model.MakeCall;
import org.camelcsta.protocol.model.MakeCallResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Over http the request timeout, not the connect timeout, bounds the wait for a reply, and its expiry is a timeout. */
class HttpSessionTimeoutTest {

    private static final String REPLY = "{\"MakeCallResponse\":{\"callingDevice\":{\"callID\":\"SIP/1\",\"deviceID\":\"123\"}}}";

    private final CountDownLatch answer = new CountDownLatch(1);
    private HttpServer server;
    private ClientResources resources;
    private CstaSession session;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            try {
                answer.await(); // the test decides when (if ever) the server answers
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
                .connectTimeout(Duration.ofMillis(200)).build(), resources);
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
        // the reply is held for longer than the connect timeout (200 ms), well within the request timeout
        assertThrows(java.util.concurrent.TimeoutException.class, () -> reply.get(600, TimeUnit.MILLISECONDS));
        answer.countDown();
        assertInstanceOf(MakeCallResponse.class, reply.get(5, TimeUnit.SECONDS));
    }

    @Test
    void reportsAnUnansweredRequestAsATimeout() {
        ExecutionException failed = assertThrows(ExecutionException.class,
                () -> session.request(new MakeCall("123", "321"), Duration.ofMillis(700), null).get(5, TimeUnit.SECONDS));
        assertInstanceOf(CstaTimeoutException.class, failed.getCause());
    }
}
