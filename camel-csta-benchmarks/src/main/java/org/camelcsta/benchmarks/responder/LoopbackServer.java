package org.camelcsta.benchmarks.responder;

import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;

/** The responders' server: Netty on an ephemeral loopback port, one accepting thread and one I/O thread. */
final class LoopbackServer implements AutoCloseable {

    private final EventLoopGroup boss = new NioEventLoopGroup(1, new DefaultThreadFactory("responder-accept", true));
    private final EventLoopGroup io = new NioEventLoopGroup(1, new DefaultThreadFactory("responder-io", true));
    private Channel server;

    private LoopbackServer() {
    }

    /** Starts a server whose connections get the pipeline that {@code pipeline} builds. */
    static LoopbackServer start(Consumer<SocketChannel> pipeline) {
        LoopbackServer loopback = new LoopbackServer();
        loopback.server = new ServerBootstrap()
                .group(loopback.boss, loopback.io)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 1024)
                .childOption(ChannelOption.TCP_NODELAY, true)
                // a blast pauses at 1 MiB unsent, so a client that stops reading holds it up
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(512 * 1024, 1024 * 1024))
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        pipeline.accept(ch);
                    }
                })
                .bind(new InetSocketAddress("127.0.0.1", 0))
                .syncUninterruptibly()
                .channel();
        return loopback;
    }

    int port() {
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    @Override
    public void close() {
        server.close().syncUninterruptibly();
        boss.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        io.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
