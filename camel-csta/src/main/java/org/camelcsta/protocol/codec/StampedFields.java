package org.camelcsta.protocol.codec;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Copies a message's field tokens as an {@link OutgoingMessage} says they go out: {@code privateData.requestID}
 * set (in its place, else last in {@code privateData}, which is added last where the message has none, or replaces
 * one that is not an object), {@code test} set where the message has none (in its place where it is {@code null}, else
 * last), and every name spelled as the server spells it. The same result as editing a copy of the field tree, without the tree.
 */
final class StampedFields {

    private static final String TEST = "test";
    private static final String PRIVATE_DATA = "privateData";
    private static final String REQUEST_ID = "requestID";

    private final OutgoingMessage outgoing;
    private final JsonGenerator out;

    StampedFields(OutgoingMessage outgoing, JsonGenerator out) {
        this.outgoing = outgoing;
        this.out = out;
    }

    /** @param fields the message's fields, before their {@code START_OBJECT} */
    void copy(JsonParser fields) throws IOException {
        fields.nextToken();
        out.writeStartObject();
        boolean hasTest = false;
        boolean hasPrivateData = false;
        for (JsonToken token = fields.nextToken(); token == JsonToken.FIELD_NAME; token = fields.nextToken()) {
            String name = fields.currentName();
            JsonToken value = fields.nextToken();
            hasTest |= name.equals(TEST);
            out.writeFieldName(outgoing.spelled(name));
            if (name.equals(TEST) && value == JsonToken.VALUE_NULL && outgoing.test() != null) {
                out.writeString(outgoing.test()); // no TEST mode of its own
            } else if (name.equals(PRIVATE_DATA) && outgoing.requestId() != null) {
                hasPrivateData = true;
                copyPrivateData(fields);
            } else {
                copyValue(fields);
            }
        }
        if (!hasTest && outgoing.test() != null) {
            out.writeStringField(TEST, outgoing.test());
        }
        if (!hasPrivateData && outgoing.requestId() != null) {
            out.writeFieldName(PRIVATE_DATA);
            out.writeStartObject();
            out.writeStringField(REQUEST_ID, outgoing.requestId());
            out.writeEndObject();
        }
        out.writeEndObject();
    }

    private void copyPrivateData(JsonParser fields) throws IOException {
        out.writeStartObject();
        boolean written = false;
        if (fields.currentToken() == JsonToken.START_OBJECT) {
            for (JsonToken token = fields.nextToken(); token == JsonToken.FIELD_NAME; token = fields.nextToken()) {
                String name = fields.currentName();
                fields.nextToken();
                out.writeFieldName(outgoing.spelled(name));
                if (name.equals(REQUEST_ID)) {
                    written = true;
                    fields.skipChildren();
                    out.writeString(outgoing.requestId());
                } else {
                    copyValue(fields);
                }
            }
        } else {
            fields.skipChildren();
        }
        if (!written) {
            out.writeStringField(REQUEST_ID, outgoing.requestId());
        }
        out.writeEndObject();
    }

    private void copyValue(JsonParser fields) throws IOException {
        switch (fields.currentToken()) {
            case START_OBJECT -> {
                out.writeStartObject();
                while (fields.nextToken() == JsonToken.FIELD_NAME) {
                    out.writeFieldName(outgoing.spelled(fields.currentName()));
                    fields.nextToken();
                    copyValue(fields);
                }
                out.writeEndObject();
            }
            case START_ARRAY -> {
                out.writeStartArray();
                while (fields.nextToken() != JsonToken.END_ARRAY) {
                    copyValue(fields);
                }
                out.writeEndArray();
            }
            default -> out.copyCurrentEvent(fields);
        }
    }
}
