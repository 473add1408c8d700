package org.camelcsta.springboot;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Every option of the component is a {@code camel.component.csta.*} property with the component's description and
 * default, and there is no other (the spring-configuration-metadata.json written from CstaComponentConfiguration
 * against the component's generated csta.json), so the starter cannot drift from the component.
 */
class CstaComponentConfigurationTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyComponentOptionIsAPropertyWithTheSameDescriptionAndDefault() throws Exception {
        JsonNode component = read("/META-INF/org/camelcsta/component/csta.json").get("componentProperties");
        Map<String, JsonNode> properties = new HashMap<>();
        for (JsonNode property : read("/META-INF/spring-configuration-metadata.json").get("properties")) {
            if (property.get("sourceType").asText().equals(CstaComponentConfiguration.class.getName())) {
                properties.put(property.get("name").asText(), property);
            }
        }
        assertNotNull(properties.remove("camel.component.csta.enabled"), "the starter's own switch");

        component.fields().forEachRemaining(option -> {
            JsonNode property = properties.remove("camel.component.csta." + kebab(option.getKey()));
            assertNotNull(property, "no property for option " + option.getKey());
            assertEquals(option.getValue().get("description").asText(), property.get("description").asText(),
                    option.getKey());
            JsonNode defaultValue = option.getValue().get("defaultValue");
            assertEquals(defaultValue == null ? null : defaultValue.asText(),
                    property.has("defaultValue") ? property.get("defaultValue").asText() : null, option.getKey());
        });
        assertEquals(Map.of(), properties, "properties that the component does not have");
    }

    private JsonNode read(String resource) throws Exception {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            return json.readTree(in);
        }
    }

    private static String kebab(String camelCase) {
        return camelCase.replaceAll("([A-Z])", "-$1").toLowerCase();
    }
}
