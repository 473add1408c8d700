package org.camelcsta.itests.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.function.Consumer;

/**
 * One client connection through the {@link FaultProxy} and its connection to the server, with the faults a
 * network or a server inflicts on it: a clean close, a reset (RST), a cut in the middle of a frame, and a hold
 * (nothing forwarded either way, nothing closed) that is a stall when released and a black hole when it ends
 * in a reset.
 */
public final class ProxiedConnection {

    /** Which way bytes flow. */
    public enum Direction { TO_SERVER, TO_CLIENT }

    private final Socket client;
    private final Socket server;
    private final FrameSplitter upstreamFrames;
    private final Consumer<ProxiedConnection> onClosed;
    private volatile boolean open = true;
    private volatile boolean held;
    private volatile Direction cut;

    ProxiedConnection(Socket client, Socket server, FrameSplitter upstreamFrames, Consumer<ProxiedConnection> onClosed) {
        this.client = client;
        this.server = server;
        this.upstreamFrames = upstreamFrames;
        this.onClosed = onClosed;
    }

    void startPumps() {
        startPump(client, server, Direction.TO_SERVER, upstreamFrames);
        startPump(server, client, Direction.TO_CLIENT, null);
    }

    public boolean isOpen() {
        return open;
    }

    /** Closes both sides with a FIN. */
    public void close() {
        synchronized (this) {
            if (!open) {
                return;
            }
            open = false;
            notifyAll();
        }
        closeQuietly(client);
        closeQuietly(server);
        onClosed.accept(this);
    }

    /** Closes both sides with an RST (SO_LINGER 0): unsent bytes are dropped. */
    public void reset() {
        try {
            client.setSoLinger(true, 0);
            server.setSoLinger(true, 0);
        } catch (IOException e) {
            // closed already: nothing to reset
        }
        close();
    }

    /** The next bytes that flow {@code direction} are forwarded up to the middle of their frame, then both sides close. */
    public void cutMidFrame(Direction direction) {
        cut = direction;
    }

    /** Stops forwarding both ways, closing nothing; the bytes wait (as in the network) until {@link #release()}. */
    public synchronized void hold() {
        held = true;
    }

    /** Forwards again what a {@link #hold()} kept. */
    public synchronized void release() {
        held = false;
        notifyAll();
    }

    private void startPump(Socket from, Socket to, Direction direction, FrameSplitter frames) {
        Thread pump = new Thread(() -> pump(from, to, direction, frames),
                "fault-proxy-" + (direction == Direction.TO_SERVER ? "up-" : "down-") + from.getPort());
        pump.setDaemon(true);
        pump.start();
    }

    private void pump(Socket from, Socket to, Direction direction, FrameSplitter frames) {
        byte[] buffer = new byte[16 * 1024];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            int read;
            while ((read = in.read(buffer)) >= 0) {
                if (!awaitRelease()) {
                    return;
                }
                if (cut == direction) {
                    out.write(buffer, 0, middleOfFirstFrame(buffer, read));
                    out.flush();
                    return; // the finally closes both sides
                }
                out.write(buffer, 0, read);
                if (frames != null) {
                    frames.forwarded(buffer, read);
                }
            }
        } catch (IOException e) {
            // one side went away: the other goes too
        } finally {
            close();
        }
    }

    /** Where to cut: halfway to the first frame end in the bytes, or halfway through them where none ends. */
    private static int middleOfFirstFrame(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] == 0) {
                return i / 2;
            }
        }
        return length / 2;
    }

    private synchronized boolean awaitRelease() {
        while (held && open) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return open;
    }

    static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
