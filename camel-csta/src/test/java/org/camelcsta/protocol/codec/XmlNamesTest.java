package org.camelcsta.protocol.codec;

import java.nio.charset.StandardCharsets;

import org.camelcsta.protocol.model.ApplicationSpecificInfo;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.MakeCall;
import org.camelcsta.protocol.model.StartApplicationSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How names read: the same whether or not prefixes are declared (see {@link XmlTreeReader}). */
class XmlNamesTest {

    private static final ApplicationSpecificInfo SEED_CREDENTIALS = new ApplicationSpecificInfo("test@mydomain",
            "bla.bla", "12345678.pbx.one-connect.dk");
    private static final String CREDENTIALS = "<applicationInfo><applicationSpecificInfo>"
            + "<vendorData:userID>test@mydomain</vendorData:userID><vendorData:password>bla.bla</vendorData:password>"
            + "<vendorData:pbxDomain>12345678.pbx.one-connect.dk</vendorData:pbxDomain>"
            + "</applicationSpecificInfo></applicationInfo><requestedSessionDuration>60</requestedSessionDuration>";

    private final XmlCodec codec = new XmlCodec();

    /** The seed's login with the vendorData prefix undeclared, declared, with a declaration and a default namespace. */
    @ParameterizedTest
    @ValueSource(strings = {
        "<StartApplicationSession>" + CREDENTIALS + "</StartApplicationSession>",
        "<StartApplicationSession xmlns:vendorData=\"http://www.ecma-international.org/standards/ecma-323/csta/ed3/"
                + "privateData\">" + CREDENTIALS + "</StartApplicationSession>",
        "<?xml version=\"1.0\" encoding=\"utf-16\"?><StartApplicationSession "
                + "xmlns=\"http://www.ecma.ch/standards/ecma-323/csta/ed6\" xmlns:vendorData=\"urn:vendor\">"
                + CREDENTIALS + "</StartApplicationSession>",
        "<csta:StartApplicationSession xmlns:csta=\"http://www.ecma.ch/standards/ecma-323/csta/ed6\">"
                + "<csta:applicationInfo xmlns:vendorData=\"urn:vendor\"><csta:applicationSpecificInfo>"
                + "<vendorData:userID>test@mydomain</vendorData:userID>"
                + "<vendorData:password>bla.bla</vendorData:password>"
                + "<vendorData:pbxDomain>12345678.pbx.one-connect.dk</vendorData:pbxDomain>"
                + "</csta:applicationSpecificInfo></csta:applicationInfo>"
                + "<csta:requestedSessionDuration>60</csta:requestedSessionDuration></csta:StartApplicationSession>"
    })
    void readsTheVendorDataPrefixDeclaredOrNot(String login) {
        StartApplicationSession read = codec.decode(bytes(login), StartApplicationSession.class);
        assertEquals(SEED_CREDENTIALS, read.credentials());
        assertEquals(Integer.valueOf(60), read.requestedSessionDuration());
        assertEquals(codec.decodeGeneric(bytes("<StartApplicationSession>" + CREDENTIALS + "</StartApplicationSession>")),
                codec.decodeGeneric(bytes(login)));
    }

    @Test
    void dropsOtherPrefixesDeclaredOrNot() {
        MakeCall expected = new MakeCall("1", "2", null, null, null);
        assertEquals(expected, codec.decode(bytes("<csta:MakeCall xmlns:csta=\"urn:csta\"><csta:callingDevice>1"
                + "</csta:callingDevice><calledDirectoryNumber>2</calledDirectoryNumber></csta:MakeCall>")));
        assertEquals(expected, codec.decode(bytes("<csta:MakeCall><csta:callingDevice>1</csta:callingDevice>"
                + "<x:calledDirectoryNumber>2</x:calledDirectoryNumber></csta:MakeCall>")));
    }

    @Test
    void keepsNamesThatWouldBeEmptyWithoutTheirPrefix() {
        GenericMessage message = codec.decodeGeneric(bytes("<M><a:>1</a:><b:c:d>2</b:c:d></M>"));
        assertEquals("1", message.text("a:"));
        assertEquals("2", message.text("c:d"));
    }

    @Test
    void attributesLoseTheirPrefixButNamespaceAndSchemaInstanceAttributesAreNoFields() {
        GenericMessage message = codec.decodeGeneric(bytes("<M xmlns=\"urn:d\" xmlns:p=\"urn:p\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"urn:d d.xsd\" "
                + "p:kind=\"k\" vendorData:id=\"v\" plain=\"x\"><f xsi:type=\"xs:string\">1</f></M>"));
        assertEquals("k", message.text("kind"));
        assertEquals("v", message.text("vendorData:id"));
        assertEquals("x", message.text("plain"));
        assertEquals("1", message.text("f"));
        assertEquals(4, message.fields().size(), message.toString());
    }

    @Test
    void anElementWithXsiNilIsNullAndReadAsAbsent() {
        GenericMessage message = codec.decodeGeneric(bytes("<MakeCall xmlns:xsi=\"http://www.w3.org/2001/"
                + "XMLSchema-instance\"><callingDevice>1</callingDevice><calledDirectoryNumber>2"
                + "</calledDirectoryNumber><autoOriginate xsi:nil=\"true\"/><userData xsi:nil=\"1\"></userData>"
                + "<kept xsi:nil=\"false\">k</kept></MakeCall>"));
        assertTrue(message.fields().get("autoOriginate").isNull(), message.toString());
        assertTrue(message.fields().get("userData").isNull(), message.toString());
        assertEquals("k", message.text("kept"));
        assertEquals(new MakeCall("1", "2", null, null, null), MessageBinder.standard().bind(message));
    }

    /** xsd:boolean's white space is XML's: an em space is not, so "\u2003true" is not true. */
    @Test
    void xsiNilIsTrimmedOfXmlWhiteSpaceOnly() {
        GenericMessage message = codec.decodeGeneric(bytes("<M><a xsi:nil=\" true\t\"/><b xsi:nil=\"\u2003true\"/></M>"));
        assertTrue(message.fields().get("a").isNull(), message.toString());
        assertFalse(message.fields().get("b").isNull(), message.toString());
    }

    @Test
    void theSchemaInstanceNamespaceMayHaveAnotherPrefix() {
        GenericMessage message = codec.decodeGeneric(bytes("<M xmlns:i=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<a i:nil=\"true\"/><b><c i:nil=\"true\" i:type=\"t\"/></b></M>"));
        assertTrue(message.fields().get("a").isNull(), message.toString());
        assertTrue(message.fields().get("b").get("c").isNull(), message.toString());
        assertFalse(message.toString().contains("type"), message.toString());
    }

    @Test
    void undeclaredXsiPrefixIsTheSchemaInstanceNamespaceToo() {
        GenericMessage message = codec.decodeGeneric(bytes("<M><a xsi:nil=\"true\"/><b>1</b></M>"));
        assertTrue(message.fields().get("a").isNull(), message.toString());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
