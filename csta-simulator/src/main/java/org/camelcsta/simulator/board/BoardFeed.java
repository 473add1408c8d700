package org.camelcsta.simulator.board;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOutboundBuffer;
import io.netty.handler.codec.http.DefaultHttpContent;
import org.camelcsta.simulator.CstaSimulator;
import org.camelcsta.simulator.DeviceSettings;
import org.camelcsta.simulator.SimulatedQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The board's live feed: server-sent events to every open board page. A single ticker sends each page the PBX's
 * state when it changed and the log entries it has not seen yet. Pages are never pushed faster than they read:
 * a page whose connection is not writable is skipped and later resumes from the bounded {@link TrafficLog},
 * being told how many entries it missed. So neither a busy PBX nor a slow page makes the server's memory grow.
 */
public final class BoardFeed implements AutoCloseable {

    /** The most board pages served at once. */
    public static final int MAX_PAGES = 16;
    /** The most devices shown as phones. */
    public static final int MAX_PHONES = 200;
    /** The most queues shown. */
    public static final int MAX_QUEUES = 50;
    /** The most agents shown per queue. */
    public static final int MAX_AGENTS = 100;

    private static final Logger LOG = LoggerFactory.getLogger(BoardFeed.class);
    private static final Duration TICK = Duration.ofMillis(150);
    /** A comment line this often keeps idle connections (and proxies) from timing out. */
    private static final int TICKS_PER_HEARTBEAT = 100;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());

    /** A page's connection and how far it has read the log. */
    private static final class Page {
        final Channel channel;
        long lastSeq;
        boolean hasState;

        Page(Channel channel, long lastSeq) {
            this.channel = channel;
            this.lastSeq = lastSeq;
        }
    }

    /** One log line as the page gets it. */
    record LogLine(long seq, String time, String session, String direction, String name, String summary) {
    }

    /** The log lines of one tick, and how many lines the page missed before them. */
    record LogBatch(List<LogLine> lines, long skipped) {
    }

    private final CstaSimulator simulator;
    private final TrafficLog log;
    private final ObjectMapper mapper;
    private final MessageSummary summaries = new MessageSummary();
    private final Set<Page> pages = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService ticker;
    private byte[] lastState = new byte[0];
    private long ticks;

    public BoardFeed(CstaSimulator simulator, TrafficLog log, ObjectMapper mapper) {
        this.simulator = simulator;
        this.log = log;
        this.mapper = mapper;
    }

    /** Starts the ticker. */
    public void start() {
        ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "csta-sim-board");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleWithFixedDelay(this::tick, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Adds a page whose response headers were written; it gets the state and the log entries the ring still
     * holds at the next tick.
     *
     * @return {@code false} where {@link #MAX_PAGES} pages are open already
     */
    public boolean add(Channel channel) {
        if (pages.size() >= MAX_PAGES) {
            return false;
        }
        Page page = new Page(channel, Math.max(0, log.lastSeq() - log.capacity()));
        pages.add(page);
        channel.closeFuture().addListener(closed -> pages.remove(page));
        return true;
    }

    /** Numbers that show the feed stays bounded: log entries held, pages open, bytes waiting to be written. */
    public Map<String, Object> stats() {
        long pending = pages.stream().mapToLong(page -> pendingBytes(page.channel)).max().orElse(0);
        return Map.of("logEntries", log.size(), "logCapacity", log.capacity(), "pages", pages.size(),
                "maxPendingBytes", pending);
    }

    private void tick() {
        if (pages.isEmpty()) {
            return;
        }
        try {
            byte[] state = mapper.writeValueAsBytes(state());
            boolean changed = !Arrays.equals(state, lastState);
            lastState = state;
            boolean heartbeat = ++ticks % TICKS_PER_HEARTBEAT == 0;
            for (Page page : pages) {
                send(page, changed, heartbeat);
            }
        } catch (RuntimeException | JsonProcessingException e) {
            // the simulator is stopping, or a page went away mid-write: the next tick starts afresh
            LOG.debug("board tick failed: {}", e.toString());
        }
    }

    private BoardState state() {
        List<String> devices = simulator.deviceNumbers(MAX_PHONES + 1);
        List<SimulatedQueue> queues = simulator.queues();
        BoardState.Truncated truncated = new BoardState.Truncated(devices.size() > MAX_PHONES,
                queues.size() > MAX_QUEUES);
        List<DeviceSettings> shown = simulator.deviceSettings(truncated.devices() ? devices.subList(0, MAX_PHONES)
                : devices);
        return BoardState.of(shown, truncated.queues() ? queues.subList(0, MAX_QUEUES) : queues, truncated,
                simulator.calls(), simulator.sessionCount());
    }

    private void send(Page page, boolean stateChanged, boolean heartbeat) throws JsonProcessingException {
        Channel channel = page.channel;
        if (!channel.isActive() || !channel.isWritable()) {
            return; // it resumes from the log once it has read what it got
        }
        boolean wrote = false;
        if (stateChanged || !page.hasState) {
            write(channel, "state", lastState);
            page.hasState = true;
            wrote = true;
        }
        TrafficLog.Batch batch = log.since(page.lastSeq);
        if (!batch.entries().isEmpty() || batch.skipped() > 0) {
            List<LogLine> lines = batch.entries().stream().map(this::line).toList();
            write(channel, "log", mapper.writeValueAsBytes(new LogBatch(lines, batch.skipped())));
            page.lastSeq = batch.lastSeq(page.lastSeq);
            wrote = true;
        }
        if (wrote) {
            channel.flush();
        } else if (heartbeat) {
            channel.writeAndFlush(new DefaultHttpContent(Unpooled.copiedBuffer(": ping\n\n", StandardCharsets.UTF_8)));
        }
    }

    private LogLine line(TrafficLog.Entry entry) {
        return new LogLine(entry.seq(), TIME.format(Instant.ofEpochMilli(entry.time())), address(entry.session()),
                entry.received() ? "received" : "sent", entry.message().messageName(),
                summaries.of(entry.message()));
    }

    private static String address(SocketAddress address) {
        return address instanceof InetSocketAddress inet ? inet.getHostString() + ":" + inet.getPort()
                : String.valueOf(address);
    }

    private static void write(Channel channel, String event, byte[] json) {
        byte[] head = ("event: " + event + "\ndata: ").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\n\n".getBytes(StandardCharsets.US_ASCII);
        channel.write(new DefaultHttpContent(Unpooled.wrappedBuffer(head, json, tail)));
    }

    private static long pendingBytes(Channel channel) {
        ChannelOutboundBuffer buffer = channel.unsafe().outboundBuffer();
        return buffer == null ? 0 : buffer.totalPendingWriteBytes();
    }

    @Override
    public void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        pages.forEach(page -> page.channel.close());
    }
}
