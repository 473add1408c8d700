package org.camelcsta.examples;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The command line: options become properties. */
class ArgumentsTest {

    @Test
    void keepRunningAndProperties() {
        assertEquals(Map.of("examples.demo.keep-running", "true", "camel.server.port", "8080"),
                ExamplesApplication.parseArguments("--keep-running", "--camel.server.port=8080"));
        assertEquals(Map.of(), ExamplesApplication.parseArguments());
    }

    @Test
    void helpAndMistakes() {
        assertNull(ExamplesApplication.parseArguments("--help"));
        assertThrows(IllegalArgumentException.class, () -> ExamplesApplication.parseArguments("--keep-runing"));
        assertThrows(IllegalArgumentException.class, () -> ExamplesApplication.parseArguments("--=x"));
    }
}
