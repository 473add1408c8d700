package org.camelcsta.protocol.codec;

import org.camelcsta.protocol.CstaEncodeException;
import org.camelcsta.protocol.LogText;

/**
 * Which characters a wire format can carry. Writers check their text against it, so that nothing is written
 * that a reader would refuse (or that would be changed on the way).
 */
enum CharacterRule {

    /**
     * XML 1.0's {@code Char}: tab, line feed, carriage return, U+0020..U+D7FF, U+E000..U+FFFD and
     * supplementary characters as surrogate pairs. Other C0 controls, unpaired surrogates, U+FFFE and
     * U+FFFF cannot be written, not even as character references.
     */
    XML_1_0("XML 1.0") {
        @Override
        int firstRefused(CharSequence text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= 0x20 && c < 0xD800 || c == '\t' || c == '\n' || c == '\r' || c >= 0xE000 && c <= 0xFFFD) {
                    continue;
                }
                if (!isPairAt(text, i)) {
                    return i;
                }
                i++;
            }
            return -1;
        }
    },

    /** Any Unicode text: UTF-8 (JSON, percent-encoding) cannot carry an unpaired surrogate. */
    UNICODE("UTF-8") {
        @Override
        int firstRefused(CharSequence text) {
            for (int i = 0; i < text.length(); i++) {
                if (Character.isSurrogate(text.charAt(i))) {
                    if (!isPairAt(text, i)) {
                        return i;
                    }
                    i++;
                }
            }
            return -1;
        }
    };

    private final String format;

    CharacterRule(String format) {
        this.format = format;
    }

    /** The index of the first character the format cannot carry, or -1. */
    abstract int firstRefused(CharSequence text);

    /**
     * @param message the message being written, for the error
     * @param field   the field the value belongs to, for the error
     * @throws CstaEncodeException naming the field and the character where the value holds one that is refused
     */
    void requireWritableValue(String message, String field, String value) {
        int at = firstRefused(value);
        if (at >= 0) {
            throw refused(message, "field " + field, value, at);
        }
    }

    /**
     * @param message the message being written, for the error
     * @throws CstaEncodeException naming the character where a message or field name holds one that is refused
     */
    void requireWritableName(String message, String name) {
        int at = firstRefused(name);
        if (at >= 0) {
            throw refused(message, "the name " + name, name, at);
        }
    }

    private CstaEncodeException refused(String message, String what, String text, int at) {
        return new CstaEncodeException("cannot write " + LogText.cap(message) + ": " + LogText.cap(what) + " holds "
                + describe(text, at) + ", which " + format + " cannot carry");
    }

    /** A refused character for an error message, e.g. {@code U+FFFE at index 3}. */
    static String describe(CharSequence text, int index) {
        return String.format("U+%04X at index %d", (int) text.charAt(index), index);
    }

    private static boolean isPairAt(CharSequence text, int i) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
    }
}
