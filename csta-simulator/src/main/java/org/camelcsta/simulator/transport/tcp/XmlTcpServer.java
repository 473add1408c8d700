package org.camelcsta.simulator.transport.tcp;

import java.io.IOException;
import java.net.InetAddress;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.DelimiterBasedFrameDecoder;
import org.camelcsta.protocol.codec.XmlCodec;
import org.camelcsta.simulator.session.SimulatorContext;
import org.camelcsta.simulator.transport.NettyGroups;
import org.camelcsta.simulator.transport.ServerChannels;

/**
 * The TCP/XML server: each message is one XML document followed by a NUL byte; several may arrive in one
 * packet and one may arrive in several. Frames over {@value #MAX_FRAME_BYTES} bytes close the connection.
 */
public final class XmlTcpServer implements AutoCloseable {

    /** The largest frame accepted: 1 MiB. */
    public static final int MAX_FRAME_BYTES = 1024 * 1024;

    private final SimulatorContext context;
    private final XmlCodec codec = new XmlCodec();
    private final ServerChannels channels = new ServerChannels("TCP/XML");

    public XmlTcpServer(SimulatorContext context) {
        this.context = context;
    }

    /** Binds the server to this address and returns its port. */
    public int start(NettyGroups groups, InetAddress address, int port) throws IOException {
        return channels.bind(groups, address, port, channel -> channel.pipeline()
                // failFast: a frame is refused as soon as it grows past the limit, not after it has been buffered
                .addLast("frames", new DelimiterBasedFrameDecoder(MAX_FRAME_BYTES, true, true,
                        Unpooled.wrappedBuffer(new byte[] { 0 })))
                .addLast("session", new XmlSessionHandler(context, codec)));
    }

    @Override
    public void close() {
        channels.close();
    }
}
