package org.camelcsta.client.transport.http;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;

import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.client5.http.ssl.DefaultHostnameVerifier;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.Message;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.nio.support.BasicResponseConsumer;
import org.apache.hc.core5.http.ssl.TLS;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.ssl.SSLContexts;
import org.apache.hc.core5.util.Timeout;
import org.camelcsta.client.CstaConnectionException;
import org.camelcsta.client.SessionSettings;
import org.camelcsta.client.TransportType;
import org.camelcsta.client.transport.CauseText;
import org.camelcsta.client.transport.ReadMode;
import org.camelcsta.client.transport.Transport;
import org.camelcsta.client.transport.TransportListener;
import org.camelcsta.protocol.CstaDecodeException;
import org.camelcsta.protocol.CstaEncodeException;
import org.camelcsta.protocol.CstaException;
import org.camelcsta.protocol.codec.JsonCodec;
import org.camelcsta.protocol.codec.OutgoingMessage;
import org.camelcsta.protocol.codec.QueryCodec;
import org.camelcsta.protocol.model.GenericMessage;

/**
 * The provider's GET interface (ports 7005 and 7006): one HTTP request per message at
 * {@code /csta/?Command[field]=value}, the credentials in the headers {@code username}, {@code password}
 * and {@code pbxdomain} of every request, a JSON reply. Stateless, so there is nothing to log in to and
 * no events; the reply is handed to the session as if it had come on a connection, carrying the request's
 * id so that correlation works as on the other transports.
 */
public final class HttpGetTransport implements Transport {

    private static final String PATH = "/csta/";
    /** Requests in flight at once; HttpClient's default of five per host would queue a busy route's calls. */
    private static final int MAX_CONNECTIONS = 64;
    /**
     * How much longer than the session an exchange waits for its reply, so that the session's timeout is the one seen
     * (it cancels the exchange); a backstop.
     */
    private static final Duration REPLY_MARGIN = Duration.ofSeconds(1);
    /** A reply's head is bounded as its body is: HttpClient's defaults read header lines and headers without end. */
    private static final Http1Config HEAD_LIMITS = Http1Config.custom().setMaxLineLength(8192).setMaxHeaderCount(100)
            .build();

    private final SessionSettings settings;
    private final QueryCodec query;
    private final JsonCodec json;
    private Map<String, String> headers;
    private CloseableHttpAsyncClient client;
    private TransportListener listener;

    public HttpGetTransport(SessionSettings settings, QueryCodec query, JsonCodec json) {
        this.settings = settings;
        this.query = query;
        this.json = json;
    }

