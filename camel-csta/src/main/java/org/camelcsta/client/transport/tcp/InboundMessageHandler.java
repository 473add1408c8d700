package org.camelcsta.client.transport.tcp;

import java.io.IOException;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import org.camelcsta.client.CstaConnectionException;
import org.camelcsta.client.transport.CauseText;
import org.camelcsta.client.transport.TransportListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands decoded messages and the end of the connection to the session. An I/O failure closes the
 * connection, which the session then reports and recovers from; any other failure in the pipeline concerns
 * one message, which is logged and skipped while the connection stays.
 */
final class InboundMessageHandler extends SimpleChannelInboundHandler<DecodedFrame> {

    private static final Logger LOG = LoggerFactory.getLogger(InboundMessageHandler.class);

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
    public void channelInactive(ChannelHandlerContext ctx) {
        listener.onClosed(failure != null ? failure : new CstaConnectionException("connection to " + address + " closed"));
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (!(cause instanceof IOException)) {
            LOG.warn("Skipped a message from {} after an error: {}", address, CauseText.of(cause), cause);
            return;
        }
        LOG.warn("Closing the connection to {} after an error: {}", address, CauseText.of(cause));
        failure = new CstaConnectionException("connection to " + address + " failed: " + CauseText.of(cause), cause);
        ctx.close();
    }
}
