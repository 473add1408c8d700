package org.camelcsta.protocol.codec;

import java.io.ByteArrayOutputStream;
import java.util.Iterator;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import com.fasterxml.jackson.databind.JsonNode;
import org.camelcsta.protocol.CstaEncodeException;
import org.camelcsta.protocol.LogText;
import org.camelcsta.protocol.model.GenericMessage;
import com.ctc.wstx.api.WstxOutputProperties;
import com.ctc.wstx.stax.WstxOutputFactory;
import org.codehaus.stax2.XMLStreamProperties;

/**
 * <b>Frozen: the codec's {@code XmlTreeWriter} of main at 9e2e5a5, before round two.</b> The baseline that
 * {@code CodecBenchmark} measures the codec against, in the same run; not to be changed or used for anything else.
 * <p>
 * Writes a message name and field tree as one XML document: UTF-8, no declaration and no namespace, as
 * in the provider's samples (or with a default namespace on the root, as the current server writes). Arrays become repeated elements; names such as {@code vendorData:userID}
 * are written as they are. A value holding a character that XML 1.0 excludes is refused, so that nothing is
 * written that {@link BaselineXmlReader} would refuse.
 */
final class BaselineXmlWriter {

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
            if (rootNamespace == null) {
                writeElement(writer, message.name(), message.name(), message.fields());
            } else {
                writer.writeStartElement(message.name());
                writer.writeAttribute("xmlns", rootNamespace);
                writeChildren(writer, message.name(), message.fields());
                writer.writeEndElement();
            }
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException | IllegalArgumentException e) {
            throw new CstaEncodeException("cannot write " + LogText.cap(message.name()) + " as XML: "
                    + LogText.cap(e.getMessage()), e);
        }
        return out.toByteArray();
    }

    private static void writeChildren(XMLStreamWriter writer, String message, JsonNode object)
            throws XMLStreamException {
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            writeElement(writer, message, field.getKey(), field.getValue());
        }
    }

    private static void writeElement(XMLStreamWriter writer, String message, String name, JsonNode value)
            throws XMLStreamException {
        if (value.isArray()) {
            for (JsonNode item : value) {
                writeElement(writer, message, name, item);
            }
        } else if (value.isObject()) {
            if (value.isEmpty()) {
                writer.writeEmptyElement(name);
                return;
            }
            writer.writeStartElement(name);
            writeChildren(writer, message, value);
            writer.writeEndElement();
        } else if (value.isNull() || value.isMissingNode()) {
            writer.writeEmptyElement(name);
        } else {
            String text = value.asText();
            CharacterRule.XML_1_0.requireWritableValue(message, name, text);
            writer.writeStartElement(name);
            writer.writeCharacters(text);
            writer.writeEndElement();
        }
    }
}
