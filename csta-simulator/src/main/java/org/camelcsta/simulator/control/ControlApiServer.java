package org.camelcsta.simulator.control;

import java.io.IOException;

import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import org.camelcsta.simulator.CstaSimulator;
import org.camelcsta.simulator.transport.NettyGroups;
import org.camelcsta.simulator.transport.ServerChannels;

/** The control API's HTTP server: JSON in, JSON out, delegating to the simulator's Java control API. */
public final class ControlApiServer implements AutoCloseable {

    private static final int MAX_REQUEST_BYTES = 64 * 1024;

    private final CstaSimulator simulator;
    private final ServerChannels channels = new ServerChannels("control API");

    public ControlApiServer(CstaSimulator simulator) {
        this.simulator = simulator;
    }

    /** Binds the server and returns its port. */
    public int start(NettyGroups groups, int port) throws IOException {
        ControlRoutes routes = new ControlRoutes(simulator);
        return channels.bind(groups, port, channel -> channel.pipeline()
                .addLast("http", new HttpServerCodec())
                .addLast("aggregate", new HttpObjectAggregator(MAX_REQUEST_BYTES))
                .addLast("control", new ControlApiHandler(routes)));
    }

    @Override
    public void close() {
        channels.close();
    }
}
