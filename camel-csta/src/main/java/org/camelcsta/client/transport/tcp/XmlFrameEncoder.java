package org.camelcsta.client.transport.tcp;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToByteEncoder;
import org.camelcsta.protocol.codec.XmlCodec;
import org.camelcsta.protocol.model.GenericMessage;

/** One message to one XML document and its terminating NUL byte. */
final class XmlFrameEncoder extends MessageToByteEncoder<GenericMessage> {

    private final XmlCodec codec;

    XmlFrameEncoder(XmlCodec codec) {
        super(GenericMessage.class);
        this.codec = codec;
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, GenericMessage message, ByteBuf out) {
        out.writeBytes(codec.encode(message));
        out.writeByte(0);
    }
}
