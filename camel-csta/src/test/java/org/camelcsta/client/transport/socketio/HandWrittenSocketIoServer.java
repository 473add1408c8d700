package org.camelcsta.client.transport.socketio;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import okhttp3.OkHttpClient;
import org.camelcsta.client.SessionSettings;
import org.camelcsta.client.TransportType;
import org.camelcsta.client.transport.TransportListener;
import org.camelcsta.protocol.codec.JsonCodec;
import org.camelcsta.protocol.model.GenericMessage;

/**
 * A socket.io server speaking Engine.IO v3 by hand, for what no real server sends: it accepts one websocket, opens
 * the session (the upgrade, Engine.IO's open packet, socket.io's connect), then writes what the test's script writes.
 * It also holds the {@link SocketIoTransport} connected to it, with the messages it read and how its connection ended.
 */
final class HandWrittenSocketIoServer implements AutoCloseable {

    /** What the server writes once the session is open. */
    interface Script {
        void write(OutputStream out) throws IOException;
    }

    private static final String WEBSOCKET_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    final List<GenericMessage> messages = new CopyOnWriteArrayList<>();
    final CompletableFuture<Throwable> closed = new CompletableFuture<>();
    private final ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    private final OkHttpClient http = new OkHttpClient();
    private volatile Socket accepted;
    private SocketIoTransport transport;

    HandWrittenSocketIoServer() throws IOException {
    }

    /** Connects a transport with this frame limit, and returns once the script has written everything. */
    void connect(int maxFrameSize, Script script) throws Exception {
        CompletableFuture<Void> served = CompletableFuture.runAsync(() -> serve(script));
        transport = new SocketIoTransport(SessionSettings.builder().transport(TransportType.SOCKETIO)
                .host("127.0.0.1").port(server.getLocalPort()).maxFrameSize(maxFrameSize)
                .connectTimeout(Duration.ofSeconds(5))
                .credentials("test@mydomain", "bla.bla", "12345678.pbx.one-connect.dk").build(), http, new JsonCodec());
        transport.connect(new TransportListener() {
            @Override
            public void onMessage(GenericMessage message, int frameSize) {
                messages.add(message);
            }

            @Override
            public void onReadComplete() {
            }

            @Override
            public void onClosed(Throwable cause) {
                closed.complete(cause);
            }
        }).get(5, TimeUnit.SECONDS);
        served.get(5, TimeUnit.SECONDS);
    }

    private void serve(Script script) {
        try {
            accepted = server.accept();
            BufferedReader request = new BufferedReader(new InputStreamReader(accepted.getInputStream(),
                    StandardCharsets.ISO_8859_1));
            String key = null;
            for (String line = request.readLine(); line != null && !line.isEmpty(); line = request.readLine()) {
                if (line.toLowerCase().startsWith("sec-websocket-key:")) {
                    key = line.substring(line.indexOf(':') + 1).trim();
                }
            }
            byte[] digest = MessageDigest.getInstance("SHA-1")
                    .digest((key + WEBSOCKET_GUID).getBytes(StandardCharsets.ISO_8859_1));
            OutputStream out = accepted.getOutputStream();
            out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                       + "Sec-WebSocket-Accept: " + Base64.getEncoder().encodeToString(digest) + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            text(out, "0{\"sid\":\"hand-written\",\"upgrades\":[],\"pingInterval\":25000,\"pingTimeout\":60000}");
            text(out, "40");
            script.write(out);
            out.flush();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes a text message, unmasked as a server's are. */
    static void text(OutputStream out, String text) throws IOException {
        frame(out, 0x81, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a binary message. */
    static void binary(OutputStream out, byte[] payload) throws IOException {
        frame(out, 0x82, payload);
    }

    private static void frame(OutputStream out, int opcode, byte[] payload) throws IOException {
        out.write(opcode);
        if (payload.length < 126) {
            out.write(payload.length);
        } else if (payload.length <= 0xFFFF) {
            out.write(126);
            out.write(payload.length >> 8);
            out.write(payload.length & 0xFF);
        } else {
            out.write(127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                out.write((int) ((long) payload.length >> shift) & 0xFF);
            }
        }
        out.write(payload);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (transport != null) {
            transport.close();
        }
        if (accepted != null) {
            accepted.close();
        }
        server.close();
        http.dispatcher().executorService().shutdown();
    }
}
