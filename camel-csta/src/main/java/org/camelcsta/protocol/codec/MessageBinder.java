package org.camelcsta.protocol.codec;

import java.io.IOException;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import org.camelcsta.protocol.CstaDecodeException;
import org.camelcsta.protocol.CstaEncodeException;
import org.camelcsta.protocol.CstaDecodeException.Reason;
import org.camelcsta.protocol.LogText;
import org.camelcsta.protocol.model.CstaMessage;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.MessageTypes;

/**
 * Binds a message's field tree to its typed record and back. Every codec reads into a
 * {@link GenericMessage} and binds here, so the tolerant reading rules of the provider's protocol live
 * in one place: {@code deviceID}/{@code deviceId} (aliases on the records), numbers or strings, a scalar
 * or a one-element array, {@code null}s, empty elements and unknown fields.
 */
public final class MessageBinder {

    /** The largest text value read, in characters. */
    public static final int DEFAULT_MAX_TEXT_LENGTH = 1024 * 1024;
    /** The deepest nesting read. */
    public static final int MAX_DEPTH = 64;

    private static final MessageBinder STANDARD = new MessageBinder(DEFAULT_MAX_TEXT_LENGTH);

    private final ObjectMapper mapper;

    /**
     * @param maxTextLength the longest text value accepted from JSON input, in characters
     */
    public MessageBinder(int maxTextLength) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(maxTextLength)
                        .maxNestingDepth(MAX_DEPTH)
                        .build())
                // the provider's samples are JavaScript object literals
                .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
                .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
                .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
                .build();
        this.mapper = JsonMapper.builder(factory)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .enable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                        JsonInclude.Include.NON_NULL))
                // an empty XML element is an empty part, or no number
                .withCoercionConfig(LogicalType.POJO,
                        config -> config.setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsEmpty))
                .withCoercionConfig(LogicalType.Integer,
                        config -> config.setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull))
                .build();
    }

    private MessageBinder(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * This binder, but for {@link #tokens} of a typed record with its properties in sorted order: for a canonical form
     * of a message, which then needs to sort only maps.
     */
    public MessageBinder sortingProperties() {
        return new MessageBinder(((JsonMapper) mapper).rebuild()
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
                .build());
    }

    /** The binder with the default limits. */
    public static MessageBinder standard() {
        return STANDARD;
    }

    /** The mapper configured for the protocol's tolerant reading and the seed's writing. */
    public ObjectMapper mapper() {
        return mapper;
    }

    /** The typed record of a message, or the message itself where its name is not modelled. */
    public CstaMessage bind(GenericMessage raw) {
        Class<? extends CstaMessage> type = MessageTypes.typeOf(raw.name());
        return type == null ? raw : bind(raw, type);
    }

    /**
     * The typed record of a message that must be of the given type.
     *
     * @throws CstaDecodeException {@link Reason#WRONG_ROOT} for another message, {@link Reason#INVALID_VALUE}
     *                             for a field that cannot be read
     */
    public <T extends CstaMessage> T bind(GenericMessage raw, Class<T> type) {
        if (type.isInstance(raw)) {
            return type.cast(raw);
        }
        Class<? extends CstaMessage> actual = MessageTypes.typeOf(raw.name());
        if (actual == null || !type.isAssignableFrom(actual)) {
            throw new CstaDecodeException(Reason.WRONG_ROOT,
                    "expected a " + type.getSimpleName() + " message but the root is <" + LogText.cap(raw.name()) + ">");
        }
        try {
            return type.cast(mapper.treeToValue(raw.fields(), actual));
        } catch (Exception e) {
            throw new CstaDecodeException(Reason.INVALID_VALUE,
                    raw.name() + " has a field that cannot be read: " + LogText.cap(e.getMessage()), e);
        }
    }

    /**
     * The fields of a message as a token stream, before their {@code START_OBJECT}: for a codec that writes them
     * as it reads them, a typed record's come straight from its serializer, without a tree in between.
     *
     * @throws IllegalArgumentException where the record cannot be serialized
     */
    public JsonParser tokens(CstaMessage message) {
        if (message instanceof GenericMessage generic) {
            return mapper.treeAsTokens(generic.fields());
        }
        TokenBuffer buffer = new TokenBuffer(mapper, false);
        try {
            mapper.writeValue(buffer, message);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot serialize " + message.messageName() + ": " + e.getMessage(), e);
        }
        return buffer.asParser();
    }

    /**
     * The fields of a message as they go out, as a token stream before their {@code START_OBJECT}: those of
     * {@link #tokens(CstaMessage)}, with what the sender sets on them.
     *
     * @throws CstaEncodeException where the message cannot be serialized, or its names cannot be spelled as asked
     */
    public JsonParser tokens(OutgoingMessage outgoing) {
        try {
            JsonParser fields = tokens(outgoing.message());
            if (outgoing.isAsBuilt()) {
                return fields;
            }
            TokenBuffer stamped = new TokenBuffer(mapper, false);
            try (fields) {
                new StampedFields(outgoing, stamped).copy(fields);
            }
            return stamped.asParser();
        } catch (IOException | IllegalArgumentException e) {
            throw cannotWrite(outgoing, e);
        }
    }

    /**
     * The fields of a message as they go out, as a tree of their own: for a codec that needs the whole tree.
     *
     * @throws CstaEncodeException as {@link #tokens(OutgoingMessage)}
     */
    public ObjectNode fieldTree(OutgoingMessage outgoing) {
        try (JsonParser fields = tokens(outgoing)) {
            return (ObjectNode) mapper.readTree(fields);
        } catch (IOException e) {
            throw cannotWrite(outgoing, e);
        }
    }

    private static CstaEncodeException cannotWrite(OutgoingMessage outgoing, Exception e) {
        return new CstaEncodeException("cannot write " + LogText.cap(outgoing.name()) + ": " + LogText.cap(e.getMessage()), e);
    }

    /** The field tree of a message, ready for any codec. */
    public GenericMessage unbind(CstaMessage message) {
        if (message instanceof GenericMessage generic) {
            return generic;
        }
        ObjectNode fields = mapper.valueToTree(message);
        return new GenericMessage(message.messageName(), fields == null ? mapper.createObjectNode() : fields);
    }
}
