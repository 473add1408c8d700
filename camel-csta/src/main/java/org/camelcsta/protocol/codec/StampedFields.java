package org.camelcsta.protocol.codec;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.camelcsta.protocol.CstaEncodeException;
import org.camelcsta.protocol.LogText;

/**
 * Copies a message's field tokens as an {@link OutgoingMessage} says they go out: {@code privateData.requestID}
 * set (in its place, else last in {@code privateData}, which is added last where the message has none, or replaces
 * one that is not an object), {@code test} set where the message has none (in its place where it is {@code null}, else
 * last), and every name spelled as the server spells it. The same result as editing a copy of the field tree, without
 * the tree; except that two fields that respelling would give one name ({@code deviceId} beside {@code deviceID}) are
 * refused rather than merged, and so is nesting deeper than {@link MessageBinder#MAX_DEPTH}, which nothing reads.
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
        Names names = new Names();
        boolean hasTest = false;
        boolean hasPrivateData = false;
        for (JsonToken token = fields.nextToken(); token == JsonToken.FIELD_NAME; token = fields.nextToken()) {
            String name = fields.currentName();
            JsonToken value = fields.nextToken();
            hasTest |= name.equals(TEST);
            names.write(name);
            if (name.equals(TEST) && value == JsonToken.VALUE_NULL && outgoing.test() != null) {
                out.writeString(outgoing.test()); // no TEST mode of its own
            } else if (name.equals(PRIVATE_DATA) && outgoing.requestId() != null) {
                hasPrivateData = true;
                copyPrivateData(fields);
            } else {
                copyValue(fields, 1);
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
            Names names = new Names();
            for (JsonToken token = fields.nextToken(); token == JsonToken.FIELD_NAME; token = fields.nextToken()) {
                String name = fields.currentName();
                fields.nextToken();
                names.write(name);
                if (name.equals(REQUEST_ID)) {
                    written = true;
                    fields.skipChildren();
                    out.writeString(outgoing.requestId());
                } else {
                    copyValue(fields, 2);
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

    /** @param depth how deep the value is: the message's own fields are at 1 */
    private void copyValue(JsonParser fields, int depth) throws IOException {
        JsonToken token = fields.currentToken();
        if (token.isStructStart() && depth >= MessageBinder.MAX_DEPTH) {
            throw new CstaEncodeException(LogText.cap(outgoing.name()) + " nests deeper than " + MessageBinder.MAX_DEPTH);
        }
        switch (token) {
            case START_OBJECT -> {
                out.writeStartObject();
                Names names = new Names();
                while (fields.nextToken() == JsonToken.FIELD_NAME) {
                    names.write(fields.currentName());
                    fields.nextToken();
                    copyValue(fields, depth + 1);
                }
                out.writeEndObject();
            }
            case START_ARRAY -> {
                out.writeStartArray();
                while (fields.nextToken() != JsonToken.END_ARRAY) {
                    copyValue(fields, depth + 1);
                }
                out.writeEndArray();
            }
            default -> out.copyCurrentEvent(fields);
        }
    }

    /** Writes an object's field names as the server spells them, refusing one written twice. */
    private final class Names {

        private List<String> written;

        void write(String name) throws IOException {
            String spelled = outgoing.spelled(name);
            if (!outgoing.spelling().isEmpty()) { // only respelling can make two names one
                if (written == null) {
                    written = new ArrayList<>(8);
                } else if (written.contains(spelled)) {
                    throw new CstaEncodeException(LogText.cap(outgoing.name()) + " has two fields that the server spells "
                                                  + LogText.cap(spelled));
                }
                written.add(spelled);
            }
            out.writeFieldName(spelled);
        }
    }
}
