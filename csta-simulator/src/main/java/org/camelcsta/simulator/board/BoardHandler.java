package org.camelcsta.simulator.board;

import java.nio.charset.StandardCharsets;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.util.ReferenceCountUtil;
import org.camelcsta.simulator.transport.http.JsonReplies;

/**
 * Serves the board on the control port: {@code GET /} (the page, its {@code /board.css} and {@code /board.js})
 * and {@code GET /board/events} (the live feed, as server-sent events). Every other request goes on to the
 * control API, which the page's buttons call. No CORS header is sent: only pages of the control port itself
 * may read its answers.
 */
@ChannelHandler.Sharable
final class BoardHandler extends ChannelInboundHandlerAdapter {

    /** The path of the live feed. */
    static final String FEED_PATH = "/board/events";

    /** Scripts and styles from this origin only, no inline code: data can never become markup or script. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; "
            + "style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; "
            + "frame-ancestors 'none'";

    private static final byte[] USE_GET = "{\"error\":\"use GET\"}".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TOO_MANY_PAGES = "{\"error\":\"too many board pages are open; close one\"}"
            .getBytes(StandardCharsets.US_ASCII);

    private final BoardAssets assets;
    private final BoardFeed feed;

    BoardHandler(BoardAssets assets, BoardFeed feed) {
        this.assets = assets;
        this.feed = feed;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof FullHttpRequest request)) {
            ctx.fireChannelRead(msg);
            return;
        }
        String path = new QueryStringDecoder(request.uri()).path();
        BoardAssets.Asset asset = assets.at(path);
        if (asset == null && !path.equals(FEED_PATH)) {
            ctx.fireChannelRead(msg);
            return;
        }
        try {
            boolean keepAlive = HttpUtil.isKeepAlive(request);
            if (!request.method().equals(HttpMethod.GET)) {
                JsonReplies.write(ctx, HttpResponseStatus.METHOD_NOT_ALLOWED, USE_GET, keepAlive);
            } else if (asset != null) {
                serve(ctx, asset, keepAlive);
            } else {
                openFeed(ctx);
            }
        } finally {
            ReferenceCountUtil.release(msg);
        }
    }

    private static void serve(ChannelHandlerContext ctx, BoardAssets.Asset asset, boolean keepAlive) {
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK,
                Unpooled.wrappedBuffer(asset.bytes()));
        secure(response.headers())
                .set(HttpHeaderNames.CONTENT_TYPE, asset.contentType())
                .setInt(HttpHeaderNames.CONTENT_LENGTH, asset.bytes().length);
        if (keepAlive) {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
            ctx.writeAndFlush(response);
        } else {
            ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        }
    }

    private void openFeed(ChannelHandlerContext ctx) {
        if (!feed.add(ctx.channel())) {
            FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                    HttpResponseStatus.SERVICE_UNAVAILABLE, Unpooled.wrappedBuffer(TOO_MANY_PAGES));
            secure(response.headers()).set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON)
                    .setInt(HttpHeaderNames.CONTENT_LENGTH, TOO_MANY_PAGES.length);
            ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
            return;
        }
        HttpResponse response = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);
        secure(response.headers())
                .set(HttpHeaderNames.CONTENT_TYPE, "text/event-stream; charset=UTF-8")
                .set(HttpHeaderNames.CACHE_CONTROL, HttpHeaderValues.NO_CACHE);
        HttpUtil.setTransferEncodingChunked(response, true);
        ctx.writeAndFlush(response);
    }

    private static HttpHeaders secure(HttpHeaders headers) {
        return headers
                .set(HttpHeaderNames.CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY)
                .set("X-Content-Type-Options", "nosniff")
                .set("Referrer-Policy", "no-referrer")
                .set(HttpHeaderNames.CACHE_CONTROL, HttpHeaderValues.NO_CACHE);
    }
}
