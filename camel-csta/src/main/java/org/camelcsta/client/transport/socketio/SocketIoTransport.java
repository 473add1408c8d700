package org.camelcsta.client.transport.socketio;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import io.socket.client.IO;
import io.socket.client.Socket;
import io.socket.engineio.client.transports.WebSocket;
import okhttp3.OkHttpClient;
import org.camelcsta.client.CstaConnectionException;
import org.camelcsta.client.SessionSettings;
import org.camelcsta.client.transport.Transport;
import org.camelcsta.client.transport.TransportListener;
import org.camelcsta.protocol.CstaDecodeException;
import org.camelcsta.protocol.codec.JsonCodec;
import org.camelcsta.protocol.model.GenericMessage;
import org.json.JSONException;
import org.json.JSONObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The provider's socket.io interface (port 7003, Engine.IO v3 as in socket.io 1.x/2.x): the client sends
 * each request with {@code send} (the {@code message} event), the server emits every reply and event as
 * {@code message} too, a {@code {"Name": {...}}} object. Websocket only: long polling mangles non-ASCII
 * text between socket.io 1.x and 2.x. The library's own reconnection is off; the session reconnects.
 * <p>
 * The library runs all listeners on one JVM-wide thread, so a message is decoded and handed to the
 * session's queues at once, never processed there.
 */
public final class SocketIoTransport implements Transport {

    private static final Logger LOG = LoggerFactory.getLogger(SocketIoTransport.class);

    private final SessionSettings settings;
    private final OkHttpClient http;
    private final JsonCodec json;
    private final ReadPause pause = new ReadPause();
    private volatile Socket socket;

    public SocketIoTransport(SessionSettings settings, OkHttpClient http, JsonCodec json) {
        this.settings = settings;
        this.http = http;
        this.json = json;
    }

    @Override
    public CompletableFuture<Void> connect(TransportListener listener) {
        String address = "http://" + settings.host() + ":" + settings.effectivePort();
        CompletableFuture<Void> connected = new CompletableFuture<>();
        IO.Options options = new IO.Options();
        options.transports = new String[] { WebSocket.NAME };
        options.forceNew = true;
        options.reconnection = false;
        options.timeout = settings.connectTimeout().toMillis();
        options.webSocketFactory = new PausableWebSocketFactory(http, pause, settings.maxFrameSize());
        Socket client = IO.socket(URI.create(address), options);
        AtomicBoolean closed = new AtomicBoolean();
        client.on(Socket.EVENT_CONNECT, args -> connected.complete(null));
        client.on(Socket.EVENT_CONNECT_ERROR, args -> connected.completeExceptionally(
                new CstaConnectionException("cannot connect to " + address + ": " + describe(args))));
        client.on(Socket.EVENT_CONNECT_TIMEOUT, args -> connected.completeExceptionally(
                new CstaConnectionException("cannot connect to " + address + ": timed out")));
        client.on(Socket.EVENT_MESSAGE, args -> {
            for (Object arg : args) {
                deliver(arg, listener, address);
            }
        });
        client.on(Socket.EVENT_DISCONNECT, args -> {
            if (closed.compareAndSet(false, true)) {
                listener.onClosed(new CstaConnectionException("socket.io connection to " + address + " closed ("
                                                              + describe(args) + ")"));
            }
        });
        socket = client;
        client.connect();
        return connected;
    }

    private void deliver(Object arg, TransportListener listener, String address) {
        try {
            listener.onMessage(json.decodeGeneric(arg.toString()));
        } catch (CstaDecodeException e) {
            LOG.warn("Skipped a message from {} that cannot be read ({}): {}", address, e.getReason(), e.getMessage());
        }
    }

    @Override
    public CompletableFuture<Void> send(GenericMessage message) {
        Socket client = socket;
        if (client == null || !client.connected()) {
            return CompletableFuture.failedFuture(new CstaConnectionException("not connected"));
        }
        try {
            client.send(new JSONObject(json.encode(message)));
            return CompletableFuture.completedFuture(null);
        } catch (JSONException e) {
            return CompletableFuture.failedFuture(new CstaConnectionException("cannot send " + message.name(), e));
        }
    }

    @Override
    public void setReading(boolean reading) {
        pause.set(reading);
    }

    @Override
    public void close() {
        pause.set(true); // let a held reader thread finish
        Socket client = socket;
        if (client != null) {
            client.close();
        }
    }

    private static String describe(Object[] args) {
        return args.length == 0 || args[0] == null ? "no reason given" : String.valueOf(args[0]);
    }
}
