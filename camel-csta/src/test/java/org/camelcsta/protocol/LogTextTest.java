package org.camelcsta.protocol;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogTextTest {

    @Test
    void shortTextIsKept() {
        assertEquals("MakeCall", LogText.cap("MakeCall"));
        assertEquals("null", LogText.cap(null));
    }

    @Test
    void longTextIsCappedWithItsLength() {
        String capped = LogText.cap("x".repeat(30_000));
        assertTrue(capped.length() < LogText.MAX_CHARS + 24, capped);
        assertTrue(capped.endsWith("...(30000 chars)"), capped);
    }

    @Test
    void lineBreaksCannotForgeLogLines() {
        assertEquals("a??INFO forged", LogText.cap("a\r\nINFO forged"));
    }
}
