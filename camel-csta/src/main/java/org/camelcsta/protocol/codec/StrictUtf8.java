package org.camelcsta.protocol.codec;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.camelcsta.protocol.CstaDecodeException;
import org.camelcsta.protocol.CstaDecodeException.Reason;

/** Decodes UTF-8 and refuses malformed bytes instead of replacing them. */
final class StrictUtf8 {

    private static final char REPLACEMENT = '\uFFFD';

    private StrictUtf8() {
    }

    /** Whether the bytes from {@code start} on are ASCII, and so valid UTF-8 without decoding. */
    static boolean isAscii(byte[] bytes, int start) {
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    static String decode(byte[] bytes) {
        return decode(bytes, 0);
    }

    /** Decodes the bytes from {@code offset} on; an error names its offset in the whole array. */
    static String decode(byte[] bytes, int offset) {
        // The JDK's fast decoder replaces every malformed sequence with U+FFFD (String's documented contract), so
        // text without one came from valid bytes; only text with one is decoded again, strictly, to tell a
        // U+FFFD that was sent from a replaced sequence and to name the offset.
        String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        return text.indexOf(REPLACEMENT) < 0 ? text : decodeStrictly(bytes, offset);
    }

    private static String decodeStrictly(byte[] bytes, int offset) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return decoder.decode(input).toString();
        } catch (CharacterCodingException e) {
            throw new CstaDecodeException(Reason.ENCODING,
                    "input is not valid UTF-8 (bad byte sequence at offset " + input.position() + ")", e);
        }
    }
}
