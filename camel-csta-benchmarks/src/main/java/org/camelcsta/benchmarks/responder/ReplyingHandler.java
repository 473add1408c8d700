package org.camelcsta.benchmarks.responder;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;

/**
 * Answers the requests of one connection at once. The subclass decodes each request and hands its answer to
 * {@link #reply}; the replies of one read leave in one flush.
 *
 * @param <I> the decoded request the pipeline hands on
 */
abstract class ReplyingHandler<I> extends SimpleChannelInboundHandler<I> {

    private boolean wrote;

    /** Writes a reply now; it is flushed once when this read is done, so pipelined requests share one write. */
    final void reply(ChannelHandlerContext ctx, Object message) {
        ctx.write(message, ctx.voidPromise());
        wrote = true;
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        if (wrote) {
            wrote = false;
            ctx.flush();
        }
        ctx.fireChannelReadComplete();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close(); // the client went away mid-write: nothing to report for a benchmark responder
    }
}
