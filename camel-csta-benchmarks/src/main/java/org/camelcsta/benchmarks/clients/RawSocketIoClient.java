package org.camelcsta.benchmarks.clients;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import io.socket.client.IO;
import io.socket.client.Socket;
import io.socket.engineio.client.transports.WebSocket;
import okhttp3.OkHttpClient;
import org.camelcsta.protocol.codec.JsonCodec;
import org.camelcsta.protocol.codec.MessageBinder;
import org.camelcsta.protocol.codec.OutgoingMessage;
import org.camelcsta.protocol.model.CstaEvent;
import org.camelcsta.protocol.model.CstaMessage;
import org.camelcsta.protocol.model.CstaRequest;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.MessageTypes;
import org.camelcsta.protocol.model.StartApplicationSession;
import org.json.JSONObject;

/**
 * The socket.io limit: the same io.socket client (websocket only, over OkHttp) with camel-csta's
 * {@link JsonCodec} and {@link MessageBinder}, requests sent with {@code send} and matched to the
 * {@code message} events that answer them by requestID in a map, events bound and handed to a callback on the
 * library's event thread. Nothing else: no login state, timeouts, reconnect, back-pressure or hand-off.
 */
public final class RawSocketIoClient implements RawClient {

    private final OkHttpClient http = new OkHttpClient();
    private final MessageBinder binder = MessageBinder.standard();
    private final JsonCodec codec = new JsonCodec(binder);
    private final Map<String, CompletableFuture<CstaMessage>> inFlight = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final Consumer<CstaEvent> events;
    private Socket socket;

    /** @param events receives every event, on the library's event thread */
    public RawSocketIoClient(Consumer<CstaEvent> events) {
        this.events = events;
    }

    /** Connects and logs in. */
    public RawSocketIoClient connect(int port, Duration timeout) throws Exception {
        IO.Options options = new IO.Options();
        options.transports = new String[] { WebSocket.NAME };
        options.forceNew = true;
        options.reconnection = false;
        options.webSocketFactory = http;
        options.callFactory = http;
        socket = IO.socket(URI.create("http://127.0.0.1:" + port), options);
        CompletableFuture<Void> connected = new CompletableFuture<>();
        socket.on(Socket.EVENT_CONNECT, args -> connected.complete(null));
        socket.on(Socket.EVENT_CONNECT_ERROR, args -> connected.completeExceptionally(
                new IllegalStateException("cannot connect: " + (args.length > 0 ? args[0] : "no reason"))));
        socket.on(Socket.EVENT_MESSAGE, args -> {
            for (Object arg : args) {
                receive(arg);
            }
        });
        socket.on(Socket.EVENT_DISCONNECT, args -> {
            IllegalStateException closed = new IllegalStateException("connection closed");
            inFlight.values().forEach(reply -> reply.completeExceptionally(closed));
            inFlight.clear();
        });
        socket.connect();
        connected.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        request(new StartApplicationSession("bench", "bench", "bench.pbx", 3600)).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** Encoded on the caller's thread; the library sends it from its event thread. */
    @Override
    public CompletableFuture<CstaMessage> request(CstaRequest request) {
        String id = Long.toString(ids.incrementAndGet());
        CompletableFuture<CstaMessage> reply = new CompletableFuture<>();
        inFlight.put(id, reply);
        socket.send(new JSONObject(codec.encode(new OutgoingMessage(request, id, null, Map.of()))));
        return reply;
    }

    private void receive(Object payload) {
        GenericMessage message = codec.decodeGeneric(String.valueOf(payload));
        if (MessageTypes.isEvent(message.name())) {
            events.accept((CstaEvent) binder.bind(message));
            return;
        }
        CompletableFuture<CstaMessage> reply = inFlight.remove(message.requestId());
        if (reply != null) {
            reply.complete(binder.bind(message));
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            socket.close();
        }
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
