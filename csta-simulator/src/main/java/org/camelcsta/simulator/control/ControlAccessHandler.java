package org.camelcsta.simulator.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.util.ReferenceCountUtil;
import org.camelcsta.simulator.transport.http.JsonReplies;

/**
 * The control port's door, in front of the board and the control API. The simulator sends no CORS header, so a web
 * page of another site cannot read its answers; this handler makes sure such a page cannot change anything either:
 * <ul>
 * <li>On a loopback-only server without a token, a request must name a loopback host: a page that re-points its own
 * name at 127.0.0.1 (DNS rebinding) is refused, reads included.</li>
 * <li>A write (any method but GET, HEAD and OPTIONS) must come from the same origin ({@code Origin} and
 * {@code Sec-Fetch-Site}, where a browser sends them), be sent as {@code application/json} (which a page of another
 * site cannot send without a CORS preflight, which fails), and, with a token, carry
 * {@code Authorization: Bearer <token>}.</li>
 * </ul>
 */
@ChannelHandler.Sharable
final class ControlAccessHandler extends ChannelInboundHandlerAdapter {

    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127(\\.\\d{1,3}){3}");
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "[::1]");
    private static final Set<String> SAME_SITE_FETCHES = Set.of("same-origin", "none");
    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    /** The SHA-256 of the token, so that a comparison takes the same time whatever the guess. {@code null}: none. */
    private final byte[] tokenDigest;
    private final boolean loopbackOnly;

    /**
     * @param token        the token writes must carry, or {@code null}
     * @param loopbackOnly whether the server listens on the loopback address only
     */
    ControlAccessHandler(String token, boolean loopbackOnly) {
        this.tokenDigest = token == null ? null : sha256(token);
        this.loopbackOnly = loopbackOnly;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof FullHttpRequest request)) {
            ctx.fireChannelRead(msg);
            return;
        }
        Refusal refusal = refusal(request);
        if (refusal == null) {
            ctx.fireChannelRead(msg);
            return;
        }
        try {
            byte[] body = ("{\"error\":\"" + refusal.reason() + "\"}").getBytes(StandardCharsets.US_ASCII);
            JsonReplies.write(ctx, refusal.status(), body, HttpUtil.isKeepAlive(request));
        } finally {
            ReferenceCountUtil.release(msg);
        }
    }

    /** Why the request is refused; the reasons are constants, never the request's own text. */
    private record Refusal(HttpResponseStatus status, String reason) {
    }

    private Refusal refusal(FullHttpRequest request) {
        HttpHeaders headers = request.headers();
        String host = headers.get(HttpHeaderNames.HOST);
        if (loopbackOnly && tokenDigest == null && !isLoopbackName(host)) {
            return new Refusal(HttpResponseStatus.FORBIDDEN, "this simulator answers requests for localhost only");
        }
        if (READS.contains(request.method())) {
            return null;
        }
        String fetchSite = headers.get("Sec-Fetch-Site");
        String origin = headers.get(HttpHeaderNames.ORIGIN);
        if ((fetchSite != null && !SAME_SITE_FETCHES.contains(fetchSite.trim().toLowerCase(Locale.ROOT)))
                || (origin != null && (host == null || !origin.equalsIgnoreCase("http://" + host)))) {
            return new Refusal(HttpResponseStatus.FORBIDDEN, "cross-origin writes are refused");
        }
        String contentType = headers.get(HttpHeaderNames.CONTENT_TYPE);
        if (contentType == null || !HttpUtil.getMimeType(contentType).toString().trim()
                .equalsIgnoreCase("application/json")) {
            return new Refusal(HttpResponseStatus.UNSUPPORTED_MEDIA_TYPE,
                    "send writes with Content-Type: application/json");
        }
        if (tokenDigest != null && !tokenMatches(headers.get(HttpHeaderNames.AUTHORIZATION))) {
            return new Refusal(HttpResponseStatus.UNAUTHORIZED, "send the control token as Authorization: Bearer");
        }
        return null;
    }

    private boolean tokenMatches(String authorization) {
        String prefix = "Bearer ";
        return authorization != null && authorization.regionMatches(true, 0, prefix, 0, prefix.length())
                && MessageDigest.isEqual(tokenDigest, sha256(authorization.substring(prefix.length()).trim()));
    }

    /** Names are not resolved: a rebound name resolves to 127.0.0.1 too. */
    private static boolean isLoopbackName(String hostHeader) {
        if (hostHeader == null) {
            return false;
        }
        String host = hostHeader.trim().toLowerCase(Locale.ROOT);
        int port = host.lastIndexOf(':');
        if (port > host.lastIndexOf(']')) {
            host = host.substring(0, port);
        }
        return LOOPBACK_NAMES.contains(host) || IPV4_LOOPBACK.matcher(host).matches();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
