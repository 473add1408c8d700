package org.camelcsta.benchmarks.responder;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;

/**
 * {@link CannedResponder} for the socket.io interface: a websocket-only Engine.IO v3 / socket.io 2 server (as
 * the provider's) that opens the session, answers heartbeats, and answers every {@code message} event at once
 * with a canned positive reply echoing its requestID, emitted as a {@code message} event; on demand it blasts
 * numbered DeliveredEvents at the connections that monitor a device. It sniffs the request's name, requestID
 * and device from the text instead of parsing JSON, and flushes once per read. One I/O thread.
 */
public final class CannedSocketIoResponder implements EventSource {

    private static final int MAX_FRAME = 1024 * 1024;
    private static final byte[] REQUEST_ID = "\"requestID\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DEVICE_OBJECT = "\"deviceObject\":\"".getBytes(StandardCharsets.US_ASCII);
    /** The payload's first member name follows it: {@code 42["message",{"MakeCall":...}]}. */
    private static final byte[] NAME_START = "{\"".getBytes(StandardCharsets.US_ASCII);

    private final Set<Connection> connections = ConcurrentHashMap.newKeySet();
    private final AtomicLong crossRefs = new AtomicLong();
    private LoopbackServer server;

    private CannedSocketIoResponder() {
    }

    /** Starts a responder on an ephemeral loopback port. */
    public static CannedSocketIoResponder start() {
        CannedSocketIoResponder responder = new CannedSocketIoResponder();
        responder.bind();
        return responder;
    }

    private void bind() {
        WebSocketServerProtocolConfig websocket = WebSocketServerProtocolConfig.newBuilder()
                .websocketPath("/socket.io/")
                .checkStartsWith(true)
                .maxFramePayloadLength(MAX_FRAME)
                .build();
        server = LoopbackServer.start(ch -> ch.pipeline().addLast(
                new HttpServerCodec(),
                new HttpObjectAggregator(MAX_FRAME),
                new WebSocketServerProtocolHandler(websocket),
                new Connection()));
    }

    @Override
    public int port() {
        return server.port();
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

    /** One client's websocket: answers its packets and runs its blasts. State is used on its event loop only. */
    private final class Connection extends SimpleChannelInboundHandler<TextWebSocketFrame> {

        private final Map<String, SocketIoEventTemplate> templates = new ConcurrentHashMap<>();
        private final EventBlasts blasts = new EventBlasts();
        private Channel channel;
        private boolean wrote;

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
            if (event instanceof WebSocketServerProtocolHandler.HandshakeComplete) {
                channel = ctx.channel();
                connections.add(this);
                ctx.write(new TextWebSocketFrame(SocketIoPackets.OPEN), ctx.voidPromise());
                ctx.writeAndFlush(new TextWebSocketFrame(SocketIoPackets.CONNECT), ctx.voidPromise());
            }
            super.userEventTriggered(ctx, event);
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) throws Exception {
            connections.remove(this);
            blasts.clear();
            super.channelInactive(ctx);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, TextWebSocketFrame frame) {
            ByteBuf text = frame.content();
            if (!text.isReadable()) {
                return;
            }
            if (text.getByte(text.readerIndex()) == SocketIoPackets.PING) {
                String probe = text.toString(text.readerIndex() + 1, text.readableBytes() - 1, StandardCharsets.UTF_8);
                ctx.write(new TextWebSocketFrame(SocketIoPackets.PONG + probe), ctx.voidPromise());
                wrote = true;
                return;
            }
            String name = RequestSniffer.textBetween(text, NAME_START, (byte) '"');
            if (name == null) {
                return; // a socket.io packet other than an event: nothing to answer
            }
            String crossRef = null;
            if (name.equals("MonitorStart")) {
                String device = RequestSniffer.textBetween(text, DEVICE_OBJECT, (byte) '"');
                crossRef = device + "-" + crossRefs.incrementAndGet();
                templates.put(device, new SocketIoEventTemplate(device, crossRef));
            }
            String reply = SocketIoPackets.MESSAGE_EVENT
                           + CannedJsonReplies.reply(name, RequestSniffer.textBetween(text, REQUEST_ID, (byte) '"'), crossRef)
                           + SocketIoPackets.MESSAGE_EVENT_END;
            // written now, flushed once when this read is done: requests read together share one write
            ctx.write(new TextWebSocketFrame(reply), ctx.voidPromise());
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
                SocketIoEventTemplate template = templates.get(device);
                if (template != null) {
                    blasts.add(new EventBlast(channel, template, count));
                }
            });
        }
    }
}
