package org.camelcsta.client.transport.http;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.camelcsta.client.CstaConnectionException;
import org.camelcsta.client.SessionSettings;
import org.camelcsta.client.TransportType;
import org.camelcsta.client.transport.TransportListener;
import org.camelcsta.protocol.CstaEncodeException;
import org.camelcsta.protocol.CstaException;
import org.camelcsta.protocol.codec.JsonCodec;
import org.camelcsta.protocol.codec.OutgoingMessage;
import org.camelcsta.protocol.codec.QueryCodec;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.MakeCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The GET transport against a plain HTTP server whose replies the test chooses. */
class HttpGetTransportTest {

    private static final Duration REPLY_TIMEOUT = Duration.ofSeconds(5);

    private HttpServer server;
    private volatile int status = 200;
    private volatile String body = "{\"MakeCallResponse\":{\"callingDevice\":{\"callID\":\"SIP/1\",\"deviceID\":\"123\"}}}";
    private final List<HttpExchange> requests = new CopyOnWriteArrayList<>();
    private final List<String> queries = new CopyOnWriteArrayList<>();
    private final List<GenericMessage> delivered = new CopyOnWriteArrayList<>();
    private HttpGetTransport transport;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange);
            queries.add(exchange.getRequestURI().getRawQuery());
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        if (transport != null) {
            transport.close();
        }
        server.stop(0);
    }

    @Test
    void sendsTheQueryWithTheCredentialsInHeadersAndDeliversTheReplyWithTheRequestsId() throws Exception {
        connect("test@mydomain", "bla.bla");
        OutgoingMessage request = new OutgoingMessage(new MakeCall("123", "321"), "r-1", null, Map.of());
        transport.send(request, REPLY_TIMEOUT).get(5, TimeUnit.SECONDS);
        assertTrue(queries.get(0).startsWith("MakeCall[callingDevice]=123&MakeCall[calledDirectoryNumber]=321"),
                queries.get(0));
        assertEquals("test@mydomain", requests.get(0).getRequestHeaders().getFirst("username"));
        assertEquals("bla.bla", requests.get(0).getRequestHeaders().getFirst("password"));
        assertEquals("12345678.pbx.one-connect.dk", requests.get(0).getRequestHeaders().getFirst("pbxdomain"));
        assertEquals("/csta/", requests.get(0).getRequestURI().getPath());
        assertEquals("MakeCallResponse", delivered.get(0).name());
        assertEquals("r-1", delivered.get(0).requestId());
    }

    @Test
    void deliversAnErrorCodeWhateverTheStatus() throws Exception {
        status = 401;
        body = "{\"CSTAErrorCode\":{\"security\":\"securityInfoViolated\"}}";
        connect("test@mydomain", "wrong");
        transport.send(OutgoingMessage.of(new GenericMessage("MakeCall", JsonNodeFactory.instance.objectNode())), REPLY_TIMEOUT).get(5, TimeUnit.SECONDS);
        assertEquals("CSTAErrorCode", delivered.get(0).name());
    }

    @Test
    void failsOnAReplyThatIsNoCstaMessage() throws Exception {
        status = 502;
        body = "<html>Bad gateway</html>";
        connect("test@mydomain", "bla.bla");
        ExecutionException e = assertThrows(ExecutionException.class, () -> transport.send(
                OutgoingMessage.of(new GenericMessage("MakeCall", JsonNodeFactory.instance.objectNode())), REPLY_TIMEOUT).get(5, TimeUnit.SECONDS));
        CstaConnectionException error = assertInstanceOf(CstaConnectionException.class, e.getCause());
        assertTrue(error.getMessage().contains("HTTP 502"), error.getMessage());
        assertTrue(delivered.isEmpty());
    }

    @Test
    void failsARequestThatCannotBeEncodedWithItsEncodeErrorInsteadOfThrowing() throws Exception {
        connect("test@mydomain", "bla.bla");
        CompletableFuture<Void> sent = transport.send(OutgoingMessage.of(new MakeCall("123", "\uD800")),
                REPLY_TIMEOUT);
        ExecutionException e = assertThrows(ExecutionException.class, () -> sent.get(5, TimeUnit.SECONDS));
        assertInstanceOf(CstaEncodeException.class, e.getCause());
        assertTrue(requests.isEmpty(), "nothing was sent");
    }

    @Test
    void refusesCredentialsThatWouldInjectHeaders() {
        ExecutionException e = assertThrows(ExecutionException.class, () -> connect("test@mydomain", "pw\r\nX-Evil: 1"));
        CstaException error = assertInstanceOf(CstaException.class, e.getCause());
        assertTrue(error.getMessage().contains("password header") && error.getMessage().contains("CR or LF"),
                error.getMessage());
        assertTrue(!error.getMessage().contains("pw"), "the password is not shown");
        assertTrue(requests.isEmpty());
    }

    private void connect(String username, String password) throws Exception {
        SessionSettings settings = SessionSettings.builder().transport(TransportType.HTTP).host("127.0.0.1")
                .port(server.getAddress().getPort()).credentials(username, password, "12345678.pbx.one-connect.dk").build();
        transport = new HttpGetTransport(settings, new QueryCodec(), new JsonCodec());
        transport.connect(new TransportListener() {
            @Override
            public void onMessage(GenericMessage message, int frameSize) {
                delivered.add(message);
            }

            @Override
            public void onReadComplete() {
            }

            @Override
            public void onClosed(Throwable cause) {
            }
        }).get(5, TimeUnit.SECONDS);
    }
}
