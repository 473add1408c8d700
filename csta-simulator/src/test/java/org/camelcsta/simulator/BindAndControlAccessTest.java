package org.camelcsta.simulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Where the simulator listens (127.0.0.1 unless told), and its control port's door: no cross-origin writes, writes
 * as JSON only, no rebound host names, and a token where it listens beyond this machine.
 */
class BindAndControlAccessTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String RING = "{\"from\": \"22334455\", \"to\": \"170\"}";
    private static final String TOKEN = "c0ntrol-T0ken-QZX";

    private CstaSimulator sim;

    @AfterEach
    void stop() {
        if (sim != null) {
            sim.stop();
        }
    }

    @Test
    void everyServerListensOnLoopbackByDefault() throws Exception {
        sim = CstaSimulator.builder().xmlPort(0).socketIoPort(0).httpPort(0).httpsPort(0).controlPort(0).build();
        sim.start();
        assertTrue(sim.bindAddress().isLoopbackAddress());
        InetAddress external = nonLoopbackAddress().orElse(null);
        assumeTrue(external != null, "this machine has no other address to try");
        for (int port : new int[] { sim.xmlPort(), sim.socketIoPort(), sim.httpPort(), sim.httpsPort(), sim.controlPort() }) {
            assertTrue(connects(InetAddress.getLoopbackAddress(), port), "127.0.0.1:" + port);
            assertThrows(ConnectException.class, () -> connect(external, port), external + ":" + port);
        }
    }

    @Test
    void everyInterfaceNeedsAControlTokenOrNoControlApi() throws Exception {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> CstaSimulator.builder().bindAddress("0.0.0.0").controlPort(0).build());
        assertTrue(refused.getMessage().contains("token"), refused.getMessage());

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CstaSimulatorMain.Launch launch = CstaSimulatorMain.launch(new String[] { "--bind", "0.0.0.0",
                "--xml-port", "0", "--socketio-port", "-1", "--http-port", "-1", "--https-port", "-1",
                "--control-port", "0" }, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(CstaSimulatorMain.BAD_OPTION, launch.exitCode());
        assertNull(launch.simulator());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("token"), err.toString(StandardCharsets.UTF_8));

        sim = CstaSimulator.builder().bindAddress("0.0.0.0").xmlPort(0).socketIoPort(-1).httpPort(-1).httpsPort(-1)
                .controlPort(-1).build();
        sim.start();
        Optional<InetAddress> external = nonLoopbackAddress();
        assumeTrue(external.isPresent(), "this machine has no other address to try");
        assertTrue(connects(external.get(), sim.xmlPort()));
    }

    @Test
    void crossOriginAndNonJsonWritesAreRefused() throws Exception {
        sim = CstaSimulator.builder().xmlPort(-1).socketIoPort(-1).httpPort(-1).httpsPort(-1).controlPort(0).build();
        sim.start();
        String self = "http://127.0.0.1:" + sim.controlPort();

        assertEquals(403, send("POST", "/calls", RING, "application/json", "Origin", "http://attacker.example").statusCode());
        assertEquals(403, send("POST", "/calls", RING, "application/json", "Origin", "null").statusCode());
        assertEquals(403, send("POST", "/calls", RING, "application/json", "Sec-Fetch-Site", "cross-site").statusCode());
        assertEquals(403, send("POST", "/devices/170/hangup", "", "application/json", "Sec-Fetch-Site", "same-site")
                .statusCode());
        // what a page of another site can send without asking first: a form, plain text, or no type at all
        assertEquals(415, send("POST", "/calls", RING, "text/plain").statusCode());
        assertEquals(415, send("POST", "/calls", RING, "application/x-www-form-urlencoded").statusCode());
        assertEquals(415, send("POST", "/faults/drop-connections", "", null).statusCode());
        assertTrue(sim.calls().isEmpty(), "no refused write rang a phone");

        HttpResponse<String> preflight = send("OPTIONS", "/calls", null, null, "Origin", "http://attacker.example",
                "Access-Control-Request-Method", "POST");
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), preflight.headers().toString());

        // the board's own requests, and those of scripts and tests, pass
        assertEquals(201, send("POST", "/calls", RING, "application/json; charset=utf-8", "Origin", self,
                "Sec-Fetch-Site", "same-origin").statusCode());
        assertEquals(200, send("POST", "/devices/170/hangup", "", "application/json").statusCode());
        assertEquals(200, send("GET", "/calls", null, null, "Sec-Fetch-Site", "cross-site").statusCode(),
                "reads pass; without a CORS header another site cannot read the answer");
    }

    @Test
    void aReboundHostNameIsRefusedReadsIncluded() throws Exception {
        sim = CstaSimulator.builder().xmlPort(-1).socketIoPort(-1).httpPort(-1).httpsPort(-1).controlPort(0).build();
        sim.start();
        assertTrue(rawGet("attacker.example:" + sim.controlPort(), "/calls").startsWith("HTTP/1.1 403"));
        assertTrue(rawGet("attacker.example", "/board/events").startsWith("HTTP/1.1 403"));
        assertTrue(rawGet("localhost:" + sim.controlPort(), "/calls").startsWith("HTTP/1.1 200"));
    }

    @Test
    void beyondLoopbackWritesNeedTheToken(@TempDir Path dir) throws Exception {
        Path tokenFile = dir.resolve("token");
        Files.writeString(tokenFile, TOKEN + "\n");
        CstaSimulatorMain.Launch launch = CstaSimulatorMain.launch(new String[] { "--bind", "0.0.0.0",
                "--xml-port", "-1", "--socketio-port", "-1", "--http-port", "-1", "--https-port", "-1",
                "--control-port", "0", "--control-token-file", tokenFile.toString() },
                new PrintStream(new ByteArrayOutputStream()), System.err);
        assertEquals(0, launch.exitCode());
        sim = launch.simulator();

        assertEquals(401, send("POST", "/calls", RING, "application/json").statusCode());
        assertEquals(401, send("POST", "/calls", RING, "application/json", "Authorization", "Bearer " + TOKEN + "x")
                .statusCode());
        assertEquals(401, send("POST", "/calls", RING, "application/json", "Authorization", TOKEN).statusCode());
        assertTrue(sim.calls().isEmpty());
        assertEquals(201, send("POST", "/calls", RING, "application/json", "Authorization", "Bearer " + TOKEN)
                .statusCode());
        // a host name other than localhost is fine here: the token, not the name, is the proof
        assertTrue(rawGet("pbx-test.internal", "/calls").startsWith("HTTP/1.1 200"));
    }

    private HttpResponse<String> send(String method, String path, String body, String contentType, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + sim.controlPort() + path))
                .timeout(Duration.ofSeconds(5))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET naming this host, which Java's HTTP client does not let a caller choose. */
    private String rawGet(String host, String path) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), sim.controlPort())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] head = new byte[12];
            int read = socket.getInputStream().readNBytes(head, 0, head.length);
            return new String(head, 0, read, StandardCharsets.US_ASCII);
        }
    }

    private static boolean connects(InetAddress address, int port) throws IOException {
        connect(address, port);
        return true;
    }

    private static void connect(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
        }
    }

    /** An IPv4 address of this machine's that is not the loopback address, where there is one. */
    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        return NetworkInterface.networkInterfaces().filter(nic -> {
            try {
                return nic.isUp() && !nic.isLoopback();
            } catch (SocketException e) {
                return false;
            }
        }).flatMap(NetworkInterface::inetAddresses).filter(address -> address instanceof Inet4Address).findFirst();
    }
}
