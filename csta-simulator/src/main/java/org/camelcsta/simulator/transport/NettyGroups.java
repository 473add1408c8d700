package org.camelcsta.simulator.transport;

import java.util.concurrent.TimeUnit;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.util.concurrent.DefaultThreadFactory;

/**
 * The Netty event loops shared by the simulator's own servers (TCP, HTTP, HTTPS, control): one acceptor thread
 * and two I/O threads are plenty for a simulator and kind to small machines.
 */
public final class NettyGroups implements AutoCloseable {

    private final EventLoopGroup boss = new NioEventLoopGroup(1, new DefaultThreadFactory("csta-sim-accept", true));
    private final EventLoopGroup workers = new NioEventLoopGroup(2, new DefaultThreadFactory("csta-sim-io", true));

    public EventLoopGroup boss() {
        return boss;
    }

    public EventLoopGroup workers() {
        return workers;
    }

    @Override
    public void close() {
        boss.shutdownGracefully(0, 2, TimeUnit.SECONDS);
        workers.shutdownGracefully(0, 2, TimeUnit.SECONDS);
        boss.terminationFuture().awaitUninterruptibly(5, TimeUnit.SECONDS);
        workers.terminationFuture().awaitUninterruptibly(5, TimeUnit.SECONDS);
    }
}
