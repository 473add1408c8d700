package org.camelcsta.benchmarks.clients;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.DelimiterBasedFrameDecoder;
import io.netty.handler.flush.FlushConsolidationHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import org.camelcsta.protocol.codec.MessageBinder;
import org.camelcsta.protocol.codec.OutgoingMessage;
import org.camelcsta.protocol.codec.XmlCodec;
import org.camelcsta.protocol.model.CstaEvent;
import org.camelcsta.protocol.model.CstaMessage;
import org.camelcsta.protocol.model.CstaRequest;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.MessageTypes;
import org.camelcsta.protocol.model.StartApplicationSession;

/**
 * The limit: what the wire and the codec cost with nothing of ours around them. One connection, the same
 * NUL framing and the same XML/Jackson mapping as the component (camel-csta's {@link XmlCodec} and
 * {@link MessageBinder}), requests pipelined and matched to replies by requestID in a map, events bound to
 * their records and handed to a callback on the I/O thread. No login state, no timeouts, no reconnect, no
 * back-pressure, no hand-off to another thread: everything the component adds is missing on purpose.
 */
public final class RawNettyClient implements RawClient {

    private final EventLoopGroup group = new NioEventLoopGroup(1, new DefaultThreadFactory("raw-client-io", true));
    private final XmlCodec codec = new XmlCodec();
    private final MessageBinder binder = MessageBinder.standard();
    private final Map<String, CompletableFuture<CstaMessage>> inFlight = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final Consumer<CstaEvent> events;
    private Channel channel;

    /** @param events receives every event, on the I/O thread */
    public RawNettyClient(Consumer<CstaEvent> events) {
        this.events = events;
    }

    /** Connects and logs in. */
    public RawNettyClient connect(int port, Duration timeout) throws Exception {
        channel = new Bootstrap()
                .group(group)
                .channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(
                                new FlushConsolidationHandler(256, true),
                                new DelimiterBasedFrameDecoder(1024 * 1024, true, Unpooled.wrappedBuffer(new byte[] { 0 })),
                                new Inbound());
                    }
                })
                .connect(new InetSocketAddress("127.0.0.1", port))
                .syncUninterruptibly()
                .channel();
        request(new StartApplicationSession("bench", "bench", "bench.pbx", 3600)).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** Encoded on the caller's thread. */
    @Override
    public CompletableFuture<CstaMessage> request(CstaRequest request) {
        String id = Long.toString(ids.incrementAndGet());
        CompletableFuture<CstaMessage> reply = new CompletableFuture<>();
        inFlight.put(id, reply);
        byte[] xml = codec.encode(new OutgoingMessage(request, id, null, Map.of()));
        channel.writeAndFlush(Unpooled.wrappedBuffer(xml, new byte[] { 0 }), channel.voidPromise());
        return reply;
    }

    @Override
    public void close() {
        if (channel != null) {
            channel.close().syncUninterruptibly();
        }
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    private final class Inbound extends SimpleChannelInboundHandler<ByteBuf> {
        @Override
        protected void channelRead0(ChannelHandlerContext ctx, ByteBuf frame) {
            GenericMessage message = codec.decodeGeneric(ByteBufUtil.getBytes(frame));
            if (MessageTypes.isEvent(message.name())) {
                events.accept((CstaEvent) binder.bind(message));
                return;
            }
            CompletableFuture<CstaMessage> reply = inFlight.remove(message.requestId());
            if (reply != null) {
                reply.complete(binder.bind(message));
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            IllegalStateException closed = new IllegalStateException("connection closed");
            inFlight.values().forEach(reply -> reply.completeExceptionally(closed));
            inFlight.clear();
        }
    }
}
