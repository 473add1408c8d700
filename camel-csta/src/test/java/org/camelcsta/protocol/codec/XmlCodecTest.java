package org.camelcsta.protocol.codec;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camelcsta.protocol.CstaDecodeException;
import org.camelcsta.protocol.CstaDecodeException.Reason;
import org.camelcsta.protocol.CstaEncodeException;
import org.camelcsta.protocol.model.ConnectionId;
import org.camelcsta.protocol.model.CstaMessage;
import org.camelcsta.protocol.model.DeliveredEvent;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.MakeCall;
import org.camelcsta.protocol.model.MakeCallResponse;
import org.camelcsta.protocol.model.SnapshotDeviceResponse;
import org.camelcsta.protocol.model.StartApplicationSession;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class XmlCodecTest {

    private final XmlCodec codec = new XmlCodec();

    @Test
    void writesTheSeedSpellingWithoutNamespaceOrDeclaration() {
        assertEquals("<MakeCall><callingDevice>123</callingDevice><calledDirectoryNumber>321</calledDirectoryNumber>"
                + "<autoOriginate>doNotPrompt</autoOriginate></MakeCall>", text(codec.encode(new MakeCall("123", "321"))));
    }

    @Test
    void writesTheUndeclaredVendorDataPrefixAsTheProviderDoes() {
        String xml = text(codec.encode(new StartApplicationSession("test@mydomain", "bla.bla", "d", 60)));
        assertTrue(xml.contains("<vendorData:userID>test@mydomain</vendorData:userID>"), xml);
    }

    @Test
    void readsTheUndeclaredVendorDataPrefix() {
        StartApplicationSession login = codec.decode(bytes("<StartApplicationSession><applicationInfo>"
                + "<applicationSpecificInfo><vendorData:userID>u</vendorData:userID>"
                + "<vendorData:password>p</vendorData:password><vendorData:pbxDomain>d</vendorData:pbxDomain>"
                + "</applicationSpecificInfo></applicationInfo></StartApplicationSession>"), StartApplicationSession.class);
        assertEquals("u", login.credentials().userId());
        assertEquals("p", login.credentials().password());
    }

    @Test
    void ignoresNamespacesAndTheDeclaredEncoding() {
        MakeCallResponse response = codec.decode(bytes("<?xml version=\"1.0\" encoding=\"utf-16\"?>"
                + "<MakeCallResponse xmlns=\"http://www.ecma.ch/standards/ecma-323/csta/ed6\">"
                + "<callingDevice><callID>SIP/hpbx-1</callID><deviceID>123</deviceID></callingDevice>"
                + "</MakeCallResponse>"), MakeCallResponse.class);
        assertEquals(new ConnectionId("SIP/hpbx-1", "123"), response.callingDevice());
    }

    @Test
    void dropsDeclaredPrefixes() {
        CstaMessage message = codec.decode(bytes("<csta:MakeCall xmlns:csta=\"http://www.ecma.ch/standards/ecma-323/csta/ed6\">"
                + "<csta:callingDevice>123</csta:callingDevice><calledDirectoryNumber>321</calledDirectoryNumber>"
                + "</csta:MakeCall>"));
        assertEquals(new MakeCall("123", "321", null, null, null), message);
    }

    @Test
    void readsAttributesAsFieldsAndRepeatedElementsAsLists() {
        SnapshotDeviceResponse response = codec.decode(bytes("<SnapshotDeviceResponse serviceCrossRefID=\"x\">"
                + "<snapshotData><snapshotDeviceResponseInfo>"
                + "<connectionIdentifier><callID>SIP/1</callID><deviceId>123</deviceId></connectionIdentifier>"
                + "<connectionIdentifier><callID>SIP/2</callID><deviceId>123</deviceId></connectionIdentifier>"
                + "</snapshotDeviceResponseInfo></snapshotData></SnapshotDeviceResponse>"), SnapshotDeviceResponse.class);
        assertEquals("x", response.serviceCrossRefId());
        assertEquals(2, response.connections().size());
        assertEquals("SIP/2", response.connections().get(1).callId());
    }

    @Test
    void keepsUnknownMessagesAsGenericMessages() {
        CstaMessage message = codec.decode(bytes("<ConferencedEvent><monitorCrossRefID>m1</monitorCrossRefID>"
                + "<heldConnection><callID>SIP/1</callID></heldConnection></ConferencedEvent>"));
        GenericMessage held = assertInstanceOf(GenericMessage.class, message);
        assertEquals("ConferencedEvent", held.name());
        assertEquals("SIP/1", held.text("heldConnection", "callID"));
    }

    @Test
    void readsCommentsAndCdata() {
        assertEquals(new MakeCall("1<2", "3", null, null, null), codec.decode(bytes(
                "<!-- a comment --><MakeCall><callingDevice><![CDATA[1<2]]></callingDevice>"
                        + "<calledDirectoryNumber>3</calledDirectoryNumber></MakeCall>")));
    }

    @Test
    void readsTextThatComesInSeveralPieces() {
        assertEquals(new MakeCall("1234", "5", null, null, null), codec.decode(bytes(
                "<MakeCall><callingDevice>1<!-- c -->2<![CDATA[3]]>4</callingDevice>"
                        + "<calledDirectoryNumber>5</calledDirectoryNumber></MakeCall>")));
    }

    @Test
    void readsAReplacementCharacterThatWasSent() {
        MakeCall call = codec.decode(bytes("<MakeCall><callingDevice>\uFFFD</callingDevice></MakeCall>"), MakeCall.class);
        assertEquals("\uFFFD", call.callingDevice());
    }

    @Test
    void writesListsEmptyObjectsAndNullsOfAFieldTree() {
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        fields.putArray("item").add("1").add(2).addArray().add("3");
        fields.putObject("empty");
        fields.putNull("none");
        fields.putObject("nested").put("deviceID", "100");
        assertEquals("<HoldCall><item>1</item><item>2</item><item>3</item><empty/><none/>"
                + "<nested><deviceID>100</deviceID></nested></HoldCall>",
                text(codec.encode(new GenericMessage("HoldCall", fields))));
        assertEquals("<HoldCall xmlns=\"urn:x\"/>",
                text(codec.encode(new GenericMessage("HoldCall", JsonNodeFactory.instance.objectNode()), "urn:x")));
        assertEquals("<HoldCall/>", text(codec.encode(new GenericMessage("HoldCall", JsonNodeFactory.instance.objectNode()))));
    }

    @Test
    void refusesTruncatedXml() {
        assertProblem(Reason.MALFORMED, "<MakeCall><callingDevice>123</callingDevice>", "Unexpected EOF");
    }

    @Test
    void refusesTheWrongRoot() {
        CstaDecodeException e = assertThrows(CstaDecodeException.class,
                () -> codec.decode(bytes("<MakeCall><callingDevice>1</callingDevice></MakeCall>"), DeliveredEvent.class));
        assertEquals(Reason.WRONG_ROOT, e.getReason());
        assertTrue(e.getMessage().contains("<MakeCall>"), e.getMessage());
        assertProblem(Reason.MALFORMED, "<MakeCall/><MakeCall/>", "multiple roots");
        assertProblem(Reason.WRONG_ROOT, "<MakeCall>123</MakeCall>", "holds text");
    }

    @Test
    void refusesEmptyDocuments() {
        assertProblem(Reason.EMPTY, "", "empty");
        assertProblem(Reason.EMPTY, "  \n ", "empty");
        assertProblem(Reason.MALFORMED, "<?xml version=\"1.0\"?><!-- nothing -->", "EOF in prolog");
    }

    @Test
    void refusesInvalidUtf8() {
        byte[] xml = { '<', 'a', '>', (byte) 0xC3, (byte) 0x28, '<', '/', 'a', '>' };
        CstaDecodeException e = assertThrows(CstaDecodeException.class, () -> codec.decode(xml));
        assertEquals(Reason.ENCODING, e.getReason());
        assertTrue(e.getMessage().contains("UTF-8") && e.getMessage().contains("offset 3"), e.getMessage());
    }

    @Test
    void refusesATextNodeOverTheLimit() {
        String big = "x".repeat(2 * 1024 * 1024);
        assertProblem(Reason.TOO_LARGE, "<MakeCall><callingDevice>" + big + "</callingDevice></MakeCall>",
                "text of <callingDevice> is longer than 1048576 characters");
    }

    @Test
    void refusesDeepNesting() {
        String xml = "<a>".repeat(100) + "</a>".repeat(100);
        assertProblem(Reason.TOO_LARGE, xml, "nesting deeper than 64");
    }

    @Test
    void refusesExternalEntities() {
        assertProblem(Reason.FORBIDDEN_DTD, "<?xml version=\"1.0\"?><!DOCTYPE MakeCall ["
                + "<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<MakeCall><callingDevice>&xxe;</callingDevice></MakeCall>", "DOCTYPE");
    }

    @Test
    void refusesTheBillionLaughs() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        assertProblem(Reason.FORBIDDEN_DTD, dtd + "<MakeCall><callingDevice>&lol9;</callingDevice></MakeCall>",
                "DOCTYPE");
    }

    @Test
    void refusesUndeclaredEntitiesWithoutADoctype() {
        CstaDecodeException e = assertThrows(CstaDecodeException.class,
                () -> codec.decode(bytes("<MakeCall><callingDevice>&lol;</callingDevice></MakeCall>")));
        assertTrue(e.getMessage().contains("lol"), e.getMessage());
    }

    @Test
    void refusesMixedContent() {
        assertProblem(Reason.MALFORMED, "<MakeCall>text<callingDevice>1</callingDevice></MakeCall>", "mixes text");
    }

    @Test
    void refusesAValueOfTheWrongType() {
        assertProblem(Reason.INVALID_VALUE, "<ResetApplicationSessionTimer><requestedSessionDuration>soon"
                + "</requestedSessionDuration></ResetApplicationSessionTimer>", "ResetApplicationSessionTimer");
    }

    @Test
    void refusesToWriteFieldNamesThatAreNotXmlNames() {
        ObjectNode fields = JsonNodeFactory.instance.objectNode().put("not a name", "x");
        assertThrows(CstaEncodeException.class, () -> codec.encode(new GenericMessage("HoldCall", fields)));
    }

    private void assertProblem(Reason reason, String xml, String words) {
        CstaDecodeException e = assertThrows(CstaDecodeException.class, () -> codec.decode(bytes(xml)));
        assertEquals(reason, e.getReason(), e.getMessage());
        assertTrue(e.getMessage().contains(words), e.getMessage());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
