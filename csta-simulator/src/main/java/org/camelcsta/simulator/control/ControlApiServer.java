package org.camelcsta.simulator.control;

import java.io.IOException;
import java.net.InetAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.util.concurrent.DefaultThreadFactory;
import org.camelcsta.simulator.CstaSimulator;
import org.camelcsta.simulator.board.Board;
import org.camelcsta.simulator.board.TrafficLog;
import org.camelcsta.simulator.transport.NettyGroups;
import org.camelcsta.simulator.transport.ServerChannels;

/**
 * The control API's HTTP server: JSON in, JSON out, delegating to the simulator's Java control API; and the web
 * board at {@code /}, whose buttons call that API. Both sit behind {@link ControlAccessHandler}: no cross-origin
 * writes, and a token where the server listens beyond the loopback address.
 */
public final class ControlApiServer implements AutoCloseable {

    private static final int MAX_REQUEST_BYTES = 64 * 1024;
    /** Threads that wait for the PBX on behalf of requests (the common pool may have just one on small machines). */
    private static final int WORKERS = 4;

    private final CstaSimulator simulator;
    private final TrafficLog traffic;
    private final ServerChannels channels = new ServerChannels("control API");
    private Board board;
    private ExecutorService workers;

    /**
     * @param traffic the sessions' messages, for the board's log
     */
    public ControlApiServer(CstaSimulator simulator, TrafficLog traffic) {
        this.simulator = simulator;
        this.traffic = traffic;
    }

    /**
     * Starts the board and binds the server; returns its port.
     *
     * @param token the token writes must carry, or {@code null} (the simulator's builder allows that on loopback only)
     */
    public int start(NettyGroups groups, InetAddress address, int port, String token) throws IOException {
        ControlAccessHandler access = new ControlAccessHandler(token, address.isLoopbackAddress());
        ObjectMapper mapper = new ObjectMapper();
        board = new Board(simulator, traffic, mapper);
        board.start();
        ControlRoutes routes = new ControlRoutes(simulator, board, mapper);
        workers = Executors.newFixedThreadPool(WORKERS, new DefaultThreadFactory("csta-sim-control", true));
        return channels.bind(groups, address, port, channel -> channel.pipeline()
                .addLast("http", new HttpServerCodec())
                .addLast("aggregate", new HttpObjectAggregator(MAX_REQUEST_BYTES))
                .addLast("access", access)
                .addLast("board", board.handler())
                .addLast("control", new ControlApiHandler(routes, workers)));
    }

    @Override
    public void close() {
        if (board != null) {
            board.close();
        }
        channels.close();
        if (workers != null) {
            workers.shutdownNow();
        }
    }
}
