package org.camelcsta.simulator.transport.tcp;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.TooLongFrameException;
import org.camelcsta.protocol.CstaDecodeException;
import org.camelcsta.protocol.CstaDecodeException.Reason;
import org.camelcsta.protocol.LogText;
import org.camelcsta.protocol.codec.XmlCodec;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.simulator.session.ClientSession;
import org.camelcsta.simulator.session.CstaErrors;
import org.camelcsta.simulator.session.SimulatorContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One TCP connection: refuses addresses off the allow-list, decodes frames and hands them to its session. */
final class XmlSessionHandler extends SimpleChannelInboundHandler<ByteBuf> {

    private static final Logger LOG = LoggerFactory.getLogger(XmlSessionHandler.class);

    private final SimulatorContext context;
    private final XmlCodec codec;
    private ClientSession session;
    private TcpConnection connection;

    XmlSessionHandler(SimulatorContext context, XmlCodec codec) {
        this.context = context;
        this.codec = codec;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        connection = new TcpConnection(ctx.channel(), codec);
        if (!context.allowList().allows(ctx.channel().remoteAddress())) {
            LOG.info("TCP connection from {} refused: not on the allow-list", ctx.channel().remoteAddress());
            connection.sendThenClose(CstaErrors.addressNotAllowed(ctx.channel().remoteAddress()));
            return;
        }
        session = new ClientSession(context, connection);
        LOG.debug("TCP connection from {}", ctx.channel().remoteAddress());
        super.channelActive(ctx);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, ByteBuf frame) {
        if (session == null) {
            return;
        }
        byte[] bytes = ByteBufUtil.getBytes(frame);
        if (isBlank(bytes)) {
            return; // a stray NUL or line break between frames is no message
        }
        GenericMessage request;
        try {
            request = codec.decodeGeneric(bytes);
        } catch (RuntimeException e) {
            // the codec promises CstaDecodeException only; should a frame break that promise, it is still one bad
            // frame, answered like the others, and the connection stays
            CstaDecodeException problem = e instanceof CstaDecodeException decode ? decode
                    : new CstaDecodeException(Reason.MALFORMED, "unreadable XML: " + LogText.cap(e), e);
            LOG.debug("undecodable frame from {}: {}", ctx.channel().remoteAddress(), LogText.cap(problem.getMessage()));
            session.onUndecodable(problem);
            return;
        }
        session.onRequest(request);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        if (session != null) {
            session.onClosed();
        }
        super.channelInactive(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof TooLongFrameException) {
            LOG.info("frame over {} bytes from {}: closing the connection", XmlTcpServer.MAX_FRAME_BYTES,
                    ctx.channel().remoteAddress());
            connection.sendThenClose(CstaErrors.frameTooLarge(XmlTcpServer.MAX_FRAME_BYTES));
        } else {
            LOG.debug("TCP connection from {} failed: {}", ctx.channel().remoteAddress(), LogText.cap(cause));
            ctx.close();
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }
}
