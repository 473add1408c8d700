package org.camelcsta.simulator.board;

import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camelcsta.protocol.LogText;
import org.camelcsta.protocol.codec.MessageBinder;
import org.camelcsta.protocol.model.CstaMessage;

/**
 * A message as one short line for the board's log: its fields as {@code name=value}, the password (any field
 * whose name contains "password") replaced by {@code ***}, capped like a log line.
 */
final class MessageSummary {

    private static final String HIDDEN = "***";

    private final MessageBinder binder = MessageBinder.standard();

    String of(CstaMessage message) {
        StringBuilder line = new StringBuilder();
        append(line, null, binder.unbind(message).fields());
        return LogText.cap(line.toString().trim());
    }

    private static void append(StringBuilder line, String parent, JsonNode node) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().toLowerCase(Locale.ROOT).contains("password")) {
                    line.append(' ').append(field.getKey()).append('=').append(HIDDEN);
                } else {
                    append(line, leafName(parent, field.getKey()), field.getValue());
                }
            }
        } else if (node.isArray()) {
            node.forEach(element -> append(line, parent, element));
        } else if (!node.isNull()) {
            line.append(' ').append(parent).append('=').append(node.asText());
        }
    }

    /** {@code deviceIdentifier} says little alone: it is named after the field that holds it. */
    private static String leafName(String parent, String key) {
        return key.equals("deviceIdentifier") && parent != null ? parent : key;
    }
}
