package org.camelcsta.protocol.codec;

import java.io.Reader;
import java.io.StringReader;
import java.util.LinkedHashMap;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.camelcsta.protocol.CstaDecodeException;
import org.camelcsta.protocol.CstaDecodeException.Reason;
import org.camelcsta.protocol.LogText;
import org.camelcsta.protocol.model.GenericMessage;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * Reads one XML document into a message name and field tree, the way the provider's server does:
 * the root element is the message, child elements are fields, repeated children are arrays, text-only
 * elements are values, attributes are fields too.
 * <p>
 * <b>Names.</b> A message must read the same whether or not its sender declares its prefixes (the
 * provider's own login sample uses {@code vendorData:} undeclared), so the parser is namespace-unaware and
 * names are read by these rules:
 * <ul>
 * <li>an element or attribute name is read without its prefix, declared or not: {@code csta:MakeCall} is
 * {@code MakeCall};</li>
 * <li>except the provider's {@code vendorData:} prefix, which is part of its field names and kept, declared
 * or not: {@code vendorData:userID} stays {@code vendorData:userID};</li>
 * <li>namespace declarations ({@code xmlns}, {@code xmlns:p}) and attributes of the XML Schema instance
 * namespace (prefix {@code xsi}, or any prefix declared for that namespace) are not fields;</li>
 * <li>an element with {@code xsi:nil="true"} is a JSON {@code null}, which binding reads as absent.</li>
 * </ul>
 * <b>Safety.</b> DTDs are refused outright (no entity is ever expanded); the bytes are read as UTF-8 whatever
 * the XML declaration says; text and attribute values, and nesting, are limited; characters that XML 1.0
 * excludes are refused, in references and raw alike. Whatever the input, {@link #read} returns a message or
 * throws a {@link CstaDecodeException}, never another exception, and its message quotes at most
 * {@link LogText#MAX_CHARS} characters of the input.
 */
final class XmlTreeReader {

    private static final XMLInputFactory FACTORY = createFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String VENDOR_DATA_PREFIX = "vendorData:";
    private static final String XSI_NAMESPACE = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String XSI = "xsi";
    private static final String XMLNS = "xmlns";

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
        // every text is read anyway; parsed eagerly, its errors are checked exceptions of next()
        factory.setProperty(WstxInputProperties.P_LAZY_PARSING, false);
        return factory;
    }

    GenericMessage read(byte[] bytes) {
        int start = byteOrderMarkLength(bytes, 0);
        if (start > 0 && byteOrderMarkLength(bytes, start) > 0) {
            // Woodstox would skip the second one itself, unseen (in an input of seven characters or more)
            throw new CstaDecodeException(Reason.MALFORMED, "malformed XML: two byte order marks");
        }
        if (isBlank(bytes, start)) {
            throw new CstaDecodeException(Reason.EMPTY, "empty XML document");
        }
        XMLStreamReader2 reader = null;
        try {
            // characters, not bytes: Woodstox reads them whatever encoding the XML declaration names
            reader = (XMLStreamReader2) FACTORY.createXMLStreamReader(characters(bytes, start));
            moveToRoot(reader);
            String name = nameOf(reader.getLocalName());
            JsonNode body = readElement(reader, name, XSI, 1);
            requireEndOfDocument(reader);
            if (body.isObject()) {
                return new GenericMessage(name, (ObjectNode) body);
            }
            if (body.isNull() || isBlank(body.asText())) {
                return new GenericMessage(name, NODES.objectNode());
            }
            throw new CstaDecodeException(Reason.WRONG_ROOT, "root element " + tag(name) + " holds text, not fields");
        } catch (XMLStreamException e) {
            throw malformed(e);
        } catch (CstaDecodeException e) {
            throw e;
        } catch (RuntimeException e) {
            // the parser's unchecked exceptions (e.g. WstxLazyException) are malformed input too
            throw e.getCause() instanceof XMLStreamException cause ? malformed(cause)
                    : new CstaDecodeException(Reason.MALFORMED, "unreadable XML: " + LogText.cap(e), e);
        } finally {
            close(reader);
        }
    }

    /**
     * The document's characters, from {@code start}. ASCII, the common case, is read as it is, without a copy. Other
     * bytes are decoded strictly, so that malformed UTF-8 is refused rather than replaced, and U+FFFE and U+FFFF are
     * refused here, named by their byte offset, wherever they are (Woodstox lets them through raw).
     */
    private static Reader characters(byte[] bytes, int start) {
        if (StrictUtf8.isAscii(bytes, start)) {
            return new AsciiReader(bytes, start);
        }
        String text = StrictUtf8.decode(bytes, start);
        int at = indexOfFffeOrFfff(bytes);
        if (at >= 0) {
            String character = bytes[at + 2] == (byte) 0xBE ? "U+FFFE" : "U+FFFF";
            throw new CstaDecodeException(Reason.MALFORMED,
                    "malformed XML: " + character + " at byte offset " + at + ", which XML 1.0 does not allow");
        }
        return new StringReader(text);
    }

    /** In valid UTF-8, {@code EF BF BE} and {@code EF BF BF} are U+FFFE and U+FFFF, and nothing else. */
    private static int indexOfFffeOrFfff(byte[] bytes) {
        for (int i = 0; i + 2 < bytes.length; i++) {
            if (bytes[i] == (byte) 0xEF && bytes[i + 1] == (byte) 0xBF && (bytes[i + 2] & 0xFE) == 0xBE) {
                return i;
            }
        }
        return -1;
    }

    /** The length of a byte order mark at {@code at} (only a document has one: in a value, U+FEFF is data). */
    private static int byteOrderMarkLength(byte[] bytes, int at) {
        return bytes.length >= at + 3 && bytes[at] == (byte) 0xEF && bytes[at + 1] == (byte) 0xBB
                && bytes[at + 2] == (byte) 0xBF ? 3 : 0;
    }

    private static boolean isBlank(byte[] bytes, int start) {
        for (int i = start; i < bytes.length; i++) {
            if (!WhiteSpace.is(bytes[i])) {
                return false;
            }
        }
        return true;
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

    /**
     * @param xsiPrefix the prefix of the XML Schema instance namespace in the parent's scope
     */
    private JsonNode readElement(XMLStreamReader reader, String name, String xsiPrefix, int depth)
            throws XMLStreamException {
        if (depth > MessageBinder.MAX_DEPTH) {
            throw new CstaDecodeException(Reason.TOO_LARGE,
                    "XML nesting deeper than " + MessageBinder.MAX_DEPTH + " levels at " + tag(name));
        }
        String xsi = reader.getAttributeCount() == 0 ? xsiPrefix : declaredXsiPrefix(reader, xsiPrefix);
        ObjectNode fields = null;
        boolean nil = false;
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String attribute = reader.getAttributeLocalName(i);
            String prefix = prefixOf(attribute);
            if (prefix.equals(XSI) || prefix.equals(xsi)) {
                nil |= attribute.endsWith(":nil") && isTrue(reader.getAttributeValue(i));
            } else if (!prefix.equals(XMLNS) && !attribute.equals(XMLNS)) {
                if (fields == null) {
                    fields = newObject();
                }
                fields.put(nameOf(attribute), checkedText(reader.getAttributeValue(i), name, attribute));
            }
        }
        CharSequence text = "";
        while (true) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    String childName = nameOf(reader.getLocalName());
                    JsonNode child = readElement(reader, childName, xsi, depth + 1);
                    if (fields == null) {
                        fields = newObject();
                    }
                    addField(fields, childName, child);
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (text.length() + reader.getTextLength() > maxTextLength) {
                        throw new CstaDecodeException(Reason.TOO_LARGE,
                                "text of " + tag(name) + " is longer than " + maxTextLength + " characters");
                    }
                    text = withText(text, reader);
                }
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new CstaDecodeException(Reason.FORBIDDEN_DTD,
                        "entity reference &" + LogText.cap(reader.getLocalName()) + "; is not allowed");
                case XMLStreamConstants.END_ELEMENT -> {
                    return nil ? NODES.nullNode() : finish(name, fields, text);
                }
                default -> {
                    // comments and processing instructions carry no data
                }
            }
        }
    }

    /**
     * The element's text so far with the reader's text event added. Most values come in one event: it is taken
     * as it is, and only text in several pieces (split by the parser, CDATA, comments) is gathered in a builder.
     */
    private static CharSequence withText(CharSequence text, XMLStreamReader reader) {
        if (text.length() == 0) {
            return reader.getText();
        }
        StringBuilder pieces = text instanceof StringBuilder builder ? builder : new StringBuilder(text);
        return pieces.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
    }

    private JsonNode finish(String name, ObjectNode fields, CharSequence text) {
        if (fields == null) {
            return TextNode.valueOf(checkedText(text, name, null));
        }
        if (!isBlank(text)) {
            throw new CstaDecodeException(Reason.MALFORMED, "element " + tag(name) + " mixes text with child elements");
        }
        return fields;
    }

    /**
     * The value of an element's text or of one of its attributes ({@code null} for the text). The parser refuses
     * excluded characters in references, but lets U+FFFE and U+FFFF through raw (refused before it reads, see
     * {@link #characters}) and references to control characters in a document that declares XML 1.1.
     */
    private String checkedText(CharSequence value, String element, String attribute) {
        if (value.length() > maxTextLength) {
            throw new CstaDecodeException(Reason.TOO_LARGE,
                    describe(element, attribute) + " is longer than " + maxTextLength + " characters");
        }
        int refused = CharacterRule.XML_1_0.firstRefused(value);
        if (refused >= 0) {
            throw new CstaDecodeException(Reason.MALFORMED, describe(element, attribute) + " holds "
                    + CharacterRule.describe(value, refused) + ", which XML 1.0 does not allow");
        }
        return value.toString();
    }

    private static String describe(String element, String attribute) {
        return attribute == null ? "text of " + tag(element) : "attribute " + LogText.cap(attribute) + " of " + tag(element);
    }

    /** An object sized for the few fields of most CSTA elements, not for a map's default sixteen. */
    private static ObjectNode newObject() {
        return new ObjectNode(NODES, new LinkedHashMap<>(4));
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

    /** The prefix this element declares for the XML Schema instance namespace, or the inherited one. */
    private static String declaredXsiPrefix(XMLStreamReader reader, String inherited) {
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String attribute = reader.getAttributeLocalName(i);
            if (prefixOf(attribute).equals(XMLNS) && XSI_NAMESPACE.equals(reader.getAttributeValue(i))) {
                return attribute.substring(XMLNS.length() + 1);
            }
        }
        return inherited;
    }

    /** A name without its prefix, except {@code vendorData:}; a name that would be empty stays whole. */
    private static String nameOf(String qualified) {
        int colon = qualified.indexOf(':');
        if (colon <= 0 || colon == qualified.length() - 1 || qualified.startsWith(VENDOR_DATA_PREFIX)) {
            return qualified;
        }
        return qualified.substring(colon + 1);
    }

    private static String prefixOf(String qualified) {
        int colon = qualified.indexOf(':');
        return colon <= 0 ? "" : qualified.substring(0, colon);
    }

    private static boolean isTrue(String xsdBoolean) {
        int from = 0;
        int to = xsdBoolean.length();
        while (from < to && WhiteSpace.is(xsdBoolean.charAt(from))) {
            from++;
        }
        while (to > from && WhiteSpace.is(xsdBoolean.charAt(to - 1))) {
            to--;
        }
        String value = xsdBoolean.substring(from, to);
        return value.equals("true") || value.equals("1");
    }

    private static boolean isBlank(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (!WhiteSpace.is(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Reads to the end so that anything but comments after the root (a second root, text) is refused. */
    private static void requireEndOfDocument(XMLStreamReader reader) throws XMLStreamException {
        while (reader.hasNext()) {
            reader.next();
        }
    }

    private static CstaDecodeException malformed(XMLStreamException e) {
        return new CstaDecodeException(Reason.MALFORMED, "malformed XML" + at(e.getLocation()) + ": "
                + LogText.cap(firstLine(e.getMessage())), e);
    }

    private static String tag(String name) {
        return "<" + LogText.cap(name) + ">";
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

    /** A complete close hands Woodstox's buffers back to its per-thread recycler for the next message. */
    private static void close(XMLStreamReader2 reader) {
        if (reader != null) {
            try {
                reader.closeCompletely();
            } catch (XMLStreamException | RuntimeException e) {
                // nothing is held open: the input is in memory
            }
        }
    }
}
