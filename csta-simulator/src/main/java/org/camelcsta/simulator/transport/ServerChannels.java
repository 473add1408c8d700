package org.camelcsta.simulator.transport;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.function.Consumer;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.GlobalEventExecutor;

/**
 * One listening Netty server and every connection it accepted, so that stopping it releases its port and
 * closes its clients.
 */
public final class ServerChannels implements AutoCloseable {

    private final String name;
    private final ChannelGroup channels = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    private Channel listener;

    public ServerChannels(String name) {
        this.name = name;
    }

    /**
     * Binds the server.
     *
     * @param address     the local address to listen on, e.g. the loopback address
     * @param port        0 for an ephemeral port
     * @param initializer sets up the pipeline of each accepted connection
     * @return the bound port
     * @throws IOException where the port cannot be bound (e.g. it is taken)
     */
    public int bind(NettyGroups groups, InetAddress address, int port, Consumer<SocketChannel> initializer) throws IOException {
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(groups.boss(), groups.workers())
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        channels.add(channel);
                        initializer.accept(channel);
                    }
                });
        ChannelFuture bound = bootstrap.bind(new InetSocketAddress(address, port)).awaitUninterruptibly();
        if (!bound.isSuccess()) {
            Throwable cause = bound.cause();
            BindException failure = new BindException("cannot bind the " + name + " server to "
                    + address.getHostAddress() + " port " + port + ": "
                    + (cause == null ? "unknown reason" : cause.getMessage()));
            failure.initCause(cause);
            throw failure;
        }
        listener = bound.channel();
        channels.add(listener);
        return ((InetSocketAddress) listener.localAddress()).getPort();
    }

    /** Closes the connections, keeps listening. */
    public void closeConnections() {
        channels.stream().filter(channel -> channel != listener).forEach(Channel::close);
    }

    @Override
    public void close() {
        channels.close().awaitUninterruptibly();
    }
}
