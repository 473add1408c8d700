package org.camelcsta.protocol.model;

import java.util.Objects;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A message as its name and field tree. It carries every message we do not model (HoldCall,
 * HeldEvent, ...) so that nothing is lost, and it is the form that all codecs read into: a generic one is bound to
 * its type on the way in (on the way out, a typed message is written from its record's own tokens).
 *
 * @param name   the message name, e.g. {@code HoldCall}
 * @param fields the fields under the root, never {@code null}
 */
public record GenericMessage(String name, ObjectNode fields) implements CstaRequest, CstaResponse, CstaEvent {

    private static final ObjectMapper PRIVATE_DATA_READER = JsonMapper.builder()
            .enable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
            .build();

    public GenericMessage {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fields, "fields");
    }

    @Override
    public String messageName() {
        return name;
    }

    @Override
    public PrivateData privateData() {
        JsonNode node = fields.get("privateData");
        if (node == null || !node.isObject()) {
            return null;
        }
        try {
            return PRIVATE_DATA_READER.treeToValue(node, PrivateData.class);
        } catch (Exception e) {
            return null;
        }
    }

    @Override
    public String requestId() {
        return text("privateData", "requestID");
    }

    @Override
    public String test() {
        return text("test");
    }

    /** Unknown messages have no known required fields. */
    @Override
    public void validate() {
        // nothing is known to be required
    }

    /**
     * The text at a path of field names, e.g. {@code text("establishedConnection", "callID")}; a
     * one-element array on the way is looked through. {@code null} where the path ends early.
     */
    public String text(String... path) {
        JsonNode node = fields;
        for (String step : path) {
            node = unwrap(node).get(step);
            if (node == null) {
                return null;
            }
        }
        node = unwrap(node);
        return node == null || node.isNull() || node.isContainerNode() ? null : node.asText();
    }

    /** A copy with {@code privateData.requestID} set. */
    public GenericMessage withRequestId(String requestId) {
        ObjectNode copy = fields.deepCopy();
        JsonNode privateData = copy.get("privateData");
        ObjectNode target = privateData instanceof ObjectNode object ? object : copy.putObject("privateData");
        target.put("requestID", requestId);
        return new GenericMessage(name, copy);
    }

    private static JsonNode unwrap(JsonNode node) {
        return node != null && node.isArray() && node.size() == 1 ? node.get(0) : node;
    }
}
