package org.camelcsta.protocol.codec;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.camelcsta.protocol.CstaDecodeException;
import org.camelcsta.protocol.CstaDecodeException.Reason;
import org.camelcsta.protocol.model.MakeCall;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The XML codec's contract on hostile input: every document it cannot read is a {@link CstaDecodeException}
 * with a reason and a bounded message, never another exception and never a hang.
 */
@Timeout(30) // a hang guard, not a speed test
class XmlHostileInputTest {

    /** Far above what any of our messages says, far below the input they are about. */
    private static final int MESSAGE_BOUND = 1_000;
    private static final String LONG_NAME = "n".repeat(30_000);

    private final XmlCodec codec = new XmlCodec();

    static Stream<Arguments> hostileDocuments() {
        return Stream.of(
                xml("NUL character reference", "<M><x>&#0;</x></M>", Reason.MALFORMED),
                xml("C0 control reference", "<M><x>&#x1;</x></M>", Reason.MALFORMED),
                xml("surrogate reference", "<M><x>&#xD800;</x></M>", Reason.MALFORMED),
                xml("U+FFFE reference", "<M><x>&#xFFFE;</x></M>", Reason.MALFORMED),
                xml("U+FFFF reference", "<M><x>&#xFFFF;</x></M>", Reason.MALFORMED),
                xml("reference beyond Unicode", "<M><x>&#x110000;</x></M>", Reason.MALFORMED),
                xml("huge decimal reference", "<M><x>&#99999999999999999999;</x></M>", Reason.MALFORMED),
                xml("empty reference", "<M><x>&#x;</x></M>", Reason.MALFORMED),
                xml("unterminated reference", "<M><x>&#65</x></M>", Reason.MALFORMED),
                xml("reference in an attribute", "<M a=\"&#x1;\"/>", Reason.MALFORMED),
                xml("undeclared entity", "<M><x>&foo;</x></M>", Reason.MALFORMED),
                xml("undeclared entity in an attribute", "<M a=\"&foo;\"/>", Reason.MALFORMED),
                xml("bare ampersand in text", "<M><x>Smith & Sons</x></M>", Reason.MALFORMED),
                xml("bare ampersand at the end of text", "<M><x>Smith &</x></M>", Reason.MALFORMED),
                xml("bare less-than in text", "<M><x>1 < 2</x></M>", Reason.MALFORMED),
                xml("unterminated CDATA", "<M><x><![CDATA[abc</x></M>", Reason.MALFORMED),
                xml("]]> in text", "<M><x>a]]>b</x></M>", Reason.MALFORMED),
                xml("raw C0 control", "<M><x>a\u0001b</x></M>", Reason.MALFORMED),
                xml("raw U+FFFE", "<M><x>a\uFFFEb</x></M>", Reason.MALFORMED),
                xml("raw U+FFFF in an attribute", "<M a=\"\uFFFF\"/>", Reason.MALFORMED),
                xml("raw U+FFFF in a comment", "<M><!-- \uFFFF --></M>", Reason.MALFORMED),
                xml("raw U+FFFE in a processing instruction", "<M><?pi \uFFFE?></M>", Reason.MALFORMED),
                xml("external entity (XXE)", "<?xml version=\"1.0\"?><!DOCTYPE M [<!ENTITY xxe SYSTEM "
                        + "\"file:///etc/passwd\">]><M><x>&xxe;</x></M>", Reason.FORBIDDEN_DTD),
                xml("external DTD", "<!DOCTYPE M SYSTEM \"http://127.0.0.1:1/evil.dtd\"><M/>", Reason.FORBIDDEN_DTD),
                xml("parameter entity", "<!DOCTYPE M [<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;]><M/>",
                        Reason.FORBIDDEN_DTD),
                xml("billion laughs", billionLaughs(), Reason.FORBIDDEN_DTD),
                xml("plain DOCTYPE", "<!DOCTYPE M><M/>", Reason.FORBIDDEN_DTD),
                xml("nesting beyond the limit", "<a>".repeat(MessageBinder.MAX_DEPTH + 1)
                        + "</a>".repeat(MessageBinder.MAX_DEPTH + 1), Reason.TOO_LARGE),
                xml("very deep nesting, unclosed", "<a>".repeat(100_000), Reason.TOO_LARGE),
                bytes("invalid UTF-8", new byte[] { '<', 'M', '>', (byte) 0xC3, 0x28, '<', '/', 'M', '>' },
                        Reason.ENCODING),
                bytes("overlong UTF-8 for '<'", new byte[] { (byte) 0xC0, (byte) 0xBC, 'M', '/', '>' }, Reason.ENCODING),
                bytes("overlong UTF-8 NUL", concat("<M><x>", new byte[] { (byte) 0xC0, (byte) 0x80 }, "</x></M>"),
                        Reason.ENCODING),
                bytes("UTF-8 encoded surrogate", concat("<M><x>", new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 },
                        "</x></M>"), Reason.ENCODING),
                bytes("truncated UTF-8 sequence", concat("<M><x>", new byte[] { (byte) 0xE2, (byte) 0x82 }, ""),
                        Reason.ENCODING),
                bytes("UTF-16LE BOM and text", utf16("\uFEFF<M/>", StandardCharsets.UTF_16LE), Reason.ENCODING),
                bytes("UTF-16BE document", utf16("<M/>", StandardCharsets.UTF_16BE), Reason.MALFORMED),
                xml("two UTF-8 BOMs", "\uFEFF\uFEFF<M/>", Reason.MALFORMED),
                xml("two UTF-8 BOMs before a longer document", "\uFEFF\uFEFF<M><x>1</x></M>", Reason.MALFORMED),
                xml("BOM only", "\uFEFF", Reason.EMPTY),
                xml("text over the limit", "<M><x>" + "x".repeat(MessageBinder.DEFAULT_MAX_TEXT_LENGTH + 1)
                        + "</x></M>", Reason.TOO_LARGE),
                xml("text over the limit in CDATA pieces", "<M><x>" + "<![CDATA[xxxxxxxxxx]]>".repeat(
                        MessageBinder.DEFAULT_MAX_TEXT_LENGTH / 10 + 1) + "</x></M>", Reason.TOO_LARGE),
                xml("attribute over the limit", "<M a=\"" + "x".repeat(MessageBinder.DEFAULT_MAX_TEXT_LENGTH + 1)
                        + "\"/>", null),
                xml("huge element name, unclosed", "<" + LONG_NAME + ">", Reason.MALFORMED),
                xml("huge element name, mismatched", "<" + LONG_NAME + "></" + LONG_NAME + "x>", Reason.MALFORMED),
                xml("huge element name holding text", "<" + LONG_NAME + ">text</" + LONG_NAME + ">", Reason.WRONG_ROOT),
                xml("huge name mixing text and fields", "<M><" + LONG_NAME + ">t<x/></" + LONG_NAME + "></M>",
                        Reason.MALFORMED),
                xml("huge undeclared entity name", "<M><x>&" + LONG_NAME + ";</x></M>", Reason.MALFORMED),
                xml("many attributes", "<M " + manyAttributes(5_000) + "/>", Reason.MALFORMED),
                xml("duplicate attributes", "<M a=\"1\" a=\"2\"/>", Reason.MALFORMED),
                xml("unclosed tags", "<M><x>1</x>", Reason.MALFORMED),
                xml("unclosed start tag", "<M><x", Reason.MALFORMED),
                xml("unclosed attribute", "<M a=\"1/>", Reason.MALFORMED),
                xml("mismatched end tag", "<M><x>1</y></M>", Reason.MALFORMED),
                xml("end tag only", "</M>", Reason.MALFORMED),
                xml("two roots", "<M/><N/>", Reason.MALFORMED),
                xml("text after the root", "<M/>trailing", Reason.MALFORMED),
                xml("text before the root", "leading<M/>", Reason.MALFORMED),
                xml("root holding text", "<M>text</M>", Reason.WRONG_ROOT),
                bytes("binary garbage", garbage(4096, 1), null),
                bytes("NUL only", new byte[] { 0 }, Reason.MALFORMED),
                bytes("NULs only", new byte[64], Reason.MALFORMED),
                xml("processing instruction only", "<?pi data?>", Reason.MALFORMED),
                xml("comments only", "<!-- a --><!-- b -->", Reason.MALFORMED),
                xml("unterminated comment", "<M><!-- a </M>", Reason.MALFORMED),
                xml("double hyphen in comment", "<M><!-- a -- b --></M>", Reason.MALFORMED),
                xml("xml declaration not first", "<M/><?xml version=\"1.0\"?>", Reason.MALFORMED),
                xml("xml declaration only", "<?xml version=\"1.0\"?>", Reason.MALFORMED),
                xml("xml version 1.1 with a C0 reference", "<?xml version=\"1.1\"?><M><x>&#x1;</x></M>", null),
                xml("nothing", "", Reason.EMPTY),
                xml("white space", " \n\t\r ", Reason.EMPTY),
                xml("byte order mark and white space", "\uFEFF \r\n", Reason.EMPTY),
                xml("separator controls that Java counts as white space", "\u001C\u001F", Reason.MALFORMED),
                xml("vertical tab", "\u000B", Reason.MALFORMED),
                xml("form feed", "\u000C", Reason.MALFORMED),
                xml("an em space between fields", "<M>\u2003<x>1</x></M>", Reason.MALFORMED),
                xml("an em space as the root's text", "<M>\u2003</M>", Reason.WRONG_ROOT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileDocuments")
    void isRefusedWithAReasonAndABoundedMessage(String kind, byte[] document, Reason reason) {
        CstaDecodeException e = refused(document);
        if (reason != null) {
            assertEquals(reason, e.getReason(), e.getMessage());
        }
    }

    /** Woodstox lets them through in comments and processing instructions: they are named before it reads. */
    @Test
    void namesRawFffeAndFfffAtTheirByteOffset() {
        assertEquals("malformed XML: U+FFFE at byte offset 7, which XML 1.0 does not allow",
                refused(utf8("<M><x>a\uFFFEb</x></M>")).getMessage());
        assertEquals("malformed XML: U+FFFF at byte offset 8, which XML 1.0 does not allow",
                refused(utf8("<M><!-- \uFFFF --></M>")).getMessage());
        assertEquals("malformed XML: U+FFFE at byte offset 11, which XML 1.0 does not allow",
                refused(utf8("\uFEFF<M><x>\u00E9\uFFFE</x></M>")).getMessage());
    }

    /** Declarations of other encodings are ignored: the bytes are UTF-8. */
    @Test
    void readsUtf8WhateverTheDeclarationSays() {
        for (String encoding : List.of("utf-16", "UTF-16LE", "ebcdic", "cp037", "ISO-8859-1", "bogus")) {
            assertEquals(new MakeCall("Søren", "2", null, null, null), codec.decode(utf8("<?xml version=\"1.0\" "
                    + "encoding=\"" + encoding + "\"?><MakeCall><callingDevice>Søren</callingDevice>"
                    + "<calledDirectoryNumber>2</calledDirectoryNumber></MakeCall>")), encoding);
        }
    }

    @Test
    void readsBomCommentsAndProcessingInstructionsAroundTheRoot() {
        assertEquals(new MakeCall("1", "2", null, null, null), codec.decode(utf8("\uFEFF<?xml version=\"1.0\"?>"
                + "<?pi data?><!-- c --><MakeCall><!-- c --><callingDevice>1</callingDevice><?pi?>"
                + "<calledDirectoryNumber>2</calledDirectoryNumber></MakeCall><!-- after -->\n")));
    }

    /** The byte order mark is skipped before anything else looks at the document, on both of its paths. */
    @Test
    void readsTheDocumentAfterTheByteOrderMark() {
        assertEquals("empty XML document", refused(utf8("\uFEFF \r\n")).getMessage());
        // too short for Woodstox to skip a mark itself: ASCII, then other text
        assertEquals("M", codec.decodeGeneric(utf8("\uFEFF<M/>")).name());
        assertEquals("\u00E9", codec.decodeGeneric(utf8("\uFEFF<\u00E9/>")).name());
        assertEquals("input is not valid UTF-8 (bad byte sequence at offset 6)",
                refused(concat("\uFEFF<M>", new byte[] { (byte) 0xFF }, "</M>")).getMessage());
    }

    /** Only the first U+FEFF is a byte order mark: in a value it is data. */
    @Test
    void keepsAByteOrderMarkInAValue() {
        assertEquals(new MakeCall("\uFEFF1", "2", null, null, null), codec.decode(utf8("\uFEFF<MakeCall>"
                + "<callingDevice>\uFEFF1</callingDevice><calledDirectoryNumber>2</calledDirectoryNumber></MakeCall>")));
    }

    /** Valid documents damaged at random: a message or a CstaDecodeException, nothing else. */
    @Test
    void randomlyDamagedDocumentsAreReadOrRefused() {
        List<byte[]> seeds = new ArrayList<>();
        seeds.add(codec.encode(new MakeCall("123", "321")));
        seeds.add(utf8("<?xml version=\"1.0\" encoding=\"utf-16\"?><StartApplicationSession "
                + "xmlns:vendorData=\"urn:v\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><applicationInfo>"
                + "<applicationSpecificInfo><vendorData:userID>u</vendorData:userID><x xsi:nil=\"true\"/>"
                + "</applicationSpecificInfo></applicationInfo><![CDATA[ ]]><!-- c --></StartApplicationSession>"));
        byte[] fragments = utf8("<>/&;#x![CDATA[]]>?-=\"':\u0000\uFFFE");
        Random random = new Random(42);
        for (int i = 0; i < 5_000; i++) {
            byte[] document = seeds.get(random.nextInt(seeds.size())).clone();
            for (int damage = 1 + random.nextInt(3); damage > 0; damage--) {
                int at = random.nextInt(document.length);
                document[at] = random.nextBoolean() ? fragments[random.nextInt(fragments.length)]
                        : (byte) random.nextInt(256);
            }
            if (random.nextInt(4) == 0) {
                document = java.util.Arrays.copyOf(document, random.nextInt(document.length + 1));
            }
            readOrRefused(document);
        }
    }

    @Test
    void randomBytesAreRefused() {
        for (int seed = 0; seed < 1_000; seed++) {
            readOrRefused(garbage(1 + seed % 300, seed));
        }
    }

    private void readOrRefused(byte[] document) {
        try {
            codec.decode(document);
        } catch (CstaDecodeException e) {
            assertBounded(e);
        } catch (RuntimeException e) {
            fail("not a CstaDecodeException for " + new String(document, StandardCharsets.ISO_8859_1), e);
        }
    }

    private CstaDecodeException refused(byte[] document) {
        CstaDecodeException e = assertThrows(CstaDecodeException.class, () -> codec.decode(document));
        assertEquals(CstaDecodeException.class, e.getClass());
        assertBounded(e);
        return e;
    }

    private static void assertBounded(CstaDecodeException e) {
        assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), "no message");
        assertTrue(e.getMessage().length() < MESSAGE_BOUND, () -> e.getMessage().length() + " characters: "
                + e.getMessage().substring(0, 300));
        assertTrue(e.getReason() != null, e.getMessage());
    }

    private static Arguments xml(String kind, String document, Reason reason) {
        return arguments(kind, utf8(document), reason);
    }

    private static Arguments bytes(String kind, byte[] document, Reason reason) {
        return arguments(kind, document, reason);
    }

    private static String billionLaughs() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        return dtd.append("]><lolz>&lol9;</lolz>").toString();
    }

    private static String manyAttributes(int count) {
        StringBuilder attributes = new StringBuilder();
        for (int i = 0; i < count; i++) {
            attributes.append(" a").append(i).append("=\"").append(i).append('"');
        }
        return attributes.toString();
    }

    private static byte[] garbage(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static byte[] concat(String before, byte[] middle, String after) {
        byte[] head = utf8(before);
        byte[] tail = utf8(after);
        byte[] all = new byte[head.length + middle.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(middle, 0, all, head.length, middle.length);
        System.arraycopy(tail, 0, all, head.length + middle.length, tail.length);
        return all;
    }

    private static byte[] utf16(String text, java.nio.charset.Charset charset) {
        return text.getBytes(charset);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
