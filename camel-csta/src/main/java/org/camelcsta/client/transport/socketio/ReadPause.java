package org.camelcsta.client.transport.socketio;

/**
 * Holds the thread that reads one websocket while reading is paused, so that the socket stops being
 * read and TCP pushes back on the server: back-pressure on a client library that has no pause of its own.
 */
final class ReadPause {

    private boolean paused;

    synchronized void set(boolean reading) {
        paused = !reading;
        if (reading) {
            notifyAll();
        }
    }

    /** Returns once reading may go on. */
    synchronized void awaitReading() {
        while (paused) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
