package org.camelcsta.client.transport.socketio;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.ByteString;

/**
 * Opens the socket.io client's websockets through OkHttp with a listener that waits on a {@link ReadPause}
 * before each message: the wait runs on OkHttp's reader thread of that one websocket, so reading from the
 * socket stops while the session's queues are full, and nothing else is held up.
 */
final class PausableWebSocketFactory implements WebSocket.Factory {

    private final OkHttpClient client;
    private final ReadPause pause;

    PausableWebSocketFactory(OkHttpClient client, ReadPause pause) {
        this.client = client;
        this.pause = pause;
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
                pause.awaitReading();
                listener.onMessage(webSocket, text);
            }

            @Override
            public void onMessage(WebSocket webSocket, ByteString bytes) {
                pause.awaitReading();
                listener.onMessage(webSocket, bytes);
            }

            @Override
            public void onClosing(WebSocket webSocket, int code, String reason) {
                listener.onClosing(webSocket, code, reason);
            }

            @Override
            public void onClosed(WebSocket webSocket, int code, String reason) {
                listener.onClosed(webSocket, code, reason);
            }

            @Override
            public void onFailure(WebSocket webSocket, Throwable t, Response response) {
                listener.onFailure(webSocket, t, response);
            }
        });
    }
}
