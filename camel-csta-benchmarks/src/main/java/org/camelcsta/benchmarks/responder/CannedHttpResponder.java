package org.camelcsta.benchmarks.responder;

import java.nio.charset.StandardCharsets;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpVersion;

/**
 * {@link CannedResponder} for the GET interface: answers every {@code GET /csta/?Command[...]=...} at once with a
 * canned positive JSON reply echoing {@code Command[privateData][requestID]}, keeping the connection open. It
 * reads the command's name and requestID from the request line instead of decoding the query, and flushes once
 * per read. One I/O thread.
 */
public final class CannedHttpResponder implements Responder {

    private static final String PATH = "/csta/?";
    private static final String REQUEST_ID = "[privateData][requestID]=";

    private LoopbackServer server;

    private CannedHttpResponder() {
    }

    /** Starts a responder on an ephemeral loopback port. */
    public static CannedHttpResponder start() {
        CannedHttpResponder responder = new CannedHttpResponder();
        responder.bind();
        return responder;
    }

    private void bind() {
        server = LoopbackServer.start(ch -> ch.pipeline().addLast(new HttpServerCodec(), new Exchange()));
    }

    @Override
    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.close();
    }

    /** One keep-alive connection: a reply per request line; the (empty) bodies of GETs are passed over. */
    private static final class Exchange extends ReplyingHandler<HttpObject> {

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, HttpObject message) {
            if (!(message instanceof HttpRequest request)) {
                return;
            }
            String uri = request.uri();
            int query = uri.indexOf(PATH);
            int bracket = query < 0 ? -1 : uri.indexOf('[', query);
            HttpResponseStatus status = bracket < 0 ? HttpResponseStatus.BAD_REQUEST : HttpResponseStatus.OK;
            String json = bracket < 0 ? "{}" : CannedJsonReplies.reply(uri.substring(query + PATH.length(), bracket),
                    requestId(uri), null);
            ByteBuf body = ctx.alloc().buffer(json.length());
            body.writeCharSequence(json, StandardCharsets.UTF_8);
            FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, body);
            response.headers()
                    .set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON)
                    .setInt(HttpHeaderNames.CONTENT_LENGTH, body.readableBytes());
            reply(ctx, response);
        }

        /** The requestID's value, which the client sends percent-encoded (digits need none). */
        private static String requestId(String uri) {
            int start = uri.indexOf(REQUEST_ID);
            if (start < 0) {
                return null;
            }
            start += REQUEST_ID.length();
            int end = uri.indexOf('&', start);
            return uri.substring(start, end < 0 ? uri.length() : end);
        }
    }
}
