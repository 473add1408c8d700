package org.camelcsta.protocol.codec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.camelcsta.protocol.model.ApplicationSessionTerminated;
import org.camelcsta.protocol.model.ClearConnection;
import org.camelcsta.protocol.model.ClearConnectionResponse;
import org.camelcsta.protocol.model.ConnectionClearedEvent;
import org.camelcsta.protocol.model.ConnectionId;
import org.camelcsta.protocol.model.ConsultationCall;
import org.camelcsta.protocol.model.ConsultationCallResponse;
import org.camelcsta.protocol.model.CstaErrorCode;
import org.camelcsta.protocol.model.CstaMessage;
import org.camelcsta.protocol.model.DeliveredEvent;
import org.camelcsta.protocol.model.DeviceIdentifier;
import org.camelcsta.protocol.model.DirectedPickupCall;
import org.camelcsta.protocol.model.DirectedPickupCallResponse;
import org.camelcsta.protocol.model.EstablishedEvent;
import org.camelcsta.protocol.model.MakeCall;
import org.camelcsta.protocol.model.MakeCallResponse;
import org.camelcsta.protocol.model.MonitorStart;
import org.camelcsta.protocol.model.MonitorStartResponse;
import org.camelcsta.protocol.model.ResetApplicationSessionTimer;
import org.camelcsta.protocol.model.ResetApplicationSessionTimerPosResponse;
import org.camelcsta.protocol.model.SingleStepTransferCall;
import org.camelcsta.protocol.model.SingleStepTransferCallResponse;
import org.camelcsta.protocol.model.SnapshotConnection;
import org.camelcsta.protocol.model.SnapshotDevice;
import org.camelcsta.protocol.model.SnapshotDeviceResponse;
import org.camelcsta.protocol.model.StartApplicationSession;
import org.camelcsta.protocol.model.StartApplicationSessionPosResponse;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Every JSON and XML sample of the provider's API page, copied into {@code src/test/resources/seed} as
 * written there (JavaScript notation, mixed spellings and all), decodes to its type and values.
 * <p>
 * The one repair: the page splits the EstablishedEvent sample over two code blocks and opens
 * {@code establishedConnection} in both; the resource joins them with one brace.
 */
class SeedSamplesTest {

    private final JsonCodec json = new JsonCodec();
    private final XmlCodec xml = new XmlCodec();

    @Test
    void startApplicationSession() {
        StartApplicationSession login = decodeJson("StartApplicationSession", StartApplicationSession.class);
        assertEquals("test@mydomain", login.credentials().userId());
        assertEquals("bla.bla", login.credentials().password());
        assertEquals("12345678.pbx.one-connect.dk", login.credentials().pbxDomain());
        assertEquals(60, login.requestedSessionDuration());
    }

    @Test
    void startApplicationSessionPosResponse() {
        StartApplicationSessionPosResponse response =
                decodeJson("StartApplicationSessionPosResponse", StartApplicationSessionPosResponse.class);
        assertEquals("2e853292-bacf-418e-aa1e-86d9a88ea942", response.sessionId());
        assertEquals("http://www.ecma-international.org/standards/ecma-323/csta/ed3", response.actualProtocolVersion());
        assertEquals(20, response.actualSessionDuration());
    }

    @Test
    void resetApplicationSessionTimer() {
        assertEquals(123, decodeJson("ResetApplicationSessionTimer", ResetApplicationSessionTimer.class)
                .requestedSessionDuration());
        assertEquals(123, decodeJson("ResetApplicationSessionTimerPosResponse",
                ResetApplicationSessionTimerPosResponse.class).actualSessionDuration());
    }

    @Test
    void makeCall() {
        assertEquals(new MakeCall("123", "321", "doNotPrompt", null, null), decodeJson("MakeCall", MakeCall.class));
        assertEquals(new ConnectionId("SIP/hpbx-000000bc", "123"),
                decodeJson("MakeCallResponse", MakeCallResponse.class).callingDevice());
    }

    @Test
    void makeCallInTestMode() {
        assertEquals(new MakeCall("123", "321", "doNotPrompt", "ok", null), decodeJson("MakeCall-test", MakeCall.class));
    }

    @Test
    void singleStepTransferCall() {
        SingleStepTransferCall request = decodeJson("SingleStepTransferCall", SingleStepTransferCall.class);
        assertEquals(new SingleStepTransferCall(new ConnectionId("SIP/hpbx-0014907d", "123"), "124"), request);
        assertEquals(new ConnectionId("SIP/hpbx-001490b9", "123"),
                decodeJson("SingleStepTransferCallResponse", SingleStepTransferCallResponse.class).transferredCall());
    }

    @Test
    void consultationCall() {
        assertEquals(new ConsultationCall(new ConnectionId("SIP/hpbx-0014a738", "123"), "124"),
                decodeJson("ConsultationCall", ConsultationCall.class));
        assertEquals(new ConnectionId("Local/91890743@transfer-00000bde;2", "123"),
                decodeJson("ConsultationCallResponse", ConsultationCallResponse.class).callingDevice());
    }

    @Test
    void snapshotDevice() {
        assertEquals(new SnapshotDevice("123@12345678.pbx.one-connect.dk"),
                decodeJson("SnapshotDevice", SnapshotDevice.class));
        SnapshotDeviceResponse response = decodeJson("SnapshotDeviceResponse", SnapshotDeviceResponse.class);
        assertEquals("12345678.pbx.one-connect.dk", response.serviceCrossRefId());
        assertEquals(1, response.connections().size());
        SnapshotConnection connection = response.connections().get(0);
        assertEquals("SIP/hpbx-0000214e", connection.callId());
        assertEquals("123", connection.deviceId());
        assertEquals("Active", connection.privateData().localStatus());
        assertEquals("124", connection.privateData().remoteUser());
    }

