package org.camelcsta.protocol.codec;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AsciiReaderTest {

    private final AsciiReader reader = new AsciiReader("<M/>\n".getBytes(StandardCharsets.US_ASCII), 0);

    @Test
    void readsInPiecesToTheEnd() {
        char[] buffer = { '.', '.', '.', '.' };
        assertEquals(3, reader.read(buffer, 1, 3));
        assertArrayEquals(new char[] { '.', '<', 'M', '/' }, buffer);
        assertEquals(0, reader.read(buffer, 0, 0));
        assertEquals(2, reader.read(buffer, 0, 4));
        assertArrayEquals(new char[] { '>', '\n', 'M', '/' }, buffer);
        assertEquals(-1, reader.read(buffer, 0, 4));
        assertEquals(0, reader.read(buffer, 0, 0));
    }

    @Test
    void startsAtTheGivenIndex() {
        char[] buffer = new char[8];
        assertEquals(3, new AsciiReader("...<M/>".getBytes(StandardCharsets.US_ASCII), 4).read(buffer, 0, 8));
        assertEquals("M/>", new String(buffer, 0, 3));
    }

    @Test
    void refusesARangeOutsideTheBuffer() {
        assertThrows(IndexOutOfBoundsException.class, () -> reader.read(new char[2], 1, 2));
    }
}
