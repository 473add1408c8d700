package org.camelcsta.protocol.codec;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camelcsta.protocol.CstaEncodeException;
import org.camelcsta.protocol.model.ConnectionId;
import org.camelcsta.protocol.model.CstaMessage;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.HoldCall;
import org.camelcsta.protocol.model.MakeCall;
import org.camelcsta.protocol.model.PrivateData;
import org.camelcsta.protocol.model.SnapshotDevice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the sender sets on a message as it is written (its request id, the TEST mode, the server's spelling) comes out
 * as if it had been set on a copy of the message's field tree, in every format.
 */
class OutgoingMessageTest {

    private static final Map<String, String> CURRENT = Map.of("SnapshotDevice", "SnapShotDevice", "deviceId", "deviceID");

    private final XmlCodec xml = new XmlCodec();
    private final JsonCodec json = new JsonCodec();
    private final QueryCodec query = new QueryCodec();

    @Test
    void addsTheRequestIdAndTheTestModeLast() {
        assertEquals("<MakeCall><callingDevice>1</callingDevice><calledDirectoryNumber>2</calledDirectoryNumber>"
                     + "<autoOriginate>doNotPrompt</autoOriginate><test>ok</test><privateData><requestID>r-1</requestID>"
                     + "</privateData></MakeCall>",
                xml(new OutgoingMessage(new MakeCall("1", "2"), "r-1", "ok", Map.of())));
        assertEquals("{\"MakeCall\":{\"callingDevice\":\"1\",\"calledDirectoryNumber\":\"2\",\"autoOriginate\":"
                     + "\"doNotPrompt\",\"test\":\"ok\",\"privateData\":{\"requestID\":\"r-1\"}}}",
                json.encode(new OutgoingMessage(new MakeCall("1", "2"), "r-1", "ok", Map.of())));
        assertEquals("MakeCall[callingDevice]=1&MakeCall[calledDirectoryNumber]=2&MakeCall[autoOriginate]=doNotPrompt"
                     + "&MakeCall[privateData][requestID]=r-1&test=ok",
                query.encode(new OutgoingMessage(new MakeCall("1", "2"), "r-1", "ok", Map.of())));
    }

    @Test
    void keepsTheMessagesOwnTestModeAndPrivateDataAndReplacesItsRequestIdInPlace() {
        PrivateData own = new PrivateData("mine", "Caller", null, null, null, Map.of());
        assertEquals("<MakeCall><callingDevice>1</callingDevice><calledDirectoryNumber>2</calledDirectoryNumber>"
                     + "<test>error</test><privateData><requestID>r-2</requestID><callerName>Caller</callerName>"
                     + "</privateData></MakeCall>",
                xml(new OutgoingMessage(new MakeCall("1", "2", null, "error", own), "r-2", "ok", Map.of())));
    }

    @Test
    void isWhatEditingACopyOfTheFieldTreeGaveInEveryFormat() {
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        fields.put("privateData", "not an object");
        fields.putNull("test");
        fields.putArray("list").addObject().put("deviceId", "7");
        fields.putObject("nested").putObject("deeper").put("deviceId", "8");
        fields.put("binary", new byte[] { 1, 2, 3 });
        GenericMessage message = new GenericMessage("Custom", fields);
        for (Map<String, String> spelling : List.of(Map.<String, String>of(), CURRENT)) {
            for (String test : new String[] { null, "ok" }) {
                ObjectNode edited = fields.deepCopy();
                if (test != null) {
                    edited.put("test", test);
                }
                edited.putObject("privateData").put("requestID", "r-3");
                if (!spelling.isEmpty()) {
                    ((ObjectNode) edited.get("list").get(0)).set("deviceID", ((ObjectNode) edited.get("list").get(0)).remove("deviceId"));
                    ((ObjectNode) edited.get("nested").get("deeper")).set("deviceID",
                            ((ObjectNode) edited.get("nested").get("deeper")).remove("deviceId"));
                }
                GenericMessage expected = new GenericMessage("Custom", edited);
                OutgoingMessage outgoing = new OutgoingMessage(message, "r-3", test, spelling);
                String what = "TEST " + test + ", spelling " + spelling;
                assertEquals(new String(xml.encode(expected), StandardCharsets.UTF_8), xml(outgoing), what);
                assertEquals(json.encode(expected), json.encode(outgoing), what);
                assertEquals(query.encode(expected), query.encode(outgoing), what);
            }
        }
        assertEquals(fields, message.fields(), "the message itself is left as it is");
    }

    @Test
    void refusesTwoFieldsThatTheServerSpellsAlikeAndNestingThatNothingReads() {
        ObjectNode both = JsonNodeFactory.instance.objectNode();
        both.putObject("leg").put("deviceID", "1").put("deviceId", "2");
        CstaEncodeException twice = assertThrows(CstaEncodeException.class,
                () -> xml.encode(new OutgoingMessage(new GenericMessage("Custom", both), "r-5", null, CURRENT)));
        assertTrue(twice.getMessage().contains("deviceID"), twice.getMessage());
        assertDoesNotThrow(() -> xml.encode(new OutgoingMessage(new GenericMessage("Custom", both), "r-5", null, Map.of())),
                "two names as the seed spells them are two names");

        ObjectNode deep = JsonNodeFactory.instance.objectNode();
        ObjectNode level = deep;
        for (int i = 0; i < 10_000; i++) {
            level = level.putObject("a");
        }
        GenericMessage tooDeep = new GenericMessage("Custom", deep);
        for (Executable encode : List.<Executable>of(() -> xml.encode(new OutgoingMessage(tooDeep, "r-6", null, Map.of())),
                () -> json.encode(new OutgoingMessage(tooDeep, "r-6", null, Map.of())),
                () -> query.encode(new OutgoingMessage(tooDeep, "r-6", null, Map.of())))) {
            assertThrows(CstaEncodeException.class, encode);
        }
    }

    @Test
    void spellsTheNamesAsTheServerDoesAtEveryDepth() {
        assertEquals("<HoldCall><callToBeHeld><deviceID>200</deviceID><callID>SIP/1</callID></callToBeHeld>"
                     + "<privateData><requestID>r-4</requestID></privateData></HoldCall>",
                xml(new OutgoingMessage(new HoldCall(new ConnectionId("SIP/1", "200")), "r-4", null, CURRENT)));
        assertEquals("<SnapShotDevice><snapshotObject>u-1-200</snapshotObject></SnapShotDevice>",
                xml(new OutgoingMessage(new SnapshotDevice("u-1-200"), null, null, CURRENT)));
        ObjectNode nested = JsonNodeFactory.instance.objectNode();
        nested.putArray("legs").addObject().put("deviceId", "7");
        assertEquals("{\"Custom\":{\"legs\":[{\"deviceID\":\"7\"}]}}",
                json.encode(new OutgoingMessage(new GenericMessage("Custom", nested), null, null, CURRENT)));
    }

    @Test
    void writesAMessageAsBuiltAsItIs() {
        CstaMessage message = new MakeCall("1", "2", null, null, PrivateData.ofRequestId("own"));
        assertEquals(new String(xml.encode(message), StandardCharsets.UTF_8), xml(OutgoingMessage.of(message)));
    }

    private String xml(OutgoingMessage outgoing) {
        return new String(xml.encode(outgoing), StandardCharsets.UTF_8);
    }
}
