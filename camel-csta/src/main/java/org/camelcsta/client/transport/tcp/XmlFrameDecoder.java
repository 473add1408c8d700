package org.camelcsta.client.transport.tcp;

import java.util.List;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageDecoder;
import org.camelcsta.client.transport.CauseText;
import org.camelcsta.client.transport.SkippedMessages;
import org.camelcsta.protocol.CstaDecodeException;
import org.camelcsta.protocol.codec.WhiteSpace;
import org.camelcsta.protocol.codec.XmlCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One NUL-delimited frame to one message. A frame that cannot be decoded, whatever the decoder throws, is
 * logged ({@link SkippedMessages}) and skipped: one bad message from the server must not end the session.
 */
final class XmlFrameDecoder extends MessageToMessageDecoder<ByteBuf> {

    private static final Logger LOG = LoggerFactory.getLogger(XmlFrameDecoder.class);

    private final SkippedMessages skipped = new SkippedMessages(LOG);
    private final XmlCodec codec;

    XmlFrameDecoder(XmlCodec codec) {
        this.codec = codec;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf frame, List<Object> out) {
        if (isBlank(frame)) {
            return;
        }
        byte[] bytes = ByteBufUtil.getBytes(frame);
        try {
            out.add(new DecodedFrame(codec.decodeGeneric(bytes), bytes.length));
        } catch (CstaDecodeException e) {
            skipped.log("Skipped a {}-byte message from {} that cannot be read ({}): {}", bytes.length,
                    ctx.channel().remoteAddress(), e.getReason(), CauseText.of(e));
        } catch (RuntimeException e) {
            // a parser's unchecked exception (e.g. Woodstox's lazy one) is a bad frame too, not a broken connection
            skipped.log("Skipped a {}-byte message from {} that cannot be read: {}", bytes.length,
                    ctx.channel().remoteAddress(), CauseText.of(e));
        }
    }

    private static boolean isBlank(ByteBuf frame) {
        for (int i = frame.readerIndex(); i < frame.writerIndex(); i++) {
            if (!WhiteSpace.is(frame.getByte(i))) {
                return false;
            }
        }
        return true;
    }
}
