package org.camelcsta.client.transport.tcp;

import java.io.IOException;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import org.camelcsta.client.CstaConnectionException;
import org.camelcsta.client.transport.CauseText;
import org.camelcsta.client.transport.SkippedMessages;
import org.camelcsta.client.transport.TransportListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands decoded messages and the end of the connection to the session. An I/O failure or an {@link Error} closes
 * the connection, which the session then reports and recovers from. Undecodable frames never get here (the
 * decoders log and skip them); any other exception comes from handing a message over, and concerns that one
 * message: it is logged as such ({@link SkippedMessages}) while the connection stays.
 */
final class InboundMessageHandler extends SimpleChannelInboundHandler<DecodedFrame> {

    private static final Logger LOG = LoggerFactory.getLogger(InboundMessageHandler.class);

    private final SkippedMessages failedMessages = new SkippedMessages(LOG);
    private final TransportListener listener;
    private final String address;
    private Throwable failure;

    InboundMessageHandler(TransportListener listener, String address) {
        this.listener = listener;
        this.address = address;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, DecodedFrame frame) {
        listener.onMessage(frame.message(), frame.size());
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        listener.onReadComplete();
        ctx.fireChannelReadComplete();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        listener.onClosed(failure != null ? failure : new CstaConnectionException("connection to " + address + " closed"));
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof IOException) {
            LOG.warn("Closing the connection to {} after an error: {}", address, CauseText.of(cause));
        } else if (cause instanceof Error) {
            LOG.error("Closing the connection to {} after an error: {}", address, CauseText.of(cause), cause);
        } else {
            failedMessages.log("Failed to handle a message from {}; the connection stays: {}", address,
                    CauseText.of(cause), cause);
            return;
        }
        failure = new CstaConnectionException("connection to " + address + " failed: " + CauseText.of(cause), cause);
        ctx.close();
    }
}
