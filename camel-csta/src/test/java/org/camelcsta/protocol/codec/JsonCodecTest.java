package org.camelcsta.protocol.codec;

import java.nio.charset.StandardCharsets;

import org.camelcsta.protocol.CstaDecodeException;
import org.camelcsta.protocol.CstaDecodeException.Reason;
import org.camelcsta.protocol.model.ClearConnectionResponse;
import org.camelcsta.protocol.model.ConnectionId;
import org.camelcsta.protocol.model.CstaMessage;
import org.camelcsta.protocol.model.DeliveredEvent;
import org.camelcsta.protocol.model.DeviceIdentifier;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.MakeCall;
import org.camelcsta.protocol.model.MakeCallResponse;
import org.camelcsta.protocol.model.SnapshotDeviceResponse;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tolerant reading rules of PROTOCOL.md, and refusal of bad JSON. */
class JsonCodecTest {

    private final JsonCodec codec = new JsonCodec();

    @Test
    void writesTheSeedShape() {
        assertEquals("{\"MakeCall\":{\"callingDevice\":\"123\",\"calledDirectoryNumber\":\"321\","
                + "\"autoOriginate\":\"doNotPrompt\"}}", codec.encode(new MakeCall("123", "321")));
        assertEquals("{\"ClearConnectionResponse\":{}}", codec.encode(new ClearConnectionResponse(null)));
    }

    @Test
    void readsBothDeviceIdSpellings() {
        assertEquals(new ConnectionId("c", "1"), codec.decode(
                "{\"MakeCallResponse\":{\"callingDevice\":{\"callID\":\"c\",\"deviceID\":\"1\"}}}",
                MakeCallResponse.class).callingDevice());
        assertEquals(new ConnectionId("c", "1"), codec.decode(
                "{\"MakeCallResponse\":{\"callingDevice\":{\"callID\":\"c\",\"deviceId\":\"1\"}}}",
                MakeCallResponse.class).callingDevice());
    }

    @Test
    void readsBothDeviceIdentifierSpellingsNumbersArraysAndNulls() {
        DeliveredEvent event = codec.decode("{\"DeliveredEvent\":{\"connection\":{\"callID\":\"c\",\"deviceId\":[123]},"
                + "\"callingDevice\":{\"deviceIdIdentifier\":[\"321\"]},\"calledDevice\":{\"deviceIdentifier\":123},"
                + "\"lastRedirectionDevice\":null,\"alertingDevice\":{\"deviceIdentifier\":null}}}", DeliveredEvent.class);
        assertEquals(new ConnectionId("c", "123"), event.connection());
        assertEquals(new DeviceIdentifier("321"), event.callingDevice());
        assertEquals(new DeviceIdentifier("123"), event.calledDevice());
        assertNull(event.lastRedirectionDevice());
        assertEquals(new DeviceIdentifier(null), event.alertingDevice());
    }

    @Test
    void readsBothSnapshotSpellingsAndASingleConnection() {
        CstaMessage message = codec.decode("{\"SnapShotDeviceResponse\":{\"snapshotData\":{\"snapshotDeviceResponseInfo\":"
                + "{\"connectionIdentifier\":{\"callID\":\"c\",\"deviceId\":\"1\"}}}}}");
        SnapshotDeviceResponse response = assertInstanceOf(SnapshotDeviceResponse.class, message);
        assertEquals("c", response.connections().get(0).callId());
    }

    @Test
    void ignoresUnknownFieldsAndKeepsUnknownMessages() {
        assertEquals(new MakeCall("1", "2", null, null, null),
                codec.decode("{\"MakeCall\":{\"callingDevice\":1,\"calledDirectoryNumber\":2,\"future\":{\"x\":[1]}}}"));
        GenericMessage generic = assertInstanceOf(GenericMessage.class,
                codec.decode("{\"ConferencedEvent\":{\"monitorCrossRefID\":\"m\"}}"));
        assertEquals("m", generic.text("monitorCrossRefID"));
    }

    @Test
    void readsEmptyAndNullBodies() {
        assertEquals(new ClearConnectionResponse(null), codec.decode("{\"ClearConnectionResponse\":null}"));
        assertEquals(new ClearConnectionResponse(null), codec.decode("\"ClearConnectionResponse\": {}"));
    }

    @Test
    void refusesBadJson() {
        assertProblem(Reason.EMPTY, "  ", "empty");
        assertProblem(Reason.MALFORMED, "{\"MakeCall\":{\"callingDevice\":", "malformed");
        assertProblem(Reason.WRONG_ROOT, "[1,2]", "object");
        assertProblem(Reason.WRONG_ROOT, "{\"MakeCall\":{},\"HoldCall\":{}}", "exactly one member");
        assertProblem(Reason.WRONG_ROOT, "{\"MakeCall\":\"now\"}", "must hold an object");
        assertProblem(Reason.WRONG_ROOT, "{}", "exactly one member");
        assertProblem(Reason.MALFORMED, "\"MakeCall\":{}}, {\"HoldCall\":{}", "malformed");
        assertProblem(Reason.INVALID_VALUE, "{\"MakeCall\":{\"callingDevice\":{\"a\":1}}}", "MakeCall");
        assertProblem(Reason.TOO_LARGE, "{\"MakeCall\":{\"callingDevice\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}}",
                "limits");
        assertProblem(Reason.TOO_LARGE, "{\"a\":" + "[".repeat(100) + "]".repeat(100) + "}", "limits");
    }

    @Test
    void refusesInvalidUtf8() {
        byte[] json = { '{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}' };
        CstaDecodeException e = assertThrows(CstaDecodeException.class, () -> codec.decode(json));
        assertEquals(Reason.ENCODING, e.getReason(), e.getMessage());
    }

    @Test
    void writesNonAsciiAsUtf8() {
        String json = codec.encode(new MakeCall("Søren Ærø", "2"));
        assertTrue(new String(codec.encodeBytes(new MakeCall("Søren Ærø", "2")), StandardCharsets.UTF_8).equals(json));
        assertEquals("Søren Ærø", codec.decode(json, MakeCall.class).callingDevice());
    }

    private void assertProblem(Reason reason, String json, String words) {
        CstaDecodeException e = assertThrows(CstaDecodeException.class, () -> codec.decode(json));
        assertEquals(reason, e.getReason(), e.getMessage());
        assertTrue(e.getMessage().contains(words), e.getMessage());
    }
}
