package org.camelcsta.protocol.codec;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camelcsta.protocol.CstaDecodeException;
import org.camelcsta.protocol.CstaDecodeException.Reason;
import org.camelcsta.protocol.CstaEncodeException;
import org.camelcsta.protocol.LogText;
import org.camelcsta.protocol.model.CstaMessage;
import org.camelcsta.protocol.model.GenericMessage;

/**
 * The provider's JSON format (socket.io, and the replies of the GET transport):
 * {@code {"MakeCall": {...}}}. Also reads the notation of the provider's documentation: single quotes,
 * unquoted names, and a bare {@code "MakeCall": {...}} without the outer braces. Whatever the input, decoding
 * returns a message or throws a {@link CstaDecodeException} whose message quotes at most
 * {@link LogText#MAX_CHARS} characters of it. Thread-safe.
 */
public final class JsonCodec {

    private static final byte[] OPEN = { '{' };
    private static final byte[] CLOSE = { '}' };

    private final MessageBinder binder;
    private final ObjectMapper mapper;

    /** A codec with the default limits. */
    public JsonCodec() {
        this(MessageBinder.standard());
    }

    public JsonCodec(MessageBinder binder) {
        this.binder = binder;
        this.mapper = binder.mapper();
    }

    /**
     * Reads a message as name and field tree, without binding it to a type.
     *
     * @throws CstaDecodeException naming the problem
     */
    public GenericMessage decodeGeneric(byte[] json) {
        int first = firstNonBlank(json);
        if (first < 0) {
            throw new CstaDecodeException(Reason.EMPTY, "empty JSON document");
        }
        JsonNode root;
        boolean bare = json[first] != '{' && json[first] != '[';
        try (InputStream in = bare ? bareMember(json) : new ByteArrayInputStream(json)) {
            root = mapper.readTree(in);
        } catch (StreamConstraintsException e) {
            throw new CstaDecodeException(Reason.TOO_LARGE, "JSON over the limits: " + LogText.cap(e.getOriginalMessage()),
                    e);
        } catch (JsonProcessingException e) {
            Reason reason = e.getOriginalMessage() != null && e.getOriginalMessage().contains("UTF-8")
                    ? Reason.ENCODING : Reason.MALFORMED;
            throw new CstaDecodeException(reason, "malformed JSON: " + LogText.cap(e.getOriginalMessage()), e);
        } catch (IOException | RuntimeException e) {
            // the parser's unchecked exceptions are unreadable input too: decoding throws CstaDecodeException only
            throw new CstaDecodeException(Reason.MALFORMED, "unreadable JSON: " + LogText.cap(e.getMessage()), e);
        }
        return toMessage(root);
    }

    /** @see #decodeGeneric(byte[]) */
    public GenericMessage decodeGeneric(String json) {
        return decodeGeneric(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a message as its typed record, or as a {@link GenericMessage} for an unmodelled name.
     *
     * @throws CstaDecodeException naming the problem
     */
    public CstaMessage decode(byte[] json) {
        return binder.bind(decodeGeneric(json));
    }

    /** @see #decode(byte[]) */
    public CstaMessage decode(String json) {
        return binder.bind(decodeGeneric(json));
    }

    /**
     * Reads a message that must be of the given type.
     *
     * @throws CstaDecodeException naming the problem, {@code WRONG_ROOT} for another message
     */
    public <T extends CstaMessage> T decode(String json, Class<T> type) {
        return binder.bind(decodeGeneric(json), type);
    }

    /**
     * A message as a JSON object tree {@code {"Name": {...}}}.
     *
     * @throws CstaEncodeException where a name or value holds an unpaired surrogate, which UTF-8 cannot carry
     */
    public ObjectNode toTree(CstaMessage message) {
        return toTree(OutgoingMessage.of(message));
    }

    /** @see #toTree(CstaMessage) */
    public ObjectNode toTree(OutgoingMessage outgoing) {
        String name = outgoing.name();
        CharacterRule.UNICODE.requireWritableName(name, name);
        ObjectNode fields = binder.fieldTree(outgoing);
        requireWritable(name, name, fields);
        ObjectNode root = mapper.createObjectNode();
        root.set(name, fields);
        return root;
    }

    /**
     * A message as JSON text {@code {"Name": {...}}}.
     *
     * @throws CstaEncodeException as {@link #toTree(CstaMessage)}
     */
    public String encode(CstaMessage message) {
        return encode(OutgoingMessage.of(message));
    }

    /** @see #encode(CstaMessage) */
    public String encode(OutgoingMessage outgoing) {
        try {
            return mapper.writeValueAsString(toTree(outgoing));
        } catch (JsonProcessingException e) {
            throw new CstaEncodeException("cannot write " + LogText.cap(outgoing.name()) + " as JSON", e);
        }
    }

    /**
     * A message as UTF-8 JSON bytes.
     *
     * @throws CstaEncodeException as {@link #toTree(CstaMessage)}
     */
    public byte[] encodeBytes(CstaMessage message) {
        return encode(message).getBytes(StandardCharsets.UTF_8);
    }

    /** Field names and text values, which must be whole Unicode (a tree from a route may hold anything). */
    private static void requireWritable(String message, String field, JsonNode node) {
        if (node.isTextual()) {
            CharacterRule.UNICODE.requireWritableValue(message, field, node.textValue());
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                requireWritable(message, field, item);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> child = fields.next();
                CharacterRule.UNICODE.requireWritableName(message, child.getKey());
                requireWritable(message, child.getKey(), child.getValue());
            }
        }
    }

    private static GenericMessage toMessage(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new CstaDecodeException(Reason.WRONG_ROOT,
                    "a message must be a JSON object, not " + (root == null ? "nothing" : root.getNodeType()));
        }
        if (root.size() != 1) {
            throw new CstaDecodeException(Reason.WRONG_ROOT,
                    "a message must have exactly one member (its name), found " + root.size());
        }
        String name = root.fieldNames().next();
        JsonNode body = root.get(name);
        if (body.isNull()) {
            return new GenericMessage(name, JsonNodeFactory.instance.objectNode());
        }
        if (!body.isObject()) {
            throw new CstaDecodeException(Reason.WRONG_ROOT,
                    LogText.cap(name) + " must hold an object, not " + body.getNodeType());
        }
        return new GenericMessage(name, (ObjectNode) body);
    }

    /** {@code "Name": {...}} read as {@code {"Name": {...}}}. */
    private static InputStream bareMember(byte[] json) {
        return new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream(OPEN), new ByteArrayInputStream(json), new ByteArrayInputStream(CLOSE))));
    }

    private static int firstNonBlank(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (!WhiteSpace.is(bytes[i])) {
                return i;
            }
        }
        return -1;
    }
}
