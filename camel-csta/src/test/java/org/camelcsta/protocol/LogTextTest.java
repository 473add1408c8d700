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

    @Test
    void unpairedSurrogatesAreReplacedAndPairsKept() {
        assertEquals("?a?\uD83D\uDE00", LogText.cap("\uDC00a\uD800\uD83D\uDE00"));
        String cutInAPair = LogText.cap("x".repeat(LogText.MAX_CHARS - 1) + "\uD83D\uDE00");
        assertTrue(cutInAPair.startsWith("x".repeat(LogText.MAX_CHARS - 1) + "?..."), cutInAPair);
    }
}
