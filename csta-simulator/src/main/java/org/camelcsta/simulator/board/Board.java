package org.camelcsta.simulator.board;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.channel.ChannelHandler;
import org.camelcsta.simulator.CstaSimulator;

/**
 * The simulator's web board: a live page of the phones, calls and CSTA traffic, served on the control port
 * next to the control API that its buttons call.
 */
public final class Board implements AutoCloseable {

    private final CstaSimulator simulator;
    private final TrafficLog log;
    private final ObjectMapper mapper;
    private BoardFeed feed;
    private ChannelHandler handler;

    public Board(CstaSimulator simulator, TrafficLog log, ObjectMapper mapper) {
        this.simulator = simulator;
        this.log = log;
        this.mapper = mapper;
    }

    /** Reads the page's files and starts the live feed. */
    public void start() {
        feed = new BoardFeed(simulator, log, mapper);
        handler = new BoardHandler(BoardAssets.load(), feed);
        feed.start();
    }

    /** The HTTP handler that serves the board; it passes every other request on. Shared by all connections. */
    public ChannelHandler handler() {
        return handler;
    }

    /** Numbers that show the board's log and feed stay bounded. */
    public Map<String, Object> stats() {
        return feed.stats();
    }

    @Override
    public void close() {
        if (feed != null) {
            feed.close();
        }
    }
}
