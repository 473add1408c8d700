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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The socket.io library reads a websocket message whole before it hands it over: a message announced longer than
 * the frame limit allows ends the connection as soon as its frame header is read, instead of being buffered for as
 * long as the server sends. A server speaking Engine.IO v3 by hand sends one message within the limit, then the
 * header of one far beyond it, and no more.
 */
class SocketIoMessageLimitTest {

    private static final int LIMIT = 16 * 1024;
    private static final String WEBSOCKET_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    private final List<GenericMessage> messages = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Throwable> closed = new CompletableFuture<>();
    private ServerSocket server;
    private Socket accepted;
    private SocketIoTransport transport;
    private OkHttpClient http;

    @AfterEach
    void stop() throws IOException {
        if (transport != null) {
            transport.close();
        }
        if (accepted != null) {
            accepted.close();
        }
        server.close();
        http.dispatcher().executorService().shutdown();
    }

    @Test
    void aMessageAnnouncedFarOverTheLimitEndsTheConnectionBeforeItIsRead() throws Exception {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        CompletableFuture<Void> served = CompletableFuture.runAsync(this::serve);
        http = new OkHttpClient();
        transport = new SocketIoTransport(SessionSettings.builder().transport(TransportType.SOCKETIO)
                .host("127.0.0.1").port(server.getLocalPort()).maxFrameSize(LIMIT).connectTimeout(Duration.ofSeconds(5))
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
        await().atMost(Duration.ofSeconds(5)).until(() -> messages.size() == 1);
        assertEquals("MakeCallResponse", messages.get(0).name(), "a message within the limit is read");
        // the server sends nothing more: only the client can end the connection, and it does at the header
        closed.get(5, TimeUnit.SECONDS);
    }

    /** The upgrade, Engine.IO's open packet, socket.io's connect, one reply, then a frame header far over the limit. */
    private void serve() {
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
            text(out, "0{\"sid\":\"limit\",\"upgrades\":[],\"pingInterval\":25000,\"pingTimeout\":60000}");
            text(out, "40");
            text(out, "42[\"message\",{\"MakeCallResponse\":{\"callingDevice\":{\"callID\":\"SIP/1\",\"deviceID\":\"1\"}}}]");
            // a text frame of 1 GiB announced; nothing of it follows
            out.write(new byte[] { (byte) 0x81, 127, 0, 0, 0, 0, 0x40, 0, 0, 0 });
            out.flush();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void text(OutputStream out, String text) throws IOException {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        out.write(0x81);
        if (payload.length < 126) {
            out.write(payload.length);
        } else {
            out.write(126);
            out.write(payload.length >> 8);
            out.write(payload.length & 0xFF);
        }
        out.write(payload);
        out.flush();
    }
}
