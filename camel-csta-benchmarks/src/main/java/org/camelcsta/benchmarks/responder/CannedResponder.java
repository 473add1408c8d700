package org.camelcsta.benchmarks.responder;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.DelimiterBasedFrameDecoder;

/**
 * A minimal CSTA server on loopback for benchmarks: it answers every request at once with a canned positive
 * reply that echoes the request's id (logging in, monitors and calls all succeed), and on demand blasts
 * numbered events at the connections that monitor a device. It sniffs the few bytes it needs instead of
 * parsing, and flushes once per read, so that it costs as little as possible and the client is what is
 * measured. One I/O thread: on a 2-core machine the client gets the rest.
 */
public final class CannedResponder implements EventSource {

    private static final int MAX_FRAME = 1024 * 1024;

    private final Set<Connection> connections = ConcurrentHashMap.newKeySet();
    private final AtomicLong crossRefs = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();
    private LoopbackServer server;

    private CannedResponder() {
    }

    /** Starts a responder on an ephemeral loopback port. */
    public static CannedResponder start() {
        CannedResponder responder = new CannedResponder();
        responder.bind();
        return responder;
    }

    private void bind() {
        server = LoopbackServer.start(ch -> ch.pipeline().addLast(
                new DelimiterBasedFrameDecoder(MAX_FRAME, true, Unpooled.wrappedBuffer(new byte[] { 0 })),
                new Connection()));
    }

    @Override
    public int port() {
        return server.port();
    }

    /** Connections open now. */
    public int connectionCount() {
        return connections.size();
    }

    /** Requests answered so far. */
    public long requestCount() {
        return requests.get();
    }

    @Override
    public int monitorCount(String device) {
        int count = 0;
        for (Connection connection : connections) {
            if (connection.templates.containsKey(device)) {
                count++;
            }
        }
        return count;
    }

    /** The events leave on the responder's I/O thread. */
    @Override
    public void blast(String device, long count) {
        for (Connection connection : connections) {
            connection.blast(device, count);
        }
    }

    @Override
    public void close() {
        server.close();
    }

    /** One client connection: answers its requests and runs its blasts. State is used on its event loop only. */
    private final class Connection extends SimpleChannelInboundHandler<ByteBuf> {

        private final Map<String, EventTemplate> templates = new ConcurrentHashMap<>();
        private final EventBlasts blasts = new EventBlasts();
        private Channel channel;
        private boolean wrote;

        @Override
        public void channelActive(ChannelHandlerContext ctx) throws Exception {
            channel = ctx.channel();
            connections.add(this);
            super.channelActive(ctx);
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) throws Exception {
            connections.remove(this);
            blasts.clear();
            super.channelInactive(ctx);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, ByteBuf frame) {
            String name = RequestSniffer.rootName(frame);
            if (name == null) {
                return;
            }
            String crossRef = null;
            if (name.equals("MonitorStart")) {
                String device = RequestSniffer.deviceObject(frame);
                crossRef = device + "-" + crossRefs.incrementAndGet();
                templates.put(device, new EventTemplate(device, crossRef));
            }
            requests.incrementAndGet();
            // written now, flushed once when this read is done: pipelined requests share one write
            ctx.write(CannedReplies.reply(ctx.alloc(), name, RequestSniffer.requestId(frame), crossRef), ctx.voidPromise());
            wrote = true;
        }

        @Override
        public void channelReadComplete(ChannelHandlerContext ctx) {
            if (wrote) {
                wrote = false;
                ctx.flush();
            }
            ctx.fireChannelReadComplete();
        }

        @Override
        public void channelWritabilityChanged(ChannelHandlerContext ctx) throws Exception {
            if (ctx.channel().isWritable()) {
                blasts.resume();
            }
            super.channelWritabilityChanged(ctx);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close(); // the client went away mid-write: nothing to report for a benchmark responder
        }

        void blast(String device, long count) {
            channel.eventLoop().execute(() -> {
                EventTemplate template = templates.get(device);
                if (template != null) {
                    blasts.add(new EventBlast(channel, template, count));
                }
            });
        }
    }
}
