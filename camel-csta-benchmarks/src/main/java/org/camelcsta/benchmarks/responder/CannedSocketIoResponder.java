package org.camelcsta.benchmarks.responder;

import java.nio.charset.StandardCharsets;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
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
public final class CannedSocketIoResponder extends CannedEventSource {

    private static final int MAX_FRAME = 1024 * 1024;
    private static final byte[] REQUEST_ID = "\"requestID\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DEVICE_OBJECT = "\"deviceObject\":\"".getBytes(StandardCharsets.US_ASCII);
    /** The payload's first member name follows it: {@code 42["message",{"MakeCall":...}]}. */
    private static final byte[] NAME_START = "{\"".getBytes(StandardCharsets.US_ASCII);

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
        serve(ch -> ch.pipeline().addLast(
                new HttpServerCodec(),
                new HttpObjectAggregator(MAX_FRAME),
                new WebSocketServerProtocolHandler(websocket),
                new Connection()));
    }

    /** One client's websocket: answers its packets; its events are {@link SocketIoEventTemplate}s. */
    private final class Connection extends EventConnection<TextWebSocketFrame> {

        Connection() {
            super(connections, SocketIoEventTemplate::new);
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
            if (event instanceof WebSocketServerProtocolHandler.HandshakeComplete) {
                opened(ctx);
                ctx.write(new TextWebSocketFrame(SocketIoPackets.OPEN), ctx.voidPromise());
                ctx.writeAndFlush(new TextWebSocketFrame(SocketIoPackets.CONNECT), ctx.voidPromise());
            }
            super.userEventTriggered(ctx, event);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, TextWebSocketFrame frame) {
            ByteBuf text = frame.content();
            if (!text.isReadable()) {
                return;
            }
            if (text.getByte(text.readerIndex()) == SocketIoPackets.PING) {
                String probe = text.toString(text.readerIndex() + 1, text.readableBytes() - 1, StandardCharsets.UTF_8);
                reply(ctx, new TextWebSocketFrame(SocketIoPackets.PONG + probe));
                return;
            }
            String name = RequestSniffer.textBetween(text, NAME_START, (byte) '"');
            if (name == null) {
                return; // a socket.io packet other than an event: nothing to answer
            }
            String crossRef = name.equals("MonitorStart")
                    ? startMonitor(RequestSniffer.textBetween(text, DEVICE_OBJECT, (byte) '"'))
                    : null;
            String packet = SocketIoPackets.MESSAGE_EVENT
                            + CannedJsonReplies.reply(name, RequestSniffer.textBetween(text, REQUEST_ID, (byte) '"'), crossRef)
                            + SocketIoPackets.MESSAGE_EVENT_END;
            reply(ctx, new TextWebSocketFrame(packet));
        }
    }
}
