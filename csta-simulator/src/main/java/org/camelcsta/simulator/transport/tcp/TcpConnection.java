package org.camelcsta.simulator.transport.tcp;

import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import org.camelcsta.protocol.codec.XmlCodec;
import org.camelcsta.protocol.model.CstaMessage;
import org.camelcsta.simulator.session.ClientConnection;

/** A session's TCP connection: each message is written as one XML document and a NUL byte. */
final class TcpConnection implements ClientConnection {

    /** Deliberately broken XML for fault injection: an element that is never closed. */
    private static final byte[] MALFORMED_FRAME = "<CSTAErrorCode><operation>".getBytes(StandardCharsets.UTF_8);

    private final Channel channel;
    private final XmlCodec codec;

    TcpConnection(Channel channel, XmlCodec codec) {
        this.channel = channel;
        this.codec = codec;
    }

    @Override
    public SocketAddress remoteAddress() {
        return channel.remoteAddress();
    }

    @Override
    public void send(CstaMessage message) {
        channel.writeAndFlush(frame(codec.encode(message)));
    }

    @Override
    public void send(CstaMessage message, String xmlNamespace) {
        channel.writeAndFlush(frame(codec.encode(message, xmlNamespace)));
    }

    @Override
    public void sendThenClose(CstaMessage message) {
        channel.writeAndFlush(frame(codec.encode(message))).addListener(ChannelFutureListener.CLOSE);
    }

    @Override
    public void sendMalformedFrame() {
        channel.writeAndFlush(frame(MALFORMED_FRAME));
    }

    @Override
    public void close() {
        channel.close();
    }

    private static ByteBuf frame(byte[] document) {
        return Unpooled.wrappedBuffer(document, new byte[] { 0 });
    }
}