    @Test
    void clearConnection() {
        assertEquals(new ClearConnection(new ConnectionId("SIP/hpbx-0013365b", "123")),
                decodeJson("ClearConnection", ClearConnection.class));
        assertEquals(new ClearConnectionResponse(null), decodeJson("ClearConnectionResponse", ClearConnectionResponse.class));
    }

    @Test
    void directedPickupCall() {
        assertEquals(new DirectedPickupCall(new ConnectionId("SIP/hpbx-0014a1ec", "123"), "321"),
                decodeJson("DirectedPickupCall", DirectedPickupCall.class));
        assertEquals(new ConnectionId("SIP/hpbx-0014a1ec", "123"),
                decodeJson("DirectedPickupCallResponse", DirectedPickupCallResponse.class).pickedCall());
    }

    @Test
    void monitorStart() {
        assertEquals(new MonitorStart("123"), decodeJson("MonitorStart", MonitorStart.class));
        assertEquals("123-1444294019863",
                decodeJson("MonitorStartResponse", MonitorStartResponse.class).monitorCrossRefId());
    }

    @Test
    void deliveredEvent() {
        DeliveredEvent event = decodeJson("DeliveredEvent", DeliveredEvent.class);
        assertEquals("123-1444294019863", event.monitorCrossRefId());
        assertEquals(new ConnectionId("SIP/hpbx-0000038e", "123"), event.connection());
        assertEquals(device("123"), event.alertingDevice());
        assertEquals(device("321"), event.callingDevice());
        assertEquals(device("123"), event.calledDevice());
        assertEquals(device(null), event.lastRedirectionDevice());
        assertEquals("alerting", event.localConnectionInfo());
        assertEquals("newCall", event.cause());
        assertEquals(device("123"), event.networkCallingDevice());
        assertEquals(device("321"), event.networkCalledDevice());
        assertEquals(device("14085551212"), event.associatedCallingDevice());
    }

    @Test
    void establishedEvent() {
        EstablishedEvent event = decodeJson("EstablishedEvent", EstablishedEvent.class);
        assertEquals("2314-1444294019863", event.monitorCrossRefId());
        assertEquals(new ConnectionId("SIP/hpbx-0000038d", "321"), event.connection());
        assertEquals(device("123"), event.answeringDevice());
        assertEquals(device("321"), event.callingDevice());
        assertEquals(device("123"), event.calledDevice());
        assertEquals(device(null), event.lastRedirectionDevice());
        assertEquals("connected", event.localConnectionInfo());
        assertEquals("normal", event.cause());
        assertEquals(device(null), event.networkCallingDevice());
        assertEquals(device("123"), event.networkCalledDevice());
        assertEquals(device("notKnown"), event.associatedCallingDevice());
    }

    @Test
    void connectionClearedEvent() {
        ConnectionClearedEvent event = decodeJson("ConnectionClearedEvent", ConnectionClearedEvent.class);
        assertEquals("123-1444294019863", event.monitorCrossRefId());
        assertEquals(new ConnectionId("SIP/hpbx-0000038e", "123"), event.droppedConnection());
        assertEquals(device("123"), event.releasingDevice());
        assertEquals("null", event.localConnectionInfo());
        assertEquals("normalClearing", event.cause());
    }

    @Test
    void applicationSessionTerminated() {
        ApplicationSessionTerminated event = decodeJson("ApplicationSessionTerminated", ApplicationSessionTerminated.class);
        assertEquals("2e853292-bacf-418e-aa1e-86d9a88ea942", event.sessionId());
        assertEquals("sessionTimerExpired", event.sessionTermReason().definedTermReason());
    }

    @Test
    void errorCode() {
        CstaErrorCode error = decodeJson("CSTAErrorCode", CstaErrorCode.class);
        assertEquals(new CstaErrorCode("security", "securityInfoViolated", "Explanation of error"), error);
        assertNull(error.privateData());
    }

    @Test
    void xmlMakeCall() {
        assertEquals(new MakeCall("123", "321"), xml.decode(resource("xml/MakeCall.xml"), MakeCall.class));
    }

    @Test
    void xmlMakeCallResponse() {
        MakeCallResponse response = xml.decode(resource("xml/MakeCallResponse.xml"), MakeCallResponse.class);
        assertEquals(new ConnectionId("SIP/hpbx-000000bc", "123"), response.callingDevice());
    }

    @Test
    void everyJsonSampleDecodesToItsTypeByName() {
        CstaMessage message = json.decode(resource("json/DeliveredEvent.json"));
        assertInstanceOf(DeliveredEvent.class, message);
        assertInstanceOf(CstaErrorCode.class, json.decode(resource("json/CSTAErrorCode.json")));
    }

    private <T extends CstaMessage> T decodeJson(String name, Class<T> type) {
        CstaMessage message = json.decode(resource("json/" + name + ".json"));
        return assertInstanceOf(type, message);
    }

    private static DeviceIdentifier device(String id) {
        return new DeviceIdentifier(id);
    }

    static byte[] resource(String path) {
        try (InputStream in = SeedSamplesTest.class.getResourceAsStream("/seed/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource /seed/" + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String resourceText(String path) {
        return new String(resource(path), StandardCharsets.UTF_8).strip();
    }
}
