package org.camelcsta.simulator.control;

import java.io.IOException;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camelcsta.simulator.control.ControlRoutes.BadRequest;

/**
 * A control API request's JSON object and its fields. Every accessor refuses a wrong field with a
 * {@link BadRequest} naming it, so that a route reads all its fields before it changes anything.
 */
final class RequestBody {

    private final JsonNode node;

    private RequestBody(JsonNode node) {
        this.node = node;
    }

    /** @throws BadRequest where the body is empty, no JSON, or no object */
    static RequestBody parse(ObjectMapper mapper, byte[] body) {
        if (body.length == 0) {
            throw new BadRequest("a JSON body is required");
        }
        try {
            JsonNode node = mapper.readTree(body);
            if (node == null || !node.isObject()) {
                throw new BadRequest("the body must be a JSON object");
            }
            return new RequestBody(node);
        } catch (IOException e) {
            throw new BadRequest("bad JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    String requiredText(String field) {
        String text = optionalText(field);
        if (text == null) {
            throw new BadRequest("missing field \"" + field + "\"");
        }
        return text;
    }

    /** The field's text; {@code null} where it is missing, null or blank. */
    String optionalText(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isContainerNode()) {
            throw new BadRequest("\"" + field + "\" must be a string");
        }
        return value.asText().isBlank() ? null : value.asText();
    }

    boolean requiredBoolean(String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isBoolean()) {
            throw new BadRequest("expected {\"" + field + "\": true} or {\"" + field + "\": false}");
        }
        return value.booleanValue();
    }

    /** The field's value; {@code false} where it is missing. */
    boolean optionalBoolean(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new BadRequest("\"" + field + "\" must be true or false");
        }
        return value.booleanValue();
    }

    /** A number of milliseconds, 0 or more; {@code null} where it is missing or null. */
    Duration optionalMillis(String field) {
        Long millis = optionalCount(field, "milliseconds");
        return millis == null ? null : Duration.ofMillis(millis);
    }

    /** A number of seconds, 0 or more; {@code null} where it is missing or null. */
    Integer optionalSeconds(String field) {
        Long seconds = optionalCount(field, "seconds");
        if (seconds != null && seconds > Integer.MAX_VALUE) {
            throw new BadRequest("\"" + field + "\" is too large");
        }
        return seconds == null ? null : seconds.intValue();
    }

    private Long optionalCount(String field, String unit) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.canConvertToLong() || !value.isIntegralNumber() || value.asLong() < 0) {
            throw new BadRequest("\"" + field + "\" must be a number of " + unit + " (0 or more) or null");
        }
        return value.asLong();
    }
}
