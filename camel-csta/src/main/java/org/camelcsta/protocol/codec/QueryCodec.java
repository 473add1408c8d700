package org.camelcsta.protocol.codec;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camelcsta.protocol.CstaDecodeException;
import org.camelcsta.protocol.CstaDecodeException.Reason;
import org.camelcsta.protocol.CstaEncodeException;
import org.camelcsta.protocol.LogText;
import org.camelcsta.protocol.model.CstaMessage;
import org.camelcsta.protocol.model.GenericMessage;

/**
 * The provider's GET query syntax (ports 7005 and 7006): {@code Command[field]=value}, nested as
 * {@code Command[a][b]=value}, values percent-encoded, TEST mode as the top-level parameter
 * {@code test}. Arrays are written with indexes ({@code [0]}); reading follows PHP's rules, as the
 * server does: {@code []} appends, an object with the keys 0..n-1 is an array, the last of two equal
 * keys wins, except that a command's own fields must be named ({@code Command[0]=a} is refused). Whatever the
 * input, decoding returns a message or throws a {@link CstaDecodeException} whose message quotes at most
 * {@link org.camelcsta.protocol.LogText#MAX_CHARS} characters of it. Thread-safe.
 */
public final class QueryCodec {

    private static final String TEST = "test";
    /** The provider's GET examples spell this command differently from its JSON ones. */
    private static final Map<String, String> QUERY_NAMES = Map.of("SnapshotDevice", "SnapShotDevice");

    private final MessageBinder binder;
    private final int maxTextLength;

    /** A codec with the default limits. */
    public QueryCodec() {
        this(MessageBinder.standard(), MessageBinder.DEFAULT_MAX_TEXT_LENGTH);
    }

    public QueryCodec(MessageBinder binder, int maxTextLength) {
        this.binder = binder;
        this.maxTextLength = maxTextLength;
    }

    /**
     * A request as a query string (without the leading {@code ?}).
     *
     * @throws CstaEncodeException where a name or value holds an unpaired surrogate, which UTF-8 cannot carry
     */
    public String encode(CstaMessage request) {
        return encode(OutgoingMessage.of(request));
    }

    /** @see #encode(CstaMessage) */
    public String encode(OutgoingMessage request) {
        String name = request.name();
        CharacterRule.UNICODE.requireWritableName(name, name);
        ObjectNode fields = binder.fieldTree(request);
        JsonNode test = fields.remove(TEST);
        List<String> pairs = new ArrayList<>();
        StringBuilder key = new StringBuilder();
        PercentEncoding.encode(QUERY_NAMES.getOrDefault(name, name), key);
        flatten(name, name, key, fields, pairs);
        if (test != null && !test.isNull()) {
            flatten(name, TEST, new StringBuilder(TEST), test, pairs);
        }
        return String.join("&", pairs);
    }

