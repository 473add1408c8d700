package org.camelcsta.client.transport.socketio;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import io.socket.client.IO;
import io.socket.client.Socket;
import io.socket.engineio.client.transports.WebSocket;
import okhttp3.OkHttpClient;
import org.camelcsta.client.CstaConnectionException;
import org.camelcsta.client.SessionSettings;
import org.camelcsta.client.transport.CauseText;
import org.camelcsta.client.transport.ReadMode;
import org.camelcsta.client.transport.SkippedMessages;
import org.camelcsta.client.transport.Transport;
import org.camelcsta.client.transport.TransportListener;
import org.camelcsta.protocol.CstaDecodeException;
import org.camelcsta.protocol.CstaEncodeException;
import org.camelcsta.protocol.LogText;
import org.camelcsta.protocol.codec.JsonCodec;
import org.camelcsta.protocol.codec.OutgoingMessage;
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
 * <p>
 * Engine.IO's heartbeat replies come on the same websocket as the messages, so a paused reader would let the
 * library close the connection for a "ping timeout". This transport therefore keeps reading while a subscriber
 * is merely behind ({@link ReadMode#PAUSE}), its messages counted against the session's byte budget, and holds
 * the reader only when that budget is spent ({@link ReadMode#STOP}); the end of the connection, whoever ends
 * it, lets a held reader go.
 */
public final class SocketIoTransport implements Transport {

    private static final Logger LOG = LoggerFactory.getLogger(SocketIoTransport.class);

    private final SessionSettings settings;
    private final OkHttpClient http;
    private final JsonCodec json;
    private final ReadPause pause = new ReadPause();
    private final SkippedMessages skipped = new SkippedMessages(LOG);
    private volatile Socket socket;

    public SocketIoTransport(SessionSettings settings, OkHttpClient http, JsonCodec json) {
        this.settings = settings;
        this.http = http;
        this.json = json;
    }

    @Override
    public CompletableFuture<Void> connect(TransportListener listener) {
        URI uri;
        try {
            uri = address();
        } catch (URISyntaxException e) {
            return CompletableFuture.failedFuture(new CstaConnectionException("cannot connect to "
                    + LogText.cap(settings.host()) + ": not a host (" + CauseText.of(e) + ")", e));
        }
        String address = uri.toString();
        PacketDumpFilter.install();
        CompletableFuture<Void> connected = new CompletableFuture<>();
        IO.Options options = new IO.Options();
        options.transports = new String[] { WebSocket.NAME };
        options.forceNew = true;
        options.reconnection = false;
        options.timeout = settings.connectTimeout().toMillis();
        // a message within the limit, which counts characters, takes at most three bytes for each of them
        OkHttpClient limited = http.newBuilder()
                .socketFactory(new MessageLimitedSocketFactory(3L * settings.maxFrameSize())).build();
        options.webSocketFactory = new PausableWebSocketFactory(limited, pause, settings.maxFrameSize());
        Socket client = IO.socket(uri, options);
        AtomicBoolean closed = new AtomicBoolean();
        ReadCompletion readCompletion = new ReadCompletion(listener);
        client.on(Socket.EVENT_CONNECT, args -> connected.complete(null));
        client.on(Socket.EVENT_CONNECT_ERROR, args -> connected.completeExceptionally(
                new CstaConnectionException("cannot connect to " + address + ": " + describe(args))));
        client.on(Socket.EVENT_CONNECT_TIMEOUT, args -> connected.completeExceptionally(
                new CstaConnectionException("cannot connect to " + address + ": timed out")));
        client.on(Socket.EVENT_MESSAGE, args -> {
            for (Object arg : args) {
                deliver(arg, listener, readCompletion, address);
            }
        });
        client.on(Socket.EVENT_DISCONNECT, args -> {
            pause.close();
            if (closed.compareAndSet(false, true)) {
                listener.onClosed(new CstaConnectionException("socket.io connection to " + address + " closed ("
                                                              + describe(args) + ")"));
            }
        });
        socket = client;
        client.connect();
        return connected;
    }

    /**
     * The server's address; a host that is no host name fails here, not in the library. A URI is parsed from its parts
     * put together, so a host that would read as more (user info, a path) is refused rather than followed.
     */
    private URI address() throws URISyntaxException {
        String host = settings.host();
        URI uri = new URI("http", null, host, settings.effectivePort(), null, null, null);
        if (uri.getHost() == null || !unbracketed(host).equals(unbracketed(uri.getHost()))) {
            throw new URISyntaxException(host, "not a host name");
        }
        return uri;
    }

    /** An IPv6 literal as written without its brackets. */
    private static String unbracketed(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private void deliver(Object arg, TransportListener listener, ReadCompletion readCompletion, String address) {
        String text = String.valueOf(arg);
        GenericMessage message;
        try {
            message = json.decodeGeneric(text);
        } catch (CstaDecodeException e) {
            skipped.log("Skipped a message from {} that cannot be read ({}): {}", address, e.getReason(),
                    CauseText.of(e));
            return;
        } catch (RuntimeException e) {
            // one bad message must not reach the library's event thread, which would end the connection
            skipped.log("Skipped a message from {} that cannot be read: {}", address, CauseText.of(e), e);
            return;
        }
        try {
            listener.onMessage(message, text.length());
        } catch (RuntimeException e) {
            skipped.log("Failed to handle a message from {}; the connection stays: {}", address, CauseText.of(e), e);
        } finally {
            readCompletion.messageDelivered();
        }
    }

    @Override
    public CompletableFuture<Void> send(OutgoingMessage message, Duration replyTimeout) {
        JSONObject frame;
        try {
            frame = new JSONObject(json.encode(message));
        } catch (CstaEncodeException e) {
            return CompletableFuture.failedFuture(e);
        } catch (JSONException e) {
            return CompletableFuture.failedFuture(new CstaEncodeException("cannot write " + LogText.cap(message.name())
                    + " for socket.io: " + CauseText.of(e), e));
        }
        Socket client = socket;
        if (client == null || !client.connected()) {
            return CompletableFuture.failedFuture(new CstaConnectionException("not connected"));
        }
        client.send(frame);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void setReading(ReadMode mode) {
        pause.stop(mode == ReadMode.STOP);
    }

    @Override
    public void close() {
        pause.close(); // let a held reader thread finish
        Socket client = socket;
        if (client != null) {
            client.close();
        }
    }

    private static String describe(Object[] args) {
        if (args.length == 0 || args[0] == null) {
            return "no reason given";
        }
        return args[0] instanceof Throwable cause ? CauseText.of(cause) : LogText.cap(args[0]);
    }
}
