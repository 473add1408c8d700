package org.camelcsta.protocol.codec;

import org.camelcsta.protocol.model.CstaMessage;
import org.camelcsta.protocol.model.GenericMessage;

/**
 * <b>Frozen: the XML codec of main at 9e2e5a5, before round two</b>: its reader and writer as they were, and the
 * binder's record-to-tree conversion that its {@code encode} began with. {@code CodecBenchmark} measures the codec
 * against it in the same run, so that the ratio holds on any machine; not to be changed or used for anything else.
 * <p>
 * What it still shares with today's code is unchanged since that commit: {@link MessageBinder}'s mapper,
 * {@code bind} and {@code unbind}, the model records, {@link CharacterRule} (for which it sits in the codec's
 * package) and {@code LogText}. Its allocation per operation shows whether that still holds: 11,488 B for the
 * MakeCall and 13,520 B for the DeliveredEvent, as recorded on that commit.
 */
public final class BaselineXmlCodec {

    private final MessageBinder binder = MessageBinder.standard();
    private final BaselineXmlReader reader = new BaselineXmlReader(MessageBinder.DEFAULT_MAX_TEXT_LENGTH);
    private final BaselineXmlWriter writer = new BaselineXmlWriter();

    public GenericMessage decodeGeneric(byte[] xml) {
        return reader.read(xml);
    }

    public byte[] encode(CstaMessage message) {
        return writer.write(binder.unbind(message), null);
    }
}
