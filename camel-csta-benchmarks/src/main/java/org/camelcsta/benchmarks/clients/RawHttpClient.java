package org.camelcsta.benchmarks.clients;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.camelcsta.protocol.codec.JsonCodec;
import org.camelcsta.protocol.codec.MessageBinder;
import org.camelcsta.protocol.codec.OutgoingMessage;
import org.camelcsta.protocol.codec.QueryCodec;
import org.camelcsta.protocol.model.CstaMessage;
import org.camelcsta.protocol.model.CstaRequest;

/**
 * The HTTP GET limit: Apache HttpClient 5's async client set up as camel-csta's (one I/O thread, 64 pooled
 * connections, no cookies) with camel-csta's {@link QueryCodec} for the request and {@link JsonCodec} and
 * {@link MessageBinder} for the reply, the credentials in headers, the reply completed on the client's I/O
 * thread. No timeouts, no size check, no hand-off.
 */
public final class RawHttpClient implements RawClient {

    private static final int MAX_CONNECTIONS = 64;

    private final MessageBinder binder = MessageBinder.standard();
    private final QueryCodec query = new QueryCodec();
    private final JsonCodec json = new JsonCodec(binder);
    private final AtomicLong ids = new AtomicLong();
    private final HttpHost host;
    private final CloseableHttpAsyncClient client;

    public RawHttpClient(int port) {
        host = new HttpHost("http", "127.0.0.1", port);
        client = HttpAsyncClients.custom()
                .setIOReactorConfig(IOReactorConfig.custom().setIoThreadCount(1).build())
                .setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                        .setMaxConnPerRoute(MAX_CONNECTIONS)
                        .setMaxConnTotal(MAX_CONNECTIONS)
                        .build())
                .disableCookieManagement()
                .build();
        client.start();
    }

    @Override
    public CompletableFuture<CstaMessage> request(CstaRequest request) {
        String id = Long.toString(ids.incrementAndGet());
        SimpleHttpRequest get = SimpleRequestBuilder.get()
                .setHttpHost(host)
                .setPath("/csta/?" + query.encode(new OutgoingMessage(request, id, null, Map.of())))
                .addHeader("username", "bench")
                .addHeader("password", "bench")
                .addHeader("pbxdomain", "bench.pbx")
                .build();
        CompletableFuture<CstaMessage> reply = new CompletableFuture<>();
        client.execute(get, new FutureCallback<>() {
            @Override
            public void completed(SimpleHttpResponse response) {
                try {
                    reply.complete(binder.bind(json.decodeGeneric(response.getBodyBytes())));
                } catch (RuntimeException e) {
                    reply.completeExceptionally(e);
                }
            }

            @Override
            public void failed(Exception e) {
                reply.completeExceptionally(e);
            }

            @Override
            public void cancelled() {
                reply.cancel(false);
            }
        });
        return reply;
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }
}
