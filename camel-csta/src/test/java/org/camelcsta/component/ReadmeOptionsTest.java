package org.camelcsta.component;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's option and header tables agree with the component's generated metadata. */
class ReadmeOptionsTest {

    /** Options that every Camel component has; the README does not repeat Camel's documentation. */
    private static final Set<String> CAMEL_OPTIONS = Set.of("bridgeErrorHandler", "exceptionHandler", "exchangePattern",
            "lazyStartProducer", "autowiredEnabled", "configuration");
    private static final Pattern ROW = Pattern.compile("^\\| `([A-Za-z]+)` \\|[^|]*\\|([^|]*)\\|", Pattern.MULTILINE);

    @Test
    void everyOptionAndHeaderIsDocumentedWithItsDefault() throws Exception {
        JsonNode metadata = metadata();
        Map<String, String> rows = readmeRows();
        Map<String, JsonNode> options = new HashMap<>();
        collect(metadata.get("componentProperties"), options);
        collect(metadata.get("properties"), options);
        for (Map.Entry<String, JsonNode> option : options.entrySet()) {
            String row = rows.get(option.getKey());
            assertNotNull(row, "the README does not document option " + option.getKey());
            JsonNode defaultValue = option.getValue().get("defaultValue");
            if (defaultValue != null && !defaultValue.asText().equals("false")) {
                assertTrue(row.contains(defaultValue.asText().toLowerCase()),
                        option.getKey() + ": the README says default '" + row.strip() + "', the code " + defaultValue);
            }
        }
        for (Iterator<String> headers = metadata.get("headers").fieldNames(); headers.hasNext();) {
            String header = headers.next();
            assertTrue(rows.containsKey(header), "the README does not document header " + header);
        }
        for (String documented : rows.keySet()) {
            assertTrue(options.containsKey(documented) || metadata.get("headers").has(documented),
                    "the README documents " + documented + ", which the component does not have");
        }
    }

    private static void collect(JsonNode properties, Map<String, JsonNode> into) {
        properties.fields().forEachRemaining(field -> {
            if (!CAMEL_OPTIONS.contains(field.getKey())) {
                into.put(field.getKey(), field.getValue());
            }
        });
    }

    /** Option or header name to the text of its default column (or, for headers, the next column). */
    private static Map<String, String> readmeRows() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        Map<String, String> rows = new HashMap<>();
        Matcher row = ROW.matcher(readme);
        while (row.find()) {
            rows.put(row.group(1), row.group(2).toLowerCase());
        }
        assertTrue(rows.size() > 30, "found " + rows.size() + " table rows in the README");
        return rows;
    }

    private static JsonNode metadata() throws Exception {
        try (InputStream in = ReadmeOptionsTest.class.getResourceAsStream("/META-INF/org/camelcsta/component/csta.json")) {
            assertNotNull(in, "the generated component descriptor is missing");
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void theDescriptorMarksThePasswordSecret() throws Exception {
        JsonNode password = metadata().get("componentProperties").get("password");
        assertEquals(true, password.get("secret").asBoolean());
        assertEquals(true, metadata().get("properties").get("password").get("secret").asBoolean());
    }
}
