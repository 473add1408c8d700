package org.camelcsta.protocol.codec;

import org.camelcsta.protocol.model.CstaMessage;
import org.camelcsta.protocol.model.GenericMessage;

/**
 * The provider's XML format (port 7001): one document per message, the root element names the
 * message. See {@link XmlTreeReader} for the reading rules (names, namespaces, limits); whatever the input,
 * decoding returns a message or throws a {@link org.camelcsta.protocol.CstaDecodeException} whose message
 * quotes at most {@link org.camelcsta.protocol.LogText#MAX_CHARS} characters of it. Written in the seed's
 * spelling, UTF-8, without namespace; a value holding a character that XML 1.0 excludes is refused. Thread-safe.
 */
public final class XmlCodec {

    private final MessageBinder binder;
    private final XmlTreeReader reader;
    private final XmlTreeWriter writer = new XmlTreeWriter();

    /** A codec with the default limits. */
    public XmlCodec() {
        this(MessageBinder.standard(), MessageBinder.DEFAULT_MAX_TEXT_LENGTH);
    }

    /**
     * @param binder        binds field trees to typed messages
     * @param maxTextLength the longest text value accepted, in characters
     */
    public XmlCodec(MessageBinder binder, int maxTextLength) {
        this.binder = binder;
        this.reader = new XmlTreeReader(maxTextLength);
    }

    /**
     * Reads a document as name and field tree, without binding it to a type.
     *
     * @throws org.camelcsta.protocol.CstaDecodeException naming the problem
     */
    public GenericMessage decodeGeneric(byte[] xml) {
        return reader.read(xml);
    }

    /**
     * Reads a document as its typed message, or as a {@link GenericMessage} for an unmodelled name.
     *
     * @throws org.camelcsta.protocol.CstaDecodeException naming the problem
     */
    public CstaMessage decode(byte[] xml) {
        return binder.bind(reader.read(xml));
    }

    /**
     * Reads a document that must hold the given message type.
     *
     * @throws org.camelcsta.protocol.CstaDecodeException naming the problem, {@code WRONG_ROOT} for another message
     */
    public <T extends CstaMessage> T decode(byte[] xml, Class<T> type) {
        return binder.bind(reader.read(xml), type);
    }

    /**
     * Writes a message as one XML document.
     *
     * @throws org.camelcsta.protocol.CstaEncodeException where a field name is not a legal XML name, or a value
     *                                                     holds a character that XML 1.0 excludes
     */
    public byte[] encode(CstaMessage message) {
        return encode(message, null);
    }

    /** @see #encode(CstaMessage) */
    public byte[] encode(OutgoingMessage outgoing) {
        return writer.write(outgoing.name(), binder.tokens(outgoing), null);
    }

    /**
     * Writes a message as one XML document whose root declares {@code rootNamespace} as its default namespace,
     * as the provider's current server does on responses and events.
     *
     * @param rootNamespace the namespace URI, or {@code null} for none
     * @throws org.camelcsta.protocol.CstaEncodeException where a field name is not a legal XML name
     */
    public byte[] encode(CstaMessage message, String rootNamespace) {
        return writer.write(message.messageName(), binder.tokens(message), rootNamespace);
    }
}
