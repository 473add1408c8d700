package org.camelcsta.simulator.client;

import java.net.URI;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.socket.client.IO;
import io.socket.client.Socket;
import org.camelcsta.protocol.CstaDecodeException;
import org.camelcsta.protocol.codec.JsonCodec;
import org.camelcsta.protocol.model.GenericMessage;
import org.json.JSONObject;

/**
 * The socket.io transport with the Java socket.io client 1.x (Engine.IO v3, polling first then websocket, as the
 * provider's Node example): requests are sent with {@code send} ({@code message}), replies are read from the
 * {@code message} event; the named events are counted to check that both are emitted.
 */
public final class SocketIoTestClient extends CstaTestClient {

    private final JsonCodec codec = new JsonCodec();
    private final Socket socket;
    private volatile boolean closed;
    /** Names of the named events received (each message also arrives as {@code message}). */
    public final BlockingQueue<String> namedEvents = new LinkedBlockingQueue<>();
    /** {@code message} payloads the client could not parse. */
    public final BlockingQueue<Object> garbage = new LinkedBlockingQueue<>();

    public SocketIoTestClient(int port) {
        this(port, false);
    }

    /**
     * @param websocketOnly connect with the websocket transport alone instead of polling first
     */
    public SocketIoTestClient(int port, boolean websocketOnly) {
        IO.Options options = new IO.Options();
        if (websocketOnly) {
            options.transports = new String[] { "websocket" };
        }
        options.forceNew = true;
        options.reconnection = false;
        socket = IO.socket(URI.create("http://127.0.0.1:" + port), options);
        CountDownLatch connected = new CountDownLatch(1);
        socket.on(Socket.EVENT_CONNECT, args -> connected.countDown());
        socket.on(Socket.EVENT_DISCONNECT, args -> closed = true);
        socket.on("message", args -> {
            Object payload = args.length == 0 ? null : args[0];
            try {
                received(codec.decodeGeneric(String.valueOf(payload)));
            } catch (CstaDecodeException e) {
                garbage.add(String.valueOf(payload));
            }
        });
        for (String name : new String[] { "StartApplicationSessionPosResponse", "MakeCallResponse", "DeliveredEvent",
                "EstablishedEvent", "ConnectionClearedEvent", "CSTAErrorCode", "MonitorStartResponse" }) {
            socket.on(name, args -> namedEvents.add(name));
        }
        socket.connect();
        try {
            if (!connected.await(CstaTestClient.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                socket.close();
                throw new AssertionError("socket.io client did not connect");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void sendRaw(GenericMessage message) {
        try {
            socket.send(new JSONObject(codec.encode(message)));
        } catch (org.json.JSONException e) {
            throw new AssertionError(e);
        }
    }

    /** Sends a payload as it is. */
    public void sendPayload(Object payload) {
        socket.send(payload);
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        socket.close();
    }
}
