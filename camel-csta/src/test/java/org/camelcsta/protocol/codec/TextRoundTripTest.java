package org.camelcsta.protocol.codec;

import java.util.Random;
import java.util.function.IntPredicate;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camelcsta.protocol.CstaEncodeException;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.MakeCall;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Property: whatever text a writer accepts, its reader reads back equal; what it refuses it refuses with a
 * {@link CstaEncodeException} naming the field, exactly when the text holds a character the format cannot carry
 * (an oracle written from the specifications, not from the codec).
 */
class TextRoundTripTest {

    private static final int SAMPLES = 3_000;
    /** XML 1.0, production [2] Char. */
    private static final IntPredicate XML_CHAR = c -> c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
            || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
    /** UTF-8 carries every code point but the surrogates (which {@code codePoints()} yields only when unpaired). */
    private static final IntPredicate UNICODE_SCALAR = c -> c < 0xD800 || c > 0xDFFF;
    private static final String FIELD = "callingDevice";

    private final XmlCodec xml = new XmlCodec();
    private final JsonCodec json = new JsonCodec();
    private final QueryCodec query = new QueryCodec();

    @Test
    void xmlReadsBackWhatItWritesAndRefusesExactlyWhatXml10Excludes() {
        roundTrip(XML_CHAR, message -> xml.decodeGeneric(xml.encode(message)));
    }

    @Test
    void jsonReadsBackWhatItWritesAndRefusesOnlyUnpairedSurrogates() {
        roundTrip(UNICODE_SCALAR, message -> json.decodeGeneric(json.encodeBytes(message)));
    }

    @Test
    void queryReadsBackWhatItWritesAndRefusesOnlyUnpairedSurrogates() {
        roundTrip(UNICODE_SCALAR, message -> query.decodeGeneric(query.encode(message)));
    }

    @Test
    void theExcludedCharactersAreRefusedByName() {
        for (String text : new String[] { "\u0000", "\u0001", "a\u001Fb", "\uFFFE", "\uFFFF", "\uD800", "\uDC00",
            "x\uD83D", "\uDE00x" }) {
            CstaEncodeException e = assertThrows(CstaEncodeException.class, () -> xml.encode(new MakeCall(text, "1")));
            assertTrue(e.getMessage().contains("field callingDevice") && e.getMessage().contains("U+"), e.getMessage());
        }
        CstaEncodeException e = assertThrows(CstaEncodeException.class, () -> json.encode(new MakeCall("\uD800", "1")));
        assertTrue(e.getMessage().contains("field callingDevice") && e.getMessage().contains("U+D800"), e.getMessage());
        e = assertThrows(CstaEncodeException.class, () -> query.encode(new MakeCall("1", "\uDFFF")));
        assertTrue(e.getMessage().contains("field calledDirectoryNumber") && e.getMessage().contains("U+DFFF"),
                e.getMessage());
        ObjectNode badName = JsonNodeFactory.instance.objectNode().put("a\uD800", "1");
        assertThrows(CstaEncodeException.class, () -> json.toTree(new GenericMessage("HoldCall", badName)));
        assertThrows(CstaEncodeException.class, () -> query.encode(new GenericMessage("HoldCall", badName)));
        assertThrows(CstaEncodeException.class, () -> json.toTree(new GenericMessage("Hold\uDC00", badName)));
    }

    private void roundTrip(IntPredicate carried, Codec codec) {
        Random random = new Random(7);
        int written = 0;
        int refused = 0;
        for (int i = 0; i < SAMPLES; i++) {
            String text = randomText(random);
            boolean writable = text.codePoints().allMatch(carried);
            ObjectNode fields = JsonNodeFactory.instance.objectNode().put(FIELD, text);
            GenericMessage message = new GenericMessage("HoldCall", fields);
            try {
                GenericMessage read = codec.roundTrip(message);
                assertTrue(writable, () -> "written though not carried: " + escaped(text));
                assertEquals(text, read.text(FIELD), () -> "changed on the way: " + escaped(text));
                written++;
            } catch (CstaEncodeException e) {
                assertTrue(!writable, () -> "refused though carried: " + escaped(text) + ": " + e.getMessage());
                assertTrue(e.getMessage().contains(FIELD), e.getMessage());
                refused++;
            } catch (RuntimeException e) {
                fail("neither written nor refused cleanly: " + escaped(text), e);
            }
        }
        assertTrue(written > SAMPLES / 10 && refused > 0, written + " written, " + refused + " refused");
    }

    /** Text from code units that writers must escape, split or refuse, and from random code points. */
    private static String randomText(Random random) {
        String tricky = "<>&'\"]]> \t\r\n\u0000\u0001\u001F\u007F\u0085\u00A0\u2028\uFEFF\uFFFD\uFFFE\uFFFF"
                + "\uD800\uDBFF\uDC00\uDFFF%+=[]#?;/\\";
        StringBuilder text = new StringBuilder();
        for (int length = random.nextInt(12); length > 0; length--) {
            switch (random.nextInt(4)) {
                case 0 -> text.append(tricky.charAt(random.nextInt(tricky.length())));
                case 1 -> text.appendCodePoint(0x10000 + random.nextInt(0x100000)); // supplementary
                case 2 -> text.appendCodePoint(random.nextInt(0x10000));
                default -> text.append((char) ('a' + random.nextInt(26)));
            }
        }
        // a rare character keeps most samples writable
        return random.nextInt(3) == 0 ? text.toString() : text.toString().codePoints()
                .filter(XML_CHAR)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(String.format("\\u%04X", c)));
        return out.toString();
    }

    private interface Codec {
        GenericMessage roundTrip(GenericMessage message);
    }
}
