package org.camelcsta.protocol.model;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A negative response: {@code {"CSTAErrorCode": {"<category>": "<value>", "details": "..."}}}.
 *
 * @param category    {@code operation}, {@code security}, {@code stateIncompatibility},
 *                    {@code systemResourceAvailability}, {@code subscribedResourceAvailability},
 *                    {@code performanceManagement}, {@code privateData} or {@code unspecified}
 * @param value       the error within the category, e.g. {@code invalidCallID}
 * @param details     the server's explanation, or {@code null}
 * @param privateData {@code privateData}, or {@code null}
 */
public record CstaErrorCode(String category, String value, String details, PrivateData privateData)
        implements CstaResponse {

    private static final ObjectMapper PRIVATE_DATA_READER = new ObjectMapper();

    public CstaErrorCode(String category, String value, String details) {
        this(category, value, details, null);
    }

    @Override
    public String messageName() {
        return "CSTAErrorCode";
    }

    /** The category is a field name on the wire, so the record is written as a map. */
    @JsonValue
    Map<String, Object> wireFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (category != null) {
            fields.put(category, value);
        }
        if (details != null) {
            fields.put("details", details);
        }
        if (privateData != null) {
            fields.put("privateData", privateData);
        }
        return fields;
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static CstaErrorCode fromWire(Map<String, JsonNode> fields) {
        String category = null;
        String value = null;
        for (Map.Entry<String, JsonNode> field : fields.entrySet()) {
            if (!field.getKey().equals("details") && !field.getKey().equals("privateData") && category == null) {
                category = field.getKey();
                value = field.getValue() == null || field.getValue().isNull() ? null : scalar(field.getValue());
            }
        }
        JsonNode details = fields.get("details");
        JsonNode privateData = fields.get("privateData");
        return new CstaErrorCode(category, value,
                details == null || details.isNull() ? null : scalar(details),
                privateData == null || !privateData.isObject() ? null
                        : PRIVATE_DATA_READER.convertValue(privateData, PrivateData.class));
    }

    /** Nested values (as some servers send for the category) are kept in their JSON form. */
    private static String scalar(JsonNode node) {
        return node.isValueNode() ? node.asText() : node.toString();
    }
}
