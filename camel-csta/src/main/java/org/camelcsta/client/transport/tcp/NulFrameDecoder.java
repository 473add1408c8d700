package org.camelcsta.client.transport.tcp;

import java.util.List;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import org.camelcsta.client.transport.SkippedMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Splits the byte stream at NUL bytes into frames of at most {@code maxFrameSize} bytes. A longer frame is
 * refused: skipped to its NUL and logged, without an exception, so that the frames after it in the same
 * read are still decoded (Netty's DelimiterBasedFrameDecoder stops the read at its exception). A flood of them is
 * not a flood of warnings ({@link SkippedMessages}).
 */
final class NulFrameDecoder extends ByteToMessageDecoder {

    private static final Logger LOG = LoggerFactory.getLogger(NulFrameDecoder.class);

    private final SkippedMessages skipped = new SkippedMessages(LOG);
    private final int maxFrameSize;
    private long discarding = -1;

    NulFrameDecoder(int maxFrameSize) {
        this.maxFrameSize = maxFrameSize;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        int nul = in.indexOf(in.readerIndex(), in.writerIndex(), (byte) 0);
        if (nul < 0) {
            if (discarding >= 0 || in.readableBytes() > maxFrameSize) {
                discarding = Math.max(discarding, 0) + in.readableBytes();
                in.skipBytes(in.readableBytes());
            }
            return;
        }
        int length = nul - in.readerIndex();
        if (discarding >= 0 || length > maxFrameSize) {
            long size = Math.max(discarding, 0) + length;
            discarding = -1;
            in.skipBytes(length + 1);
            skipped.log("Refused a {}-byte message from {}: over the limit of {} bytes", size,
                    ctx.channel().remoteAddress(), maxFrameSize);
            return;
        }
        out.add(in.readRetainedSlice(length));
        in.skipBytes(1);
    }
}