    /** @param field the name of the field {@code node} is the value of, for errors */
    private static void flatten(String message, String field, StringBuilder key, JsonNode node, List<String> pairs) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> child = fields.next();
                CharacterRule.UNICODE.requireWritableName(message, child.getKey());
                flatten(message, child.getKey(), child(key, child.getKey()), child.getValue(), pairs);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(message, field, child(key, Integer.toString(i)), node.get(i), pairs);
            }
        } else if (!node.isNull()) {
            String value = node.asText();
            CharacterRule.UNICODE.requireWritableValue(message, field, value);
            pairs.add(pair(key, value));
        }
    }

    private static StringBuilder child(StringBuilder key, String name) {
        StringBuilder child = new StringBuilder(key).append('[');
        PercentEncoding.encode(name, child);
        return child.append(']');
    }

    private static String pair(StringBuilder key, String value) {
        key.append('=');
        PercentEncoding.encode(value, key);
        return key.toString();
    }

    /**
     * Reads a query string as the command it names, without binding it to a type.
     *
     * @throws CstaDecodeException naming the problem
     */
    public GenericMessage decodeGeneric(String query) {
        String text = query.startsWith("?") ? query.substring(1) : query;
        String command = null;
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        String test = null;
        for (String parameter : text.split("&")) {
            if (parameter.isEmpty()) {
                continue;
            }
            int equals = parameter.indexOf('=');
            String key = PercentEncoding.decode(equals < 0 ? parameter : parameter.substring(0, equals));
            String value = equals < 0 ? "" : PercentEncoding.decode(parameter.substring(equals + 1));
            if (value.length() > maxTextLength) {
                throw new CstaDecodeException(Reason.TOO_LARGE,
                        "value of " + LogText.cap(key) + " is longer than " + maxTextLength + " characters");
            }
            int bracket = key.indexOf('[');
            if (bracket < 0) {
                if (key.equals(TEST)) {
                    test = value;
                }
                continue; // other top-level parameters are not part of the command
            }
            String name = key.substring(0, bracket);
            if (name.isEmpty()) {
                throw new CstaDecodeException(Reason.MALFORMED,
                        "parameter '" + LogText.cap(key) + "' names no command (expected Command[field]=value)");
            }
            if (command != null && !command.equals(name)) {
                throw new CstaDecodeException(Reason.WRONG_ROOT,
                        "a query holds one command, found " + LogText.cap(command) + " and " + LogText.cap(name));
            }
            command = name;
            put(fields, key, path(key, bracket), value);
        }
        if (command == null) {
            throw new CstaDecodeException(Reason.EMPTY, "the query names no command (expected Command[field]=value)");
        }
        if (!(arraysFromIndexes(fields) instanceof ObjectNode body)) {
            // PHP would read Command[0]=a or Command[]=a as a list, where the server expects named fields
            throw new CstaDecodeException(Reason.WRONG_ROOT, "the fields of " + LogText.cap(command)
                    + " are numbered like a list (" + LogText.cap(command) + "[0]=... or " + LogText.cap(command)
                    + "[]=...), not named (" + LogText.cap(command) + "[field]=...)");
        }
        if (test != null && !body.has(TEST)) {
            body.put(TEST, test);
        }
        return new GenericMessage(command, body);
    }

    /**
     * Reads a query string as its typed request, or as a {@link GenericMessage} for an unmodelled command.
     *
     * @throws CstaDecodeException naming the problem
     */
    public CstaMessage decode(String query) {
        return binder.bind(decodeGeneric(query));
    }

    private static List<String> path(String key, int start) {
        List<String> path = new ArrayList<>();
        int i = start;
        while (i < key.length()) {
            int close = key.indexOf(']', i);
            if (key.charAt(i) != '[' || close < 0) {
                throw new CstaDecodeException(Reason.MALFORMED, "bad parameter name '" + LogText.cap(key)
                        + "' (expected Command[field][field]...)");
            }
            path.add(key.substring(i + 1, close));
            i = close + 1;
        }
        if (path.size() > MessageBinder.MAX_DEPTH) {
            throw new CstaDecodeException(Reason.TOO_LARGE, "parameter '" + LogText.cap(key) + "' is nested too deeply");
        }
        return path;
    }

    private static void put(ObjectNode root, String key, List<String> path, String value) {
        ObjectNode node = root;
        for (int i = 0; i < path.size(); i++) {
            String name = path.get(i).isEmpty() ? Integer.toString(node.size()) : path.get(i);
            if (i == path.size() - 1) {
                node.put(name, value);
                return;
            }
            JsonNode next = node.get(name);
            if (next == null) {
                next = node.putObject(name);
            } else if (!next.isObject()) {
                throw new CstaDecodeException(Reason.MALFORMED,
                        "parameter '" + LogText.cap(key) + "' conflicts with a value given for " + LogText.cap(name));
            }
            node = (ObjectNode) next;
        }
    }

    private static JsonNode arraysFromIndexes(JsonNode node) {
        if (!node.isObject()) {
            return node;
        }
        ObjectNode object = (ObjectNode) node;
        object.fields().forEachRemaining(field -> field.setValue(arraysFromIndexes(field.getValue())));
        for (int i = 0; i < object.size(); i++) {
            if (!object.has(Integer.toString(i))) {
                return object;
            }
        }
        if (object.isEmpty()) {
            return object;
        }
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < object.size(); i++) {
            array.add(object.get(Integer.toString(i)));
        }
        return array;
    }
}
