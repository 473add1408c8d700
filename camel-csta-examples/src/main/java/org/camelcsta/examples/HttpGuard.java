package org.camelcsta.examples;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.component.platform.http.vertx.HttpMessage;

/**
 * The door of every HTTP route of the examples: the route's first step is {@code .process(HttpGuard.BEAN)}.
 * <ul>
 * <li>Bound to the loopback address ({@code camel.server.host=127.0.0.1}, the default) and without a token, only
 * requests that name a loopback host pass: a web page that re-points its own name at 127.0.0.1 (DNS rebinding) is
 * refused.</li>
 * <li>With a token ({@code examples.http.token}), every request must carry {@code Authorization: Bearer <token>};
 * binding any other address without one is refused at start, by {@link #of}.</li>
 * <li>A browser's cross-site request is refused whatever the token: its {@code Origin} must be the server's own, and
 * its {@code Sec-Fetch-Site}, where sent, {@code same-origin} or {@code none}.</li>
 * </ul>
 * The body's size is limited by the server itself ({@code camel.server.max-body-size}), before any route runs.
 */
final class HttpGuard implements Processor {

    /** The registry name routes use. */
    static final String BEAN = "httpGuard";

    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127(\\.\\d{1,3}){3}");
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "[::1]");
    private static final Set<String> SAME_SITE_FETCHES = Set.of("same-origin", "none");

    /** The SHA-256 of the token: digests of one length compare in constant time. {@code null}: no token. */
    private final byte[] tokenDigest;

    private HttpGuard(String token) {
        this.tokenDigest = token.isEmpty() ? null : sha256(token);
    }

    /**
     * The guard for the configured server.
     *
     * @throws IllegalStateException where the server would listen beyond the loopback address without a token
     */
    static HttpGuard of(ExamplesSettings settings) {
        String host = settings.httpHost();
        String token = settings.httpToken();
        if (token.isEmpty() && !isLoopback(host)) {
            throw new IllegalStateException("camel.server.host=" + (host.isEmpty() ? "(every address)" : host)
                    + " would let anyone who reaches the port place calls on your PBX. Set an access token in "
                    + "examples.http.token (e.g. from the environment: EXAMPLES_HTTP_TOKEN) that clients send as "
                    + "'Authorization: Bearer <token>', or keep camel.server.host=127.0.0.1");
        }
        return new HttpGuard(token);
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Message request = exchange.getMessage();
        String host = requestedHost(request);
        String refusal = tokenDigest == null ? refusedHost(host) : null;
        if (refusal == null) {
            refusal = refusedOrigin(request, host);
        }
        if (refusal != null) {
            HttpReply.error(exchange, 403, "forbidden", refusal);
            exchange.setRouteStop(true);
            return;
        }
        if (tokenDigest != null && !tokenMatches(request.getHeader("Authorization", String.class))) {
            HttpReply.error(exchange, 401, "unauthorized", "send the access token as 'Authorization: Bearer <token>'");
            request.setHeader("WWW-Authenticate", "Bearer");
            exchange.setRouteStop(true);
            return;
        }
        // the credential has done its job; nothing later needs it
        request.removeHeader("Authorization");
    }

    private boolean tokenMatches(String authorization) {
        String prefix = "Bearer ";
        if (authorization == null || !authorization.regionMatches(true, 0, prefix, 0, prefix.length())) {
            return false;
        }
        return MessageDigest.isEqual(tokenDigest, sha256(authorization.substring(prefix.length()).trim()));
    }

    /**
     * The host and port the request names (HTTP/1.1 {@code Host}, HTTP/2 {@code :authority}): from the Vert.x request,
     * as Camel does not copy {@code Host} to the message.
     */
    private static String requestedHost(Message request) {
        if (request instanceof HttpMessage http) {
            io.vertx.core.net.HostAndPort authority = http.getRequest().authority();
            if (authority == null) {
                return null;
            }
            String host = authority.host().contains(":") ? "[" + authority.host() + "]" : authority.host();
            return authority.port() >= 0 ? host + ":" + authority.port() : host;
        }
        return request.getHeader("Host", String.class);
    }

    /** Why a request naming this host is refused on a loopback-only server, or {@code null}. */
    private static String refusedHost(String hostHeader) {
        if (hostHeader == null) {
            return "the request names no Host";
        }
        String host = hostHeader.trim().toLowerCase(Locale.ROOT);
        int port = host.lastIndexOf(':');
        if (port > host.lastIndexOf(']')) {
            host = host.substring(0, port);
        }
        // names are not resolved: a rebound name resolves to 127.0.0.1 too
        return LOOPBACK_NAMES.contains(host) || IPV4_LOOPBACK.matcher(host).matches() ? null
                : "this server answers requests for localhost only; set examples.http.token to serve other names";
    }

    /** Why a browser's request from another site is refused, or {@code null}. */
    private static String refusedOrigin(Message request, String host) {
        String fetchSite = request.getHeader("Sec-Fetch-Site", String.class);
        if (fetchSite != null && !SAME_SITE_FETCHES.contains(fetchSite.trim().toLowerCase(Locale.ROOT))) {
            return "cross-site requests are refused";
        }
        String origin = request.getHeader("Origin", String.class);
        if (origin != null && (host == null || !(origin.equalsIgnoreCase("http://" + host)
                || origin.equalsIgnoreCase("https://" + host)))) {
            return "cross-origin requests are refused";
        }
        return null;
    }

    private static boolean isLoopback(String host) {
        if (host.isEmpty()) {
            return false; // the server's default: every address
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException("camel.server.host=" + host + " is not an address of this machine", e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
