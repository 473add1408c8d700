package org.camelcsta.benchmarks.responder;

import java.util.function.Consumer;

import io.netty.channel.socket.SocketChannel;

/**
 * An {@link EventSource} on a {@link LoopbackServer}: the subclass binds the server with its wire format's
 * pipeline, ending in an {@link EventConnection} on {@link #connections}.
 */
abstract class CannedEventSource implements EventSource {

    final EventConnections connections = new EventConnections();
    private LoopbackServer server;

    /** Starts the server whose connections get the pipeline that {@code pipeline} builds. */
    final void serve(Consumer<SocketChannel> pipeline) {
        server = LoopbackServer.start(pipeline);
    }

    @Override
    public int port() {
        return server.port();
    }

    @Override
    public int monitorCount(String device) {
        return connections.monitorCount(device);
    }

    /** The events leave on the responder's I/O thread. */
    @Override
    public void blast(String device, long count) {
        connections.blast(device, count);
    }

    @Override
    public void close() {
        server.close();
    }
}
