package org.camelcsta.client;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import org.camelcsta.protocol.model.MakeCall;
import org.camelcsta.protocol.model.MakeCallResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Over http the server's reply is taken for what it is, and no more: a redirect is not followed (it would take the
 * credentials and the call elsewhere), a reply's head is bounded, and a reply answers the request of its exchange.
 */
class HttpUntrustedReplyTest {

    private static final String REPLY = "{\"MakeCallResponse\":{\"callingDevice\":{\"callID\":\"SIP/1\",\"deviceID\":\"123\"}}}";

    private final ClientResources resources = ClientResources.create(1, Executors.newSingleThreadExecutor(), true);
    private HttpServer server;
    private HttpServer elsewhere;
    private CstaSession session;

    @AfterEach
    void stop() {
        if (session != null) {
            session.close();
        }
        resources.close();
        for (HttpServer running : new HttpServer[] { server, elsewhere }) {
            if (running != null) {
                running.stop(0);
            }
        }
    }

    @Test
    void aRedirectFailsTheRequestAndNothingIsSentWhereItPoints() throws Exception {
        AtomicInteger redirected = new AtomicInteger();
        elsewhere = serve(exchange -> {
            redirected.incrementAndGet();
            respond(exchange, 200, REPLY);
        });
        String location = "http://127.0.0.1:" + elsewhere.getAddress().getPort() + "/csta/";
        server = serve(exchange -> {
            exchange.getResponseHeaders().add("Location", location);
            respond(exchange, 302, "");
        });

        ExecutionException failed = assertThrows(ExecutionException.class, () -> call(Duration.ofSeconds(5)));

        CstaConnectionException error = assertInstanceOf(CstaConnectionException.class, failed.getCause());
        assertTrue(error.getMessage().contains("HTTP 302"), error.getMessage());
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> redirected.get() == 0);
    }

    @Test
    void aReplyWhoseHeadIsLongerThanItsLimitFailsTheRequestWithThatCause() throws Exception {
        String filler = "x".repeat(64 * 1024);
        server = serve(exchange -> {
            exchange.getResponseHeaders().add("X-Filler", filler);
            respond(exchange, 200, REPLY);
        });

        ExecutionException failed = assertThrows(ExecutionException.class, () -> call(Duration.ofSeconds(30)));

        assertInstanceOf(CstaConnectionException.class, failed.getCause(), "not the request's timeout");
    }

    @Test
    void aReplyThatEchoesAnotherRequestIdAnswersTheRequestOfItsExchange() throws Exception {
        server = serve(exchange -> respond(exchange, 200,
                "{\"MakeCallResponse\":{\"callingDevice\":{\"callID\":\"SIP/1\",\"deviceID\":\"123\"},"
                + "\"privateData\":{\"requestID\":\"another\"}}}"));

        MakeCallResponse reply = assertInstanceOf(MakeCallResponse.class, call(Duration.ofSeconds(3)));

        assertEquals("SIP/1", reply.callingDevice().callId());
    }

    private Object call(Duration timeout) throws Exception {
        session = new CstaSession(SessionSettings.builder().transport(TransportType.HTTP).host("127.0.0.1")
                .port(server.getAddress().getPort())
                .credentials("test@mydomain", "bla.bla", "12345678.pbx.one-connect.dk").build(), resources);
        return session.request(new MakeCall("123", "321"), timeout, null).get(20, TimeUnit.SECONDS);
    }

    private static HttpServer serve(HttpHandler handler) throws IOException {
        HttpServer started = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        started.setExecutor(Executors.newCachedThreadPool());
        started.createContext("/", handler);
        started.start();
        return started;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
