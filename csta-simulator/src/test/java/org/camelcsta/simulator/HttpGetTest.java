package org.camelcsta.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Map;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.camelcsta.protocol.codec.JsonCodec;
import org.camelcsta.protocol.codec.OutgoingMessage;
import org.camelcsta.protocol.codec.QueryCodec;
import org.camelcsta.protocol.model.ClearConnection;
import org.camelcsta.protocol.model.ConnectionId;
import org.camelcsta.protocol.model.ConsultationCall;
import org.camelcsta.protocol.model.CstaMessage;
import org.camelcsta.protocol.model.DirectedPickupCall;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.MakeCall;
import org.camelcsta.protocol.model.MonitorStart;
import org.camelcsta.protocol.model.SingleStepTransferCall;
import org.camelcsta.protocol.model.SnapshotDevice;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTTP and HTTPS GET transport: the seed's scenarios as far as a stateless transport allows, and its errors. */
class HttpGetTest {

    private static final String EXTERNAL = "22334455";
    private static CstaSimulator sim;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final QueryCodec query = new QueryCodec();
    private final JsonCodec json = new JsonCodec();

    @BeforeAll
    static void start() {
        sim = CstaSimulator.builder().xmlPort(-1).socketIoPort(-1).httpPort(0).httpsPort(0).controlPort(-1).build();
        sim.start();
    }

    @AfterAll
    static void stop() {
        sim.stop();
    }

    @Test
    void makeCallSnapshotAndClearOverGet() throws Exception {
        GenericMessage made = get(new MakeCall("170", "171"));
        assertEquals("MakeCallResponse", made.name(), made.toString());
        String leg = made.text("callingDevice", "callID");
        sim.answer("171");
        assertTrue(sim.connected("170", "171"));
        GenericMessage snapshot = get(new SnapshotDevice("170@12345678.pbx.one-connect.dk"));
        assertEquals("SnapshotDeviceResponse", snapshot.name());
        assertEquals(leg, snapshot.text("snapshotData", "snapshotDeviceResponseInfo", "connectionIdentifier", "callID"));
        assertEquals("ClearConnectionResponse", get(new ClearConnection(new ConnectionId(leg, "170"))).name());
        GenericMessage again = get(new ClearConnection(new ConnectionId(leg, "170")));
        assertEquals("noConnectionToClear", again.text("stateIncompatibility"));
        GenericMessage unknown = get(new ClearConnection(new ConnectionId("SIP/hpbx-7fffffff", "170")));
        assertEquals("invalidCallID", unknown.text("operation"));
    }

    @Test
    void unattendedAndAttendedTransferOverGet() throws Exception {
        sim.incomingCall(EXTERNAL, "172");
        sim.answer("172");
        String leg = get(new SnapshotDevice("172@12345678.pbx.one-connect.dk"))
                .text("snapshotData", "snapshotDeviceResponseInfo", "connectionIdentifier", "callID");
        GenericMessage transferred = get(new SingleStepTransferCall(new ConnectionId(leg, "172"), "173"));
        assertEquals("173", transferred.text("transferredCall", "deviceId"), transferred.toString());
        sim.answer("173");
        assertTrue(sim.connected(EXTERNAL, "173"));

        GenericMessage ended = get(new SingleStepTransferCall(new ConnectionId(leg, "172"), "175"));
        assertEquals("invalidCallID", ended.text("operation"), ended.toString());
        GenericMessage notInCall = get(new SingleStepTransferCall(
                new ConnectionId(transferred.text("transferredCall", "callID"), "174"), "175"));
        assertEquals("invalidConnectionID", notInCall.text("operation"), notInCall.toString());

        String held = get(new SnapshotDevice("173"))
                .text("snapshotData", "snapshotDeviceResponseInfo", "connectionIdentifier", "callID");
        GenericMessage consult = get(new ConsultationCall(new ConnectionId(held, "173"), "174"));
        assertEquals("ConsultationCallResponse", consult.name(), consult.toString());
        sim.answer("174");
        get(new ClearConnection(new ConnectionId(consult.text("callingDevice", "callID"), "173")));
        assertTrue(sim.connected(EXTERNAL, "174"));
    }

