package org.camelcsta.client.transport.socketio;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.ByteString;
import org.camelcsta.client.transport.SkippedMessages;
import org.camelcsta.protocol.LogText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the socket.io client's websockets through OkHttp with a listener that refuses messages over the frame
 * limit and messages that the library cannot read ({@link PacketTypeCheck}), binary ones among them, and waits on a
 * {@link ReadPause} before each message: the wait runs on OkHttp's reader thread of that one websocket, so reading
 * from the socket stops while the session's byte budget is spent, and nothing else is held up. A message that
 * waited for a connection that ended meanwhile is dropped: its session is gone. Refusals are logged as
 * {@link SkippedMessages}: a flood of them is not a flood of warnings.
 */
final class PausableWebSocketFactory implements WebSocket.Factory {

    private static final Logger LOG = LoggerFactory.getLogger(PausableWebSocketFactory.class);

    private final OkHttpClient client;
    private final ReadPause pause;
    private final int maxFrameSize;
    private final SkippedMessages skipped = new SkippedMessages(LOG);

    PausableWebSocketFactory(OkHttpClient client, ReadPause pause, int maxFrameSize) {
        this.client = client;
        this.pause = pause;
        this.maxFrameSize = maxFrameSize;
    }

    @Override
    public WebSocket newWebSocket(Request request, WebSocketListener listener) {
        return client.newWebSocket(request, new WebSocketListener() {
            @Override
            public void onOpen(WebSocket webSocket, Response response) {
                listener.onOpen(webSocket, response);
            }

            @Override
            public void onMessage(WebSocket webSocket, String text) {
                // characters, not bytes: at most three bytes each, which WebSocketMessageLimit bounds below OkHttp
                if (text.length() > maxFrameSize) {
                    skipped.log("Refused a {}-character socket.io message: over the limit of {}", text.length(),
                            maxFrameSize);
                    return;
                }
                String refusal = PacketTypeCheck.refusal(text);
                if (refusal != null) {
                    skipped.log("Refused a socket.io message that the library cannot read ({}): {}", refusal,
                            LogText.cap(text));
                    return;
                }
                if (pause.awaitReading()) {
                    listener.onMessage(webSocket, text);
                }
            }

            @Override
            public void onMessage(WebSocket webSocket, ByteString bytes) {
                // the provider sends text only; the library takes a binary message only after a binary packet
                skipped.log("Refused a {}-byte binary socket.io message: the library cannot read it", bytes.size());
            }

            @Override
            public void onClosing(WebSocket webSocket, int code, String reason) {
                listener.onClosing(webSocket, code, reason);
            }

            @Override
            public void onClosed(WebSocket webSocket, int code, String reason) {
                pause.close();
                listener.onClosed(webSocket, code, reason);
            }

            @Override
            public void onFailure(WebSocket webSocket, Throwable t, Response response) {
                pause.close();
                listener.onFailure(webSocket, t, response);
            }
        });
    }
}
