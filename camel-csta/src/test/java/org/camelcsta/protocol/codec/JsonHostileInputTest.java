package org.camelcsta.protocol.codec;

import java.nio.charset.StandardCharsets;
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

/** The JSON codec's contract on hostile input: a message or a {@link CstaDecodeException} with a bounded message. */
@Timeout(30) // a hang guard, not a speed test
class JsonHostileInputTest {

    private static final int MESSAGE_BOUND = 1_000;
    private static final String LONG = "n".repeat(30_000);

    private final JsonCodec codec = new JsonCodec();

    static Stream<Arguments> hostileDocuments() {
        return Stream.of(
                json("huge unknown token", LONG, Reason.MALFORMED),
                json("huge message name holding a string", "{\"" + LONG + "\":\"x\"}", Reason.WRONG_ROOT),
                json("huge bare name", "\"" + LONG + "\"", Reason.MALFORMED),
                json("huge field of the wrong type", "{\"ResetApplicationSessionTimer\":{\"requestedSessionDuration\":\""
                        + LONG + "\"}}", Reason.INVALID_VALUE),
                json("huge number", "{\"ResetApplicationSessionTimer\":{\"requestedSessionDuration\":" + "9".repeat(30_000)
                        + "}}", Reason.TOO_LARGE),
                json("huge name of a field of the wrong type", "{\"MakeCall\":{\"" + LONG + "\":1,\"callingDevice\":"
                        + "{\"a\":1}}}", Reason.INVALID_VALUE),
                json("deep nesting", "{\"M\":" + "[".repeat(10_000), Reason.TOO_LARGE),
                json("deep objects", "{\"M\":" + "{\"a\":".repeat(10_000), Reason.TOO_LARGE),
                json("text over the limit", "{\"M\":{\"a\":\"" + "x".repeat(MessageBinder.DEFAULT_MAX_TEXT_LENGTH + 1)
                        + "\"}}", Reason.TOO_LARGE),
                json("unterminated string", "{\"M\":{\"a\":\"abc", Reason.MALFORMED),
                json("raw control character in a string", "{\"M\":{\"a\":\"a\u0001b\"}}", Reason.MALFORMED),
                json("bad escape", "{\"M\":{\"a\":\"\\x41\"}}", Reason.MALFORMED),
                json("short unicode escape", "{\"M\":{\"a\":\"\\u12\"}}", Reason.MALFORMED),
                json("two roots", "{\"M\":{}}{\"N\":{}}", Reason.MALFORMED),
                json("trailing garbage", "{\"M\":{}} x", Reason.MALFORMED),
                json("a number", "42", Reason.MALFORMED),
                json("a literal", "null", Reason.MALFORMED),
                json("an array", "[{\"M\":{}}]", Reason.WRONG_ROOT),
                json("an empty array", "[]", Reason.WRONG_ROOT),
                json("comments", "/* c */ {\"M\":{}}", Reason.MALFORMED),
                json("NaN", "{\"M\":{\"a\":NaN}}", Reason.MALFORMED),
                json("XML", "<MakeCall/>", Reason.MALFORMED),
                bytes("invalid UTF-8", new byte[] { '{', '"', 'M', '"', ':', '{', '"', 'a', '"', ':', '"', (byte) 0xC3, 0x28,
                    '"', '}', '}' }, Reason.ENCODING),
                bytes("UTF-16", "{\"M\":{}}".getBytes(StandardCharsets.UTF_16BE), null),
                bytes("binary garbage", garbage(4096, 7), null),
                bytes("NUL only", new byte[] { 0 }, Reason.MALFORMED),
                json("empty", "", Reason.EMPTY),
                json("white space", " \n\t ", Reason.EMPTY),
                json("separator controls that Java counts as white space", "\u001C\u001F", Reason.MALFORMED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileDocuments")
    void isRefusedWithAReasonAndABoundedMessage(String kind, byte[] document, Reason reason) {
        CstaDecodeException e = assertThrows(CstaDecodeException.class, () -> codec.decode(document));
        assertBounded(e);
        if (reason != null) {
            assertEquals(reason, e.getReason(), e.getMessage());
        }
    }

    @Test
    void randomlyDamagedDocumentsAreReadOrRefused() {
        byte[] seed = codec.encodeBytes(new MakeCall("123", "Søren"));
        byte[] fragments = "{}[]\":,'\\u0000 nulltrue".getBytes(StandardCharsets.UTF_8);
        Random random = new Random(42);
        for (int i = 0; i < 5_000; i++) {
            byte[] document = seed.clone();
            for (int damage = 1 + random.nextInt(3); damage > 0; damage--) {
                document[random.nextInt(document.length)] = random.nextBoolean()
                        ? fragments[random.nextInt(fragments.length)] : (byte) random.nextInt(256);
            }
            readOrRefused(document);
        }
        for (int i = 0; i < 1_000; i++) {
            readOrRefused(garbage(1 + i % 300, i));
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

    private static void assertBounded(CstaDecodeException e) {
        assertEquals(CstaDecodeException.class, e.getClass());
        assertTrue(e.getReason() != null, e.getMessage());
        assertTrue(e.getMessage().length() < MESSAGE_BOUND, () -> e.getMessage().length() + " characters: "
                + e.getMessage().substring(0, 300));
    }

    private static Arguments json(String kind, String document, Reason reason) {
        return arguments(kind, document.getBytes(StandardCharsets.UTF_8), reason);
    }

    private static Arguments bytes(String kind, byte[] document, Reason reason) {
        return arguments(kind, document, reason);
    }

    private static byte[] garbage(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