    @Override
    public synchronized CompletableFuture<Void> connect(TransportListener listener) {
        try {
            headers = credentialHeaders(settings);
        } catch (CstaException e) {
            return CompletableFuture.failedFuture(e);
        }
        this.listener = listener;
        SSLContext ssl = settings.sslContext() != null ? settings.sslContext() : SSLContexts.createSystemDefault();
        // HttpClient checks the name itself: a TLS context from Camel's SSLContextParameters need not apply
        // the JSSE endpoint identification that HttpClient would otherwise rely on
        // TLS 1.2 and 1.3 only, whatever the JVM or the given context would also allow
        ClientTlsStrategyBuilder tls = ClientTlsStrategyBuilder.create().setSslContext(ssl)
                .setTlsVersions(TLS.V_1_3, TLS.V_1_2)
                .setHostVerificationPolicy(HostnameVerificationPolicy.CLIENT)
                .setHostnameVerifier(settings.verifyHostname() ? new DefaultHostnameVerifier() : NoopHostnameVerifier.INSTANCE);
        Timeout connectTimeout = Timeout.of(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
        client = HttpAsyncClients.custom()
                .setIOReactorConfig(IOReactorConfig.custom().setIoThreadCount(1).build())
                .setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                        .setTlsStrategy(tls.build())
                        // the socket timeout is set per request, from the reply timeout
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(connectTimeout).build())
                        .setMaxConnPerRoute(MAX_CONNECTIONS)
                        .setMaxConnTotal(MAX_CONNECTIONS)
                        .build())
                .setHttp1Config(HEAD_LIMITS)
                .disableCookieManagement()
                // a CSTA GET places calls: never sent twice, whatever HttpClient takes for retriable
                .disableAutomaticRetries()
                // a redirect would carry the credentials' headers, and the call, to whatever host it names
                .disableRedirectHandling()
                .build();
        client.start();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> send(OutgoingMessage message, Duration replyTimeout) {
        String path;
        try {
            path = PATH + "?" + query.encode(message);
        } catch (CstaEncodeException e) {
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<Void> answered = new CompletableFuture<>();
        CloseableHttpAsyncClient http;
        TransportListener target;
        synchronized (this) {
            http = client;
            target = listener;
        }
        if (http == null) {
            answered.completeExceptionally(new CstaConnectionException("not connected"));
            return answered;
        }
        boolean https = settings.transport() == TransportType.HTTPS;
        SimpleRequestBuilder builder = SimpleRequestBuilder.get()
                .setHttpHost(new HttpHost(https ? "https" : "http", settings.host(), settings.effectivePort()))
                // the path is sent as it is: the provider's query keeps its brackets unescaped
                .setPath(path);
        headers.forEach(builder::addHeader);
        // a backstop: when its own timeout fails the caller, the session cancels the exchange, which frees its connection
        Timeout waitForReply = Timeout.of(replyTimeout.plus(REPLY_MARGIN).toMillis(), TimeUnit.MILLISECONDS);
        builder.setRequestConfig(RequestConfig.custom().setResponseTimeout(waitForReply).build());
        SimpleHttpRequest request = builder.build();
        String where = (https ? "https://" : "http://") + settings.host() + ":" + settings.effectivePort() + PATH;
        try {
            execute(http, request, message, where, target, answered);
        } catch (RuntimeException e) {
            // a client closed meanwhile refuses at once
            answered.completeExceptionally(new CstaConnectionException(message.name() + " to " + where + " failed: "
                    + CauseText.of(e), e));
        }
        return answered;
    }

    private void execute(CloseableHttpAsyncClient http, SimpleHttpRequest request, OutgoingMessage message, String where,
                         TransportListener target, CompletableFuture<Void> answered) {
        FutureCallback<Message<HttpResponse, byte[]>> handler = new FutureCallback<>() {
            @Override
            public void completed(Message<HttpResponse, byte[]> response) {
                try {
                    byte[] body = response.getBody();
                    target.onMessage(reply(message, response.getHead().getCode(), body, where),
                            body == null ? 0 : body.length);
                    target.onReadComplete();
                    answered.complete(null);
                } catch (CstaException e) {
                    answered.completeExceptionally(e);
                }
            }

            @Override
            public void failed(Exception e) {
                answered.completeExceptionally(new CstaConnectionException(message.name() + " to " + where + " failed: "
                        + CauseText.of(e), e));
            }

            @Override
            public void cancelled() {
                answered.completeExceptionally(new CstaConnectionException(message.name() + " to " + where + " was cancelled"));
            }
        };
        // the body is read up to the frame limit, not buffered whole and then refused
        Future<Message<HttpResponse, byte[]>> exchange = http.execute(SimpleRequestProducer.create(request),
                new BasicResponseConsumer<>(new CappedBody(settings.maxFrameSize())), handler);
        answered.whenComplete((ignored, error) -> {
            if (error instanceof CancellationException) {
                exchange.cancel(true); // abandoned by the session: not sent if it still waits for a connection
            }
        });
    }

    /** A JSON message is the reply whatever the status (a CSTAErrorCode may come with 401 or 403). */
    private GenericMessage reply(OutgoingMessage request, int status, byte[] body, String where) {
        GenericMessage reply;
        try {
            if (body == null || body.length == 0) {
                throw new CstaDecodeException(CstaDecodeException.Reason.EMPTY, "empty body");
            }
            reply = json.decodeGeneric(body);
        } catch (CstaDecodeException e) {
            throw new CstaConnectionException("HTTP " + status + " from " + where + " without a CSTA reply ("
                                              + CauseText.of(e) + ")", e);
        }
        // the exchange is the request's own: whatever id the server echoes, the reply is this request's
        String requestId = request.requestId() != null ? request.requestId() : request.message().requestId();
        return requestId == null || requestId.equals(reply.requestId()) ? reply : reply.withRequestId(requestId);
    }

    @Override
    public void setReading(ReadMode mode) {
        // replies come one per request: nothing to pause
    }

    @Override
    public synchronized void close() {
        if (client != null) {
            client.close(CloseMode.GRACEFUL);
            client = null;
        }
    }

    /** Header values with CR or LF could inject headers; they are refused before anything is sent. */
    private static Map<String, String> credentialHeaders(SessionSettings settings) {
        Map<String, String> headers = new LinkedHashMap<>();
        putHeader(headers, "username", settings.username());
        putHeader(headers, "password", settings.password());
        putHeader(headers, "pbxdomain", settings.pbxDomain());
        return headers;
    }

    private static void putHeader(Map<String, String> headers, String name, String value) {
        if (value == null) {
            return;
        }
        if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            throw new CstaException("the value of the " + name + " header contains CR or LF; refused");
        }
        headers.put(name, value);
    }
}
