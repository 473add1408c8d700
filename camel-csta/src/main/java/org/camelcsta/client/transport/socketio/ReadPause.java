package org.camelcsta.client.transport.socketio;

/**
 * Holds the thread that reads one websocket while the session's byte budget is spent, so that the socket
 * stops being read and TCP pushes back on the server: back-pressure on a client library that has no pause of
 * its own. The end of the connection lets a held thread go for good, so no reader stays parked.
 */
final class ReadPause {

    private boolean stopped;
    private boolean closed;

    synchronized void stop(boolean stop) {
        stopped = stop;
        if (!stop) {
            notifyAll();
        }
    }

    /** The connection ended: nothing waits any more. */
    synchronized void close() {
        closed = true;
        notifyAll();
    }

    /** Returns {@code true} once reading may go on, {@code false} if the connection ended meanwhile. */
    synchronized boolean awaitReading() {
        while (stopped && !closed) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return !closed;
    }
}
