package org.camelcsta.client;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpServer;
import org.camelcsta.protocol.model.MakeCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Over http a reply is read up to the frame limit: a server that streams a body without end fails the request as
 * soon as the limit is passed, instead of filling the heap until the request times out.
 */
class HttpReplyLimitTest {

    private static final int LIMIT = 64 * 1024;
    /** Where the server stops on its own: far beyond what the client may read. */
    private static final long ENDLESS = 256L * 1024 * 1024;

    private final AtomicLong written = new AtomicLong();
    private final AtomicBoolean ended = new AtomicBoolean();
    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer server;
    private ClientResources resources;
    private CstaSession session;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, 0); // chunked, no length
            byte[] chunk = new byte[8192];
            Arrays.fill(chunk, (byte) ' ');
            try (OutputStream out = exchange.getResponseBody()) {
                while (written.get() < ENDLESS) {
                    out.write(chunk);
                    written.addAndGet(chunk.length);
                }
            } catch (IOException e) {
                // the client gave up: what this test wants
            } finally {
                ended.set(true);
            }
        });
        server.start();
        resources = ClientResources.create(1, Executors.newSingleThreadExecutor(), true);
        session = new CstaSession(SessionSettings.builder().transport(TransportType.HTTP).host("127.0.0.1")
                .port(server.getAddress().getPort()).credentials("test@mydomain", "bla.bla", "12345678.pbx.one-connect.dk")
                .maxFrameSize(LIMIT).build(), resources);
    }

    @AfterEach
    void stop() {
        session.close();
        resources.close();
        server.stop(0);
    }

    @Test
    void aReplyLongerThanTheLimitFailsTheRequestOnceTheLimitIsPassed() {
        ExecutionException failed = assertThrows(ExecutionException.class,
                () -> session.request(new MakeCall("123", "321"), Duration.ofSeconds(30), null).get(20, TimeUnit.SECONDS));
        CstaConnectionException error = assertInstanceOf(CstaConnectionException.class, failed.getCause());
        assertTrue(error.getMessage().contains("longer than the limit of 65536 bytes"), error.getMessage());
        await().untilTrue(ended);
        assertTrue(written.get() < 16 * 1024 * 1024, "the client read on: " + written.get() + " bytes");
        // a GET places calls: HttpClient must not send it again after the failure
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(5)).until(() -> requests.get() == 1);
    }
}
