package org.camelcsta.protocol.codec;

import java.io.StringReader;
import java.util.HashSet;
import java.util.Set;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.ctc.wstx.stax.WstxInputFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.camelcsta.protocol.CstaDecodeException;
import org.camelcsta.protocol.CstaDecodeException.Reason;
import org.camelcsta.protocol.model.GenericMessage;

/**
 * Reads one XML document into a message name and field tree, the way the provider's server does:
 * the root element is the message, child elements are fields, repeated children are arrays, text-only
 * elements are values.
 * <p>
 * The parser is namespace-unaware, because the provider's own login sample uses the undeclared prefix
 * {@code vendorData:}; prefixes that are declared are dropped, undeclared ones stay part of the name.
 * Namespace declarations are ignored. DTDs are refused outright (no entity is ever expanded), and the
 * bytes are read as UTF-8 whatever the XML declaration says.
 */
final class XmlTreeReader {

    private static final XMLInputFactory FACTORY = createFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final int maxTextLength;

    XmlTreeReader(int maxTextLength) {
        this.maxTextLength = maxTextLength;
    }

    private static XMLInputFactory createFactory() {
        XMLInputFactory factory = new WstxInputFactory();
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }

    GenericMessage read(byte[] bytes) {
        String text = StrictUtf8.decode(bytes);
        if (text.isBlank()) {
            throw new CstaDecodeException(Reason.EMPTY, "empty XML document");
        }
        XMLStreamReader reader = null;
        try {
            reader = FACTORY.createXMLStreamReader(new StringReader(text));
            moveToRoot(reader);
            Set<String> declared = declaredPrefixes(reader, Set.of());
            String name = elementName(reader, declared);
            JsonNode body = readElement(reader, name, declared, 1);
            requireEndOfDocument(reader);
            if (body.isObject()) {
                return new GenericMessage(name, (ObjectNode) body);
            }
            if (body.asText().isBlank()) {
                return new GenericMessage(name, NODES.objectNode());
            }
            throw new CstaDecodeException(Reason.WRONG_ROOT, "root element <" + name + "> holds text, not fields");
        } catch (XMLStreamException e) {
            throw new CstaDecodeException(Reason.MALFORMED, "malformed XML" + at(e.getLocation()) + ": "
                    + firstLine(e.getMessage()), e);
        } finally {
            close(reader);
        }
    }

    private static void moveToRoot(XMLStreamReader reader) throws XMLStreamException {
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.DTD) {
                throw new CstaDecodeException(Reason.FORBIDDEN_DTD, "DOCTYPE declarations are not allowed");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                return;
            }
        }
        throw new CstaDecodeException(Reason.EMPTY, "XML document has no root element");
    }

    private JsonNode readElement(XMLStreamReader reader, String name, Set<String> declared, int depth)
            throws XMLStreamException {
        if (depth > MessageBinder.MAX_DEPTH) {
            throw new CstaDecodeException(Reason.TOO_LARGE,
                    "XML nesting deeper than " + MessageBinder.MAX_DEPTH + " levels at <" + name + ">");
        }
        ObjectNode fields = readAttributes(reader, declared);
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    Set<String> childDeclared = declaredPrefixes(reader, declared);
                    String childName = elementName(reader, childDeclared);
                    JsonNode child = readElement(reader, childName, childDeclared, depth + 1);
                    if (fields == null) {
                        fields = NODES.objectNode();
                    }
                    addField(fields, childName, child);
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (text.length() + reader.getTextLength() > maxTextLength) {
                        throw new CstaDecodeException(Reason.TOO_LARGE,
                                "text of <" + name + "> is longer than " + maxTextLength + " characters");
                    }
                    text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                }
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new CstaDecodeException(Reason.FORBIDDEN_DTD,
                        "entity reference &" + reader.getLocalName() + "; is not allowed");
                case XMLStreamConstants.END_ELEMENT -> {
                    return finish(name, fields, text);
                }
                default -> {
                    // comments and processing instructions carry no data
                }
            }
        }
    }

    private static JsonNode finish(String name, ObjectNode fields, CharSequence text) {
        if (fields == null) {
            return TextNode.valueOf(text.toString());
        }
        if (!text.toString().isBlank()) {
            throw new CstaDecodeException(Reason.MALFORMED, "element <" + name + "> mixes text with child elements");
        }
        return fields;
    }

    /** Attributes are fields too, except namespace declarations. */
    private static ObjectNode readAttributes(XMLStreamReader reader, Set<String> declared) {
        ObjectNode fields = null;
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String name = reader.getAttributeLocalName(i);
            if (name.equals("xmlns") || name.startsWith("xmlns:")) {
                continue;
            }
            if (fields == null) {
                fields = NODES.objectNode();
            }
            fields.put(withoutDeclaredPrefix(name, declared), reader.getAttributeValue(i));
        }
        return fields;
    }

    private static void addField(ObjectNode fields, String name, JsonNode value) {
        JsonNode existing = fields.get(name);
        if (existing == null) {
            fields.set(name, value);
        } else if (existing instanceof ArrayNode repeated) {
            repeated.add(value);
        } else {
            fields.set(name, NODES.arrayNode().add(existing).add(value));
        }
    }

    private static Set<String> declaredPrefixes(XMLStreamReader reader, Set<String> inherited) {
        Set<String> declared = inherited;
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String name = reader.getAttributeLocalName(i);
            if (name.startsWith("xmlns:")) {
                if (declared == inherited) {
                    declared = new HashSet<>(inherited);
                }
                declared.add(name.substring("xmlns:".length()));
            }
        }
        return declared;
    }

    private static String elementName(XMLStreamReader reader, Set<String> declared) {
        return withoutDeclaredPrefix(reader.getLocalName(), declared);
    }

    private static String withoutDeclaredPrefix(String name, Set<String> declared) {
        int colon = name.indexOf(':');
        return colon > 0 && declared.contains(name.substring(0, colon)) ? name.substring(colon + 1) : name;
    }

    /** Reads to the end so that anything but comments after the root (a second root, text) is refused. */
    private static void requireEndOfDocument(XMLStreamReader reader) throws XMLStreamException {
        while (reader.hasNext()) {
            reader.next();
        }
    }

    private static String at(Location location) {
        return location == null ? "" : " at line " + location.getLineNumber() + ", column " + location.getColumnNumber();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // nothing is held open: the input is a string
            }
        }
    }
}
