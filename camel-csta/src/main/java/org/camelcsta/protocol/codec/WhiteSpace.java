package org.camelcsta.protocol.codec;

/**
 * The white space of XML (production S) and of JSON (RFC 8259): space, tab, line feed and carriage return. What else
 * Java counts as white space (U+000B, U+000C, U+001C to U+001F, Unicode's spaces) is not white space to either.
 */
public final class WhiteSpace {

    private WhiteSpace() {
    }

    /** Whether the character (or a byte, read as a signed value) is white space in XML and JSON. */
    public static boolean is(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
