package org.camelcsta.client.transport.socketio;

import io.socket.thread.EventThread;
import org.camelcsta.client.transport.TransportListener;

/**
 * Tells one connection's listener that a read is complete. The socket.io library reports one message at a time,
 * each as a task of its event thread; a read is complete when that thread has run the messages that were queued
 * behind the first one, or when {@value #MAX_MESSAGES} messages have come since the last hand-over. A burst is then
 * handed to the session's event threads once, as TCP's reads are, instead of waking one of them for every message;
 * the bound keeps a long backlog of the library's from holding back the route (and its events in the heap).
 * <p>
 * Used on the library's event thread only.
 */
final class ReadCompletion {

    static final int MAX_MESSAGES = 64;

    private final TransportListener listener;
    private boolean scheduled;
    private int messages;

    ReadCompletion(TransportListener listener) {
        this.listener = listener;
    }

    /** A message went to the listener. */
    void messageDelivered() {
        if (++messages >= MAX_MESSAGES) {
            complete();
        } else if (!scheduled) {
            scheduled = true;
            EventThread.nextTick(this::caughtUp); // runs after the messages the library has queued by now
        }
    }

    private void caughtUp() {
        scheduled = false;
        if (messages > 0) {
            complete();
        }
    }

    private void complete() {
        messages = 0;
        listener.onReadComplete();
    }
}
