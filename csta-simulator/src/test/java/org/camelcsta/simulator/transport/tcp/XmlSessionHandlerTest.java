package org.camelcsta.simulator.transport.tcp;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.camelcsta.protocol.model.SnapshotDevice;
import org.camelcsta.simulator.CstaSimulator;
import org.camelcsta.simulator.client.XmlSocketClient;
import org.camelcsta.protocol.model.GenericMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The simulator's TCP/XML sessions over a real socket: a frame that cannot be read is answered with a
 * CSTAErrorCode and the connection stays, whatever the parser makes of it; a login reads the same whether its
 * vendorData prefix is declared or not.
 */
class XmlSessionHandlerTest {

    private static final String LONG_NAME = "n".repeat(30_000);
    private static final String CREDENTIALS = "<applicationInfo><applicationSpecificInfo>"
            + "<vendorData:userID>test@mydomain</vendorData:userID><vendorData:password>bla.bla</vendorData:password>"
            + "<vendorData:pbxDomain>12345678.pbx.one-connect.dk</vendorData:pbxDomain>"
            + "</applicationSpecificInfo></applicationInfo><requestedSessionDuration>60</requestedSessionDuration>";

    private static CstaSimulator sim;

    @BeforeAll
    static void start() {
        sim = CstaSimulator.builder().xmlPort(0).socketIoPort(-1).httpPort(-1).httpsPort(-1).controlPort(-1).build();
        sim.start();
    }

    @AfterAll
    static void stop() {
        sim.stop();
    }

    @Test
    void everyUnreadableFrameIsAnsweredAndTheConnectionStays() {
        try (XmlSocketClient client = new XmlSocketClient(sim.xmlPort())) {
            client.login(60);
            for (Map.Entry<String, byte[]> frame : hostileFrames().entrySet()) {
                client.writeBytes(frame.getValue());
                client.writeBytes(new byte[] { 0 });
                GenericMessage error = client.nextUnmatched();
                assertEquals("CSTAErrorCode", error.name(), frame.getKey());
                assertTrue(error.text("operation").equals("invalidMessage")
                        || error.text("operation").equals("messageTooLarge"), frame.getKey() + ": " + error);
                assertTrue(error.text("details").length() < 1_000, frame.getKey() + ": details of "
                        + error.text("details").length() + " characters");
                assertFalse(client.isClosed(), frame.getKey());
            }
            assertEquals("SnapshotDeviceResponse", client.request(new SnapshotDevice("190")).name());
            assertTrue(client.garbage.isEmpty(), "the simulator wrote frames its own codec cannot read");
        }
    }

    /** The seed's login with its vendorData prefix undeclared, declared, and declared with a default namespace. */
    @ParameterizedTest
    @ValueSource(strings = {
        "<StartApplicationSession>" + CREDENTIALS + "</StartApplicationSession>",
        "<StartApplicationSession xmlns:vendorData=\"http://www.ecma-international.org/standards/ecma-323/csta/ed3/"
                + "privateData\">" + CREDENTIALS + "</StartApplicationSession>",
        "<?xml version=\"1.0\" encoding=\"utf-16\"?><StartApplicationSession "
                + "xmlns=\"http://www.ecma.ch/standards/ecma-323/csta/ed6\" xmlns:vendorData=\"urn:vendor\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">" + CREDENTIALS
                + "<privateData xsi:nil=\"true\"/></StartApplicationSession>"
    })
    void theSeedLoginLogsInWhetherItsPrefixIsDeclaredOrNot(String login) {
        try (XmlSocketClient client = new XmlSocketClient(sim.xmlPort())) {
            client.writeBytes(frame(login));
            GenericMessage response = client.nextUnmatched();
            assertEquals("StartApplicationSessionPosResponse", response.name(), response.toString());
            assertEquals("SnapshotDeviceResponse", client.request(new SnapshotDevice("191")).name());
        }
    }

    private static Map<String, byte[]> hostileFrames() {
        Map<String, byte[]> frames = new LinkedHashMap<>();
        frames.put("bare ampersand", utf8("<MakeCall><callingDevice>Smith & Sons</callingDevice></MakeCall>"));
        frames.put("unterminated CDATA", utf8("<MakeCall><callingDevice><![CDATA[1</callingDevice></MakeCall>"));
        frames.put("NUL reference", utf8("<MakeCall><callingDevice>&#0;</callingDevice></MakeCall>"));
        frames.put("C0 reference", utf8("<MakeCall><callingDevice>&#x1;</callingDevice></MakeCall>"));
        frames.put("surrogate reference", utf8("<MakeCall><callingDevice>&#xD800;</callingDevice></MakeCall>"));
        frames.put("U+FFFE reference", utf8("<MakeCall><callingDevice>&#xFFFE;</callingDevice></MakeCall>"));
        frames.put("reference beyond Unicode", utf8("<MakeCall><callingDevice>&#x110000;</callingDevice></MakeCall>"));
        frames.put("raw U+FFFE", utf8("<MakeCall><callingDevice>\uFFFE</callingDevice></MakeCall>"));
        frames.put("undeclared entity", utf8("<MakeCall><callingDevice>&foo;</callingDevice></MakeCall>"));
        frames.put("XXE", utf8("<!DOCTYPE MakeCall [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<MakeCall><callingDevice>&xxe;</callingDevice></MakeCall>"));
        frames.put("deep nesting", utf8("<a>".repeat(200) + "</a>".repeat(200)));
        frames.put("invalid UTF-8", new byte[] { '<', 'M', '>', (byte) 0xC3, 0x28, '<', '/', 'M', '>' });
        frames.put("overlong UTF-8", new byte[] { (byte) 0xC0, (byte) 0xBC, 'M', '/', '>' });
        frames.put("huge element name", utf8("<" + LONG_NAME + "></" + LONG_NAME + "x>"));
        frames.put("two roots", utf8("<MakeCall/><MakeCall/>"));
        frames.put("mismatched end tag", utf8("<MakeCall><callingDevice>1</calledDirectoryNumber></MakeCall>"));
        frames.put("binary garbage", garbageWithoutNul());
        return frames;
    }

    private static byte[] garbageWithoutNul() {
        Random random = new Random(3);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        while (bytes.size() < 2_000) {
            int b = random.nextInt(256);
            if (b != 0) {
                bytes.write(b);
            }
        }
        bytes.write('x'); // not blank whatever came before
        return bytes.toByteArray();
    }

    private static byte[] frame(String xml) {
        byte[] bytes = utf8(xml);
        byte[] frame = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, frame, 0, bytes.length);
        return frame;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
