package org.camelcsta.client.transport.tcp;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import org.camelcsta.client.CstaConnectionException;
import org.camelcsta.client.transport.TransportListener;
import org.camelcsta.protocol.model.GenericMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands decoded messages and the end of the connection to the session. A failure in the pipeline closes
 * the connection, which the session then reports and recovers from.
 */
final class InboundMessageHandler extends SimpleChannelInboundHandler<GenericMessage> {

    private static final Logger LOG = LoggerFactory.getLogger(InboundMessageHandler.class);

    private final TransportListener listener;
    private final String address;
    private Throwable failure;

    InboundMessageHandler(TransportListener listener, String address) {
        this.listener = listener;
        this.address = address;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, GenericMessage message) {
        listener.onMessage(message);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        listener.onClosed(failure != null ? failure : new CstaConnectionException("connection to " + address + " closed"));
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.warn("Closing the connection to {} after an error: {}", address, cause.toString());
        failure = new CstaConnectionException("connection to " + address + " failed: " + cause.getMessage(), cause);
        ctx.close();
    }
}
