package org.camelcsta.protocol.codec;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camelcsta.protocol.model.ConnectionId;
import org.camelcsta.protocol.model.CstaMessage;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.HoldCall;
import org.camelcsta.protocol.model.MakeCall;
import org.camelcsta.protocol.model.PrivateData;
import org.camelcsta.protocol.model.SnapshotDevice;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void isWhatEditingACopyOfTheFieldTreeGave() {
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        fields.put("privateData", "not an object");
        fields.putNull("test");
        fields.putArray("list").addObject().put("deviceId", "7");
        fields.putObject("nested").putObject("deeper").put("deviceId", "8");
        GenericMessage message = new GenericMessage("Custom", fields);
        for (String test : new String[] { null, "ok" }) {
            ObjectNode edited = fields.deepCopy();
            if (test != null) {
                edited.put("test", test);
            }
            edited.putObject("privateData").put("requestID", "r-3");
            assertEquals(json.encode(new GenericMessage("Custom", edited)),
                    json.encode(new OutgoingMessage(message, "r-3", test, Map.of())), "TEST " + test);
        }
        assertEquals(fields, message.fields(), "the message itself is left as it is");
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
