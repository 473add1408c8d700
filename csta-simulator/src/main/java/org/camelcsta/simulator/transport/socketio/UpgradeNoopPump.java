package org.camelcsta.simulator.transport.socketio;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.corundumstudio.socketio.SocketIOClient;
import com.corundumstudio.socketio.Transport;
import com.corundumstudio.socketio.handler.ClientHead;
import com.corundumstudio.socketio.protocol.Packet;
import com.corundumstudio.socketio.protocol.PacketType;
import com.corundumstudio.socketio.transport.NamespaceClient;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.util.AttributeKey;

/**
 * Works around a stall of the polling-to-websocket upgrade in netty-socketio 2.0.x.
 * <p>
 * <b>The cause.</b> An Engine.IO client (socket.io 1.x/2.x, and 3.x/4.x too) upgrades like this: it keeps
 * long-polling over HTTP while it probes a websocket ({@code 2probe}); when the probe's answer ({@code 3probe})
 * arrives, it pauses polling, and pausing waits until the poll in flight has returned. Only then does it send
 * {@code 5} (upgrade) and flush the messages it buffered meanwhile. netty-socketio answers the probe with a single
 * NOOP on the polling transport, to make the poll in flight return. But the client may receive that NOOP
 * <i>before</i> the {@code 3probe} (they travel on two different connections), start a new poll at once, and then
 * wait for that new poll to pause. netty-socketio sends nothing more, so the new poll returns only when the server
 * happens to have a message for the client. A client that sends its next request while upgrading (it is buffered)
 * therefore waits for an answer the server never got: the session stalls until netty-socketio's upgrade timeout
 * drops the client. The reference server (Node's engine.io) avoids this by sending a NOOP every 100 ms to any poll
 * while an upgrade is in progress; python-engineio and socketioxide fixed the same bug the same way.
 * <p>
 * <b>The workaround.</b> This handler sits in front of netty-socketio's websocket transport. When a client's
 * websocket probe arrives it sends, every {@value #PERIOD_MS} ms until the client has switched to the websocket
 * (or {@value #GIVE_UP_MS} ms have passed), a NOOP on the client's polling transport if nothing else is queued
 * there, so that whichever poll the client waits on returns promptly.
 * <p>
 * A response that the client never sees although the server sent it on the polling transport is another bug,
 * in the payload encoding: see {@link PollingPayloadEncoder}.
 */
@Sharable
final class UpgradeNoopPump extends ChannelInboundHandlerAdapter {

    static final long PERIOD_MS = 50;
    static final long GIVE_UP_MS = 10_000;

    private static final AttributeKey<UUID> SESSION_ID = AttributeKey.valueOf("csta-sim-upgrading-sid");
    private static final AttributeKey<ScheduledFuture<?>> PUMP = AttributeKey.valueOf("csta-sim-noop-pump");

    private final Function<UUID, SocketIOClient> clients;

    /**
     * @param clients finds a connected client by its session id
     */
    UpgradeNoopPump(Function<UUID, SocketIOClient> clients) {
        this.clients = clients;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (msg instanceof FullHttpRequest request) {
            rememberWebsocketSession(ctx, request);
        } else if (msg instanceof TextWebSocketFrame frame) {
            String text = frame.text();
            if (text.equals("2probe")) {
                startPumping(ctx);
            } else if (text.equals("5")) {
                stopPumping(ctx);
            }
        }
        super.channelRead(ctx, msg);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        stopPumping(ctx);
        super.channelInactive(ctx);
    }

    private static void rememberWebsocketSession(ChannelHandlerContext ctx, FullHttpRequest request) {
        QueryStringDecoder query = new QueryStringDecoder(request.uri());
        List<String> transport = query.parameters().get("transport");
        List<String> sid = query.parameters().get("sid");
        if (transport != null && transport.contains("websocket") && sid != null && !sid.isEmpty()) {
            try {
                ctx.channel().attr(SESSION_ID).set(UUID.fromString(sid.get(0)));
            } catch (IllegalArgumentException e) {
                // not one of our session ids; netty-socketio refuses the request itself
            }
        }
    }

    private void startPumping(ChannelHandlerContext ctx) {
        UUID sessionId = ctx.channel().attr(SESSION_ID).get();
        if (sessionId == null) {
            return; // a websocket opened directly, without polling first: nothing to unblock
        }
        long giveUpAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(GIVE_UP_MS);
        ScheduledFuture<?> pump = ctx.executor().scheduleAtFixedRate(() -> {
            if (!pumpOnce(sessionId) || System.nanoTime() - giveUpAt > 0 || !ctx.channel().isActive()) {
                stopPumping(ctx);
            }
        }, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
        ScheduledFuture<?> previous = ctx.channel().attr(PUMP).getAndSet(pump);
        if (previous != null) {
            previous.cancel(false);
        }
    }

    /** Sends one NOOP to the client's polling transport; {@code false} once the upgrade is over. */
    private boolean pumpOnce(UUID sessionId) {
        SocketIOClient client = clients.apply(sessionId);
        if (!(client instanceof NamespaceClient namespaceClient) || client.getTransport() != Transport.POLLING) {
            return false;
        }
        ClientHead head = namespaceClient.getBaseClient();
        if (head.getPacketsQueue(Transport.POLLING).isEmpty()) {
            head.send(new Packet(PacketType.NOOP, head.getEngineIOVersion()), Transport.POLLING);
        }
        return true;
    }

    private static void stopPumping(ChannelHandlerContext ctx) {
        ScheduledFuture<?> pump = ctx.channel().attr(PUMP).getAndSet(null);
        if (pump != null) {
            pump.cancel(false);
        }
    }
}
