package org.camelcsta.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads a call log as the JSON objects of its lines. */
final class CallLogFile {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CallLogFile() {
    }

    /** Every line, parsed; a line that is not one JSON object fails the test. */
    static List<JsonNode> lines(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            List<JsonNode> lines = new ArrayList<>();
            for (String line : text.split("\n", -1)) {
                if (!line.isEmpty()) {
                    JsonNode json = MAPPER.readTree(line);
                    if (!json.isObject()) {
                        throw new AssertionError("not a JSON object: " + line);
                    }
                    lines.add(json);
                }
            }
            if (!text.isEmpty() && !text.endsWith("\n")) {
                throw new AssertionError("the last line is not whole: " + text);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The line of a call leg. */
    static Optional<JsonNode> lineOf(Path file, String callId) {
        return lines(file).stream().filter(line -> callId.equals(line.path("callId").asText())).findFirst();
    }

    /** The lines of a device. */
    static List<JsonNode> linesOf(Path file, String device) {
        return lines(file).stream().filter(line -> device.equals(line.path("device").asText())).toList();
    }
}
