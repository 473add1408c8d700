package org.camelcsta.protocol.codec;

import java.io.ByteArrayOutputStream;
import java.util.Iterator;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import com.fasterxml.jackson.databind.JsonNode;
import org.camelcsta.protocol.CstaEncodeException;
import org.camelcsta.protocol.model.GenericMessage;
import com.ctc.wstx.api.WstxOutputProperties;
import com.ctc.wstx.stax.WstxOutputFactory;
import org.codehaus.stax2.XMLStreamProperties;

/**
 * Writes a message name and field tree as one XML document: UTF-8, no declaration and no namespace, as
 * in the provider's samples (or a default namespace on the root, as the current server writes). Arrays become repeated elements; names such as {@code vendorData:userID}
 * are written as they are.
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
     * @param rootNamespace the default namespace declared on the root element (the current server's ed6 URI on
     *                      responses and events), or {@code null} for none
     */
    byte[] write(GenericMessage message, String rootNamespace) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try {
            XMLStreamWriter writer = FACTORY.createXMLStreamWriter(out, "UTF-8");
            writeRoot(writer, message, rootNamespace);
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException | IllegalArgumentException e) {
            throw new CstaEncodeException("cannot write " + message.name() + " as XML: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static void writeRoot(XMLStreamWriter writer, GenericMessage message, String namespace)
            throws XMLStreamException {
        if (namespace == null) {
            writeElement(writer, message.name(), message.fields());
            return;
        }
        writer.writeStartElement(message.name());
        writer.writeAttribute("xmlns", namespace);
        writeChildren(writer, message.fields());
        writer.writeEndElement();
    }

    private static void writeChildren(XMLStreamWriter writer, JsonNode object) throws XMLStreamException {
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            writeElement(writer, field.getKey(), field.getValue());
        }
    }

    private static void writeElement(XMLStreamWriter writer, String name, JsonNode value) throws XMLStreamException {
        if (value.isArray()) {
            for (JsonNode item : value) {
                writeElement(writer, name, item);
            }
        } else if (value.isObject()) {
            if (value.isEmpty()) {
                writer.writeEmptyElement(name);
                return;
            }
            writer.writeStartElement(name);
            writeChildren(writer, value);
            writer.writeEndElement();
        } else if (value.isNull() || value.isMissingNode()) {
            writer.writeEmptyElement(name);
        } else {
            writer.writeStartElement(name);
            writer.writeCharacters(value.asText());
            writer.writeEndElement();
        }
    }
}
