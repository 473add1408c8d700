package org.camelcsta.simulator.transport.socketio;

import java.util.List;

import com.corundumstudio.socketio.SocketIOClient;
import com.corundumstudio.socketio.listener.ExceptionListenerAdapter;
import io.netty.channel.ChannelHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs socket.io errors at debug level: a client that vanishes mid-request or sends an unreadable payload is a
 * normal event for a test server, not an error worth a stack trace.
 */
final class QuietExceptionListener extends ExceptionListenerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(QuietExceptionListener.class);

    @Override
    public void onEventException(Exception e, List<Object> args, SocketIOClient client) {
        LOG.debug("socket.io event from {} failed: {}", client.getRemoteAddress(), e.toString());
    }

    @Override
    public void onAuthException(Throwable e, SocketIOClient client) {
        LOG.debug("socket.io authorization of {} failed: {}", client.getRemoteAddress(), e.toString());
    }

    @Override
    public boolean exceptionCaught(ChannelHandlerContext ctx, Throwable e) {
        LOG.debug("socket.io connection {} failed: {}", ctx.channel().remoteAddress(), e.toString());
        ctx.close();
        return true;
    }
}
