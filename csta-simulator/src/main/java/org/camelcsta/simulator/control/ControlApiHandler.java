package org.camelcsta.simulator.control;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.QueryStringDecoder;
import org.camelcsta.simulator.transport.http.JsonReplies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One control API request. The simulator's Java API waits for the PBX thread, so the work is moved off the
 * Netty I/O thread first, onto the control server's own threads.
 */
final class ControlApiHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

    private static final Logger LOG = LoggerFactory.getLogger(ControlApiHandler.class);

    private final ControlRoutes routes;
    private final Executor workers;

    ControlApiHandler(ControlRoutes routes, Executor workers) {
        this.routes = routes;
        this.workers = workers;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        String path = new QueryStringDecoder(request.uri()).path();
        byte[] body = ByteBufUtil.getBytes(request.content());
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        CompletableFuture.supplyAsync(() -> routes.route(request.method(), path, body), workers)
                .whenComplete((reply, failure) -> {
                    ControlReply answer = failure == null ? reply
                            : ControlReply.error(HttpResponseStatus.INTERNAL_SERVER_ERROR, failure.toString());
                    write(ctx, answer, keepAlive);
                });
    }

    private void write(ChannelHandlerContext ctx, ControlReply reply, boolean keepAlive) {
        byte[] json;
        try {
            json = routes.mapper().writeValueAsBytes(reply.body());
        } catch (JsonProcessingException e) {
            LOG.error("cannot write control API reply", e);
            json = "{\"error\":\"cannot write the reply\"}".getBytes(StandardCharsets.UTF_8);
        }
        JsonReplies.write(ctx, reply.status(), json, keepAlive);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("control API connection failed: {}", cause.toString());
        ctx.close();
    }
}
