package org.camelcsta.client.transport.tcp;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.flush.FlushConsolidationHandler;
import org.camelcsta.client.CstaConnectionException;
import org.camelcsta.client.SessionSettings;
import org.camelcsta.client.transport.CauseText;
import org.camelcsta.client.transport.ReadMode;
import org.camelcsta.client.transport.Transport;
import org.camelcsta.client.transport.TransportListener;
import org.camelcsta.protocol.CstaEncodeException;
import org.camelcsta.protocol.codec.OutgoingMessage;
import org.camelcsta.protocol.codec.XmlCodec;

/**
 * The provider's XML over TCP (port 7001): each message one XML document followed by a NUL byte, replies
 * and events on the same connection. A Netty pipeline of small handlers: NUL framing with a size limit,
 * XML decoding, and hand-over to the session. A message is encoded before it is written, so that one that
 * cannot be encoded fails with its {@link CstaEncodeException}, not as a broken write.
 */
public final class TcpXmlTransport implements Transport {

    private static final byte[] NUL = {0};

    private final SessionSettings settings;
    private final EventLoopGroup group;
    private final XmlCodec codec;
    private volatile Channel channel;

    public TcpXmlTransport(SessionSettings settings, EventLoopGroup group, XmlCodec codec) {
        this.settings = settings;
        this.group = group;
        this.codec = codec;
    }

    @Override
    public CompletableFuture<Void> connect(TransportListener listener) {
        String address = settings.host() + ":" + settings.effectivePort();
        Bootstrap bootstrap = new Bootstrap()
                .group(group)
                .channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.SO_KEEPALIVE, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) settings.connectTimeout().toMillis())
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(
                                // pipelined requests: one flush for a burst of writes
                                new FlushConsolidationHandler(256, true),
                                new NulFrameDecoder(settings.maxFrameSize()),
                                new XmlFrameDecoder(codec),
                                new InboundMessageHandler(listener, address));
                    }
                });
        CompletableFuture<Void> connected = new CompletableFuture<>();
        ChannelFuture connecting = bootstrap.connect(settings.host(), settings.effectivePort());
        channel = connecting.channel();
        connecting.addListener(done -> {
            if (done.isSuccess()) {
                connected.complete(null);
            } else {
                connected.completeExceptionally(
                        new CstaConnectionException("cannot connect to " + address + ": " + CauseText.of(done.cause()),
                                done.cause()));
            }
        });
        return connected;
    }

    @Override
    public CompletableFuture<Void> send(OutgoingMessage message, Duration replyTimeout) {
        byte[] frame;
        try {
            frame = codec.encode(message);
        } catch (CstaEncodeException e) {
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<Void> written = new CompletableFuture<>();
        Channel ch = channel;
        if (ch == null || !ch.isActive()) {
            written.completeExceptionally(new CstaConnectionException("not connected"));
            return written;
        }
        ch.writeAndFlush(Unpooled.wrappedBuffer(frame, NUL)).addListener(done -> {
            if (done.isSuccess()) {
                written.complete(null);
            } else {
                written.completeExceptionally(new CstaConnectionException("cannot send " + message.name() + ": "
                        + CauseText.of(done.cause()), done.cause()));
            }
        });
        return written;
    }

    @Override
    public void setReading(ReadMode mode) {
        Channel ch = channel;
        // a closed channel's event loop may be gone with the session's resources: nothing is left to read
        if (ch != null && ch.isOpen()) {
            // TCP's own flow control pushes back on the server; its keep-alive still runs
            ch.config().setAutoRead(mode == ReadMode.READ);
        }
    }

    @Override
    public void close() {
        Channel ch = channel;
        if (ch != null) {
            ch.close();
        }
    }
}
