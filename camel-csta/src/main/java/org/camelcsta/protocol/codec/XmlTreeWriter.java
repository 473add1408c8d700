package org.camelcsta.protocol.codec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;

import com.ctc.wstx.api.WstxOutputProperties;
import com.ctc.wstx.stax.WstxOutputFactory;
import com.fasterxml.jackson.core.Base64Variants;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.camelcsta.protocol.CstaEncodeException;
import org.camelcsta.protocol.LogText;
import org.codehaus.stax2.XMLStreamProperties;
import org.codehaus.stax2.XMLStreamWriter2;

/**
 * Writes a message name and its fields as one XML document: UTF-8, no declaration and no namespace, as in the
 * provider's samples (or with a default namespace on the root, as the current server writes). Arrays become
 * repeated elements; names such as {@code vendorData:userID} are written as they are. A value holding a character
 * that XML 1.0 excludes is refused, so that nothing is written that {@link XmlTreeReader} would refuse.
 * <p>
 * The fields come as a Jackson token stream, so that a typed record is written straight from its serializer's
 * tokens and a field tree from its own, without a tree being built for the one or copied for the other.
 */
final class XmlTreeWriter {

    private static final XMLOutputFactory FACTORY = createFactory();

    private static XMLOutputFactory createFactory() {
        XMLOutputFactory factory = new WstxOutputFactory();
        // the provider's undeclared "vendorData:" prefix is part of the name, not a namespace
        factory.setProperty(XMLStreamProperties.XSP_NAMESPACE_AWARE, false);
        factory.setProperty(WstxOutputProperties.P_OUTPUT_VALIDATE_NAMES, true);
        factory.setProperty(WstxOutputProperties.P_OUTPUT_VALIDATE_CONTENT, true);
        return factory;
    }

    /**
     * @param name          the message name, the root element
     * @param fields        the message's fields, before their {@code START_OBJECT}
     * @param rootNamespace the default namespace declared on the root element (the current server's ed6 URI on
     *                      responses and events), or {@code null} for none
     */
    byte[] write(String name, JsonParser fields, String rootNamespace) {
        DocumentBytes out = new DocumentBytes();
        try {
            XMLStreamWriter2 writer = (XMLStreamWriter2) FACTORY.createXMLStreamWriter(out, "UTF-8");
            fields.nextToken();
            if (rootNamespace == null) {
                writeObject(writer, name, name, fields);
            } else {
                writer.writeStartElement(name);
                writer.writeAttribute("xmlns", rootNamespace);
                writeFields(writer, name, fields, fields.nextToken());
                writer.writeEndElement();
            }
            writer.writeEndDocument();
            // a complete close hands Woodstox's buffers back to its per-thread recycler for the next message
            writer.closeCompletely();
        } catch (XMLStreamException | IOException | IllegalArgumentException e) {
            throw new CstaEncodeException("cannot write " + LogText.cap(name) + " as XML: "
                    + LogText.cap(e.getMessage()), e);
        }
        return out.bytes();
    }

    /**
     * The document's bytes. Woodstox buffers a message's whole document and writes it out in one piece when
     * closed, which fills an output that starts empty exactly: that array is the document, with no copy.
     */
    private static final class DocumentBytes extends ByteArrayOutputStream {

        DocumentBytes() {
            super(0);
        }

        byte[] bytes() {
            return count == buf.length ? buf : toByteArray();
        }
    }

    /** Writes the object at the parser's {@code START_OBJECT} as an element, empty where it has no fields. */
    private static void writeObject(XMLStreamWriter2 writer, String message, String name, JsonParser fields)
            throws XMLStreamException, IOException {
        JsonToken first = fields.nextToken();
        if (first == JsonToken.END_OBJECT) {
            writer.writeEmptyElement(name);
            return;
        }
        writer.writeStartElement(name);
        writeFields(writer, message, fields, first);
        writer.writeEndElement();
    }

    /** Writes fields from {@code token} (a field name, or the object's end) to the object's end. */
    private static void writeFields(XMLStreamWriter2 writer, String message, JsonParser fields, JsonToken token)
            throws XMLStreamException, IOException {
        for (; token == JsonToken.FIELD_NAME; token = fields.nextToken()) {
            String name = fields.currentName();
            fields.nextToken();
            writeValue(writer, message, name, fields);
        }
    }

    private static void writeValue(XMLStreamWriter2 writer, String message, String name, JsonParser fields)
            throws XMLStreamException, IOException {
        switch (fields.currentToken()) {
            case START_ARRAY -> {
                while (fields.nextToken() != JsonToken.END_ARRAY) {
                    writeValue(writer, message, name, fields);
                }
            }
            case START_OBJECT -> writeObject(writer, message, name, fields);
            case VALUE_NULL -> writer.writeEmptyElement(name);
            default -> {
                String text = text(fields);
                CharacterRule.XML_1_0.requireWritableValue(message, name, text);
                writer.writeStartElement(name);
                writer.writeCharacters(text);
                writer.writeEndElement();
            }
        }
    }

    /** A scalar's text; binary data (a {@code byte[]} in a route's body) as base64, as a tree's text would be. */
    private static String text(JsonParser fields) throws IOException {
        if (fields.currentToken() != JsonToken.VALUE_EMBEDDED_OBJECT) {
            return fields.getText();
        }
        Object value = fields.getEmbeddedObject();
        return value instanceof byte[] bytes ? Base64Variants.getDefaultVariant().encode(bytes) : String.valueOf(value);
    }
}
