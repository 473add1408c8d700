package org.camelcsta.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.camelcsta.protocol.codec.JsonCodec;
import org.camelcsta.protocol.codec.MessageBinder;
import org.camelcsta.protocol.codec.QueryCodec;
import org.camelcsta.protocol.model.CstaMessage;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.SnapshotDevice;
import org.camelcsta.protocol.model.StartApplicationSession;
import org.camelcsta.simulator.client.CstaTestClient;
import org.camelcsta.simulator.client.SocketIoTestClient;
import org.camelcsta.simulator.client.XmlSocketClient;
import org.junit.jupiter.api.Test;

/**
 * The 2020 server's behaviour of echoing no {@code privateData.requestID}: set in the builder, on the command line,
 * and switched at run time, on every transport.
 */
class EchoRequestIdsTest {

    @Test
    void builtNotToEchoTheSessionTransportsAnswerWithoutRequestIdUntilSwitchedBack() {
        try (CstaSimulator sim = CstaSimulator.builder().xmlPort(0).socketIoPort(0).httpPort(-1).httpsPort(-1)
                .controlPort(-1).echoRequestIds(false).build()) {
            sim.start();
            try (XmlSocketClient xml = new XmlSocketClient(sim.xmlPort());
                 SocketIoTestClient socketIo = new SocketIoTestClient(sim.socketIoPort())) {
                for (CstaTestClient client : new CstaTestClient[] { xml, socketIo }) {
                    GenericMessage login = send(client, login(), "login-1");
                    assertEquals("StartApplicationSessionPosResponse", login.name(), login.toString());
                    assertNull(login.requestId(), login.toString());
                    GenericMessage snapshot = send(client, new SnapshotDevice("100"), "snapshot-1");
                    assertEquals("SnapshotDeviceResponse", snapshot.name(), snapshot.toString());
                    assertNull(snapshot.requestId(), snapshot.toString());
                }

                sim.echoRequestIds(true);
                for (CstaTestClient client : new CstaTestClient[] { xml, socketIo }) {
                    // request() matches the response by its echoed requestID
                    assertEquals("SnapshotDeviceResponse", client.request(new SnapshotDevice("100")).name());
                }
            }
        }
    }

    @Test
    void theHttpTransportFollowsTheSetting() throws Exception {
        try (CstaSimulator sim = CstaSimulator.builder().xmlPort(-1).socketIoPort(-1).httpPort(0).httpsPort(-1)
                .controlPort(-1).build()) {
            sim.start();
            assertEquals("get-1", get(sim, new SnapshotDevice("100"), "get-1").requestId());
            sim.echoRequestIds(false);
            GenericMessage silent = get(sim, new SnapshotDevice("100"), "get-2");
            assertEquals("SnapshotDeviceResponse", silent.name(), silent.toString());
            assertNull(silent.requestId(), silent.toString());
        }
    }

    @Test
    void theCommandLineSetsIt() {
        CstaSimulatorMain.Launch launch = CstaSimulatorMain.launch(new String[] { "--xml-port", "0",
                "--socketio-port", "-1", "--http-port", "-1", "--https-port", "-1", "--control-port", "-1",
                "--echo-request-ids", "false" }, new PrintStream(new ByteArrayOutputStream()), System.err);
        try (XmlSocketClient client = new XmlSocketClient(launch.simulator().xmlPort())) {
            assertNull(send(client, login(), "login-1").requestId());
        } finally {
            launch.simulator().stop();
        }

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CstaSimulatorMain.Launch bad = CstaSimulatorMain.launch(new String[] { "--echo-request-ids", "maybe" },
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, bad.exitCode());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--echo-request-ids must be true or false"),
                err.toString(StandardCharsets.UTF_8));
    }

    private static StartApplicationSession login() {
        return new StartApplicationSession("test@mydomain", "bla.bla", "12345678.pbx.one-connect.dk", 60);
    }

    /** Sends a request with a requestID; the response is unmatched where the server echoes none. */
    private static GenericMessage send(CstaTestClient client, CstaMessage request, String requestId) {
        client.sendRaw(MessageBinder.standard().unbind(request).withRequestId(requestId));
        return client.nextUnmatched();
    }

    private static GenericMessage get(CstaSimulator sim, CstaMessage request, String requestId) throws Exception {
        String query = new QueryCodec().encode(MessageBinder.standard().unbind(request).withRequestId(requestId));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + sim.httpPort() + "/csta/?" + query))
                .timeout(Duration.ofSeconds(5))
                .header("username", "test@mydomain").header("password", "bla.bla")
                .header("pbxdomain", "12345678.pbx.one-connect.dk").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        return new JsonCodec().decodeGeneric(response.body());
    }
}