    @Test
    void directedPickupOverGet() throws Exception {
        SimulatedCall call = sim.incomingCall(EXTERNAL, "176");
        GenericMessage picked = get(new DirectedPickupCall(new ConnectionId(call.callId("176"), "176"), "177"));
        assertEquals("177", picked.text("pickedCall", "deviceId"), picked.toString());
        assertTrue(sim.connected(EXTERNAL, "177"));
        GenericMessage notRinging = get(new DirectedPickupCall(
                new ConnectionId(picked.text("pickedCall", "callID"), "177"), "178"));
        assertEquals("invalidCallState", notRinging.text("stateIncompatibility"));
    }

    @Test
    void testModeAnswersStaticallyWithoutExecuting() throws Exception {
        String testOk = query.encode(new OutgoingMessage(new MakeCall("179", "100"), null, "ok", Map.of()));
        assertTrue(testOk.endsWith("&test=ok"), testOk); // the top-level parameter, as in the provider's GET syntax
        GenericMessage ok = json.decodeGeneric(send(testOk, true).body());
        assertEquals("SIP/hpbx-000000bc", ok.text("callingDevice", "callID"));
        assertTrue(sim.calls().stream().noneMatch(c -> c.involves("179")));
        GenericMessage error = get(new MakeCall("179", "100", "doNotPrompt", "error", null));
        assertEquals("securityInfoViolated", error.text("security"));
        assertEquals("Explanation of error", error.text("details"));
        assertEquals(401, send(testOk, false).statusCode()); // credentials are checked in TEST mode too
    }

    @Test
    void transportErrors() throws Exception {
        HttpResponse<byte[]> unauthorized = send(query.encode(new SnapshotDevice("100")), false);
        assertEquals(401, unauthorized.statusCode());
        assertEquals("securityInfoViolated", json.decodeGeneric(unauthorized.body()).text("security"));
        HttpResponse<byte[]> notFound = HTTP.send(request(URI.create("http://127.0.0.1:" + sim.httpPort() + "/x"),
                true).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(404, notFound.statusCode());
        HttpResponse<byte[]> post = HTTP.send(request(uri("http", sim.httpPort(), ""), true)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(405, post.statusCode());
        GenericMessage monitor = get(new MonitorStart("100"));
        assertEquals("CSTAErrorCode", monitor.name());
        assertTrue(monitor.text("details").contains("stateless"), monitor.toString());
    }

    @Test
    void httpsWithTheSelfSignedCertificate() throws Exception {
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        trust.setCertificateEntry("simulator", sim.httpsCertificate());
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, factory.getTrustManagers(), null);
        HttpClient https = HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(5)).build();
        URI uri = URI.create("https://localhost:" + sim.httpsPort() + "/csta/?"
                + query.encode(new SnapshotDevice("180@12345678.pbx.one-connect.dk")));
        HttpResponse<byte[]> response = https.send(request(uri, true).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertEquals("SnapshotDeviceResponse", json.decodeGeneric(response.body()).name());
    }

    private GenericMessage get(CstaMessage request) throws Exception {
        HttpResponse<byte[]> response = send(query.encode(request), true);
        assertEquals(200, response.statusCode());
        return json.decodeGeneric(response.body());
    }

    private static HttpResponse<byte[]> send(String queryString, boolean authorized) throws Exception {
        return HTTP.send(request(uri("http", sim.httpPort(), queryString), authorized).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static URI uri(String scheme, int port, String queryString) {
        return URI.create(scheme + "://127.0.0.1:" + port + "/csta/?" + queryString);
    }

    private static HttpRequest.Builder request(URI uri, boolean authorized) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5));
        builder.header("username", "test@mydomain.dk").header("pbxdomain", "69102200.pbx.one-connect.dk")
                .header("password", authorized ? "bla.bla" : "guess");
        return builder;
    }
}
