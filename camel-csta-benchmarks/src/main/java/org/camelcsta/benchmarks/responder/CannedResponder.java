package org.camelcsta.benchmarks.responder;

import java.util.concurrent.atomic.AtomicLong;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.DelimiterBasedFrameDecoder;

/**
 * A minimal CSTA server on loopback for benchmarks: it answers every request at once with a canned positive
 * reply that echoes the request's id (logging in, monitors and calls all succeed), and on demand blasts
 * numbered events at the connections that monitor a device. It sniffs the few bytes it needs instead of
 * parsing, and flushes once per read, so that it costs as little as possible and the client is what is
 * measured. One I/O thread: on a 2-core machine the client gets the rest.
 */
public final class CannedResponder extends CannedEventSource {

    private static final int MAX_FRAME = 1024 * 1024;

    private final AtomicLong requests = new AtomicLong();

    private CannedResponder() {
    }

    /** Starts a responder on an ephemeral loopback port. */
    public static CannedResponder start() {
        CannedResponder responder = new CannedResponder();
        responder.bind();
        return responder;
    }

    private void bind() {
        serve(ch -> ch.pipeline().addLast(
                new DelimiterBasedFrameDecoder(MAX_FRAME, true, Unpooled.wrappedBuffer(new byte[] { 0 })),
                new Connection()));
    }

    /** Connections open now. */
    public int connectionCount() {
        return connections.size();
    }

    /** Requests answered so far. */
    public long requestCount() {
        return requests.get();
    }

    /** One client connection: answers its requests with canned XML replies; its events are {@link EventTemplate}s. */
    private final class Connection extends EventConnection<ByteBuf> {

        Connection() {
            super(connections, EventTemplate::new);
        }

        @Override
        public void channelActive(ChannelHandlerContext ctx) throws Exception {
            opened(ctx);
            super.channelActive(ctx);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, ByteBuf frame) {
            String name = RequestSniffer.rootName(frame);
            if (name == null) {
                return;
            }
            String crossRef = name.equals("MonitorStart") ? startMonitor(RequestSniffer.deviceObject(frame)) : null;
            requests.incrementAndGet();
            reply(ctx, CannedReplies.reply(ctx.alloc(), name, RequestSniffer.requestId(frame), crossRef));
        }
    }
}
