package org.camelcsta.simulator.transport.socketio;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.corundumstudio.socketio.SocketIOClient;

/** Sends to socket.io clients, and disconnects them once their last messages had a chance to leave. */
final class OutboundPackets implements AutoCloseable {

    /**
     * netty-socketio drops the packets still queued for a polling client when it is disconnected, so a last
     * message (an error, ApplicationSessionTerminated) is given this long to be polled first.
     */
    private static final long LAST_MESSAGE_GRACE_MS = 500;

    private final ScheduledExecutorService disconnects = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "csta-sim-socketio-disconnect");
        thread.setDaemon(true);
        return thread;
    });

    void emit(SocketIOClient client, String event, Object payload) {
        client.sendEvent(event, payload);
    }

    /** Disconnects after the grace period. */
    void disconnectAfterLastMessage(SocketIOClient client) {
        disconnects.schedule(client::disconnect, LAST_MESSAGE_GRACE_MS, TimeUnit.MILLISECONDS);
    }

    /** Disconnects at once. */
    void disconnect(SocketIOClient client) {
        client.disconnect();
    }

    @Override
    public void close() {
        disconnects.shutdownNow();
    }
}
