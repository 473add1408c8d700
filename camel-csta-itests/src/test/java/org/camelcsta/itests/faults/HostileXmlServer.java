package org.camelcsta.itests.faults;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.camelcsta.protocol.codec.MessageBinder;
import org.camelcsta.protocol.codec.XmlCodec;
import org.camelcsta.protocol.model.CstaMessage;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.MonitorStartResponse;
import org.camelcsta.protocol.model.ResetApplicationSessionTimerPosResponse;
import org.camelcsta.protocol.model.SnapshotDeviceResponse;
import org.camelcsta.protocol.model.StartApplicationSessionPosResponse;

/**
 * A NUL-framed XML server on an ephemeral loopback port that answers a client's login, monitor start, keep-alive
 * and snapshots correctly, and otherwise writes whatever frames a test gives it, hostile ones included.
 */
public final class HostileXmlServer implements AutoCloseable {

    /** The monitor every MonitorStart gets. */
    public static final String MONITOR = "M1";

    private final XmlCodec codec = new XmlCodec();
    private final ServerSocket server;
    private final List<Connection> connections = new CopyOnWriteArrayList<>();
    private final AtomicInteger logins = new AtomicInteger();
    private final AtomicInteger monitorStarts = new AtomicInteger();

    private HostileXmlServer(ServerSocket server) {
        this.server = server;
    }

    public static HostileXmlServer start() throws IOException {
        HostileXmlServer hostile = new HostileXmlServer(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
        Thread acceptor = new Thread(hostile::accept, "hostile-server");
        acceptor.setDaemon(true);
        acceptor.start();
        return hostile;
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Connections accepted so far. */
    public int connectionCount() {
        return connections.size();
    }

    public int loginCount() {
        return logins.get();
    }

    public int monitorStartCount() {
        return monitorStarts.get();
    }

    /** The connection accepted last. */
    public Connection latestConnection() {
        return connections.get(connections.size() - 1);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Connection connection = new Connection(server.accept());
                connections.add(connection);
                Thread reader = new Thread(connection::read, "hostile-connection");
                reader.setDaemon(true);
                reader.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private CstaMessage answer(GenericMessage request) {
        return switch (request.name()) {
            case "StartApplicationSession" -> {
                logins.incrementAndGet();
                yield new StartApplicationSessionPosResponse("hostile-session", "ed3", 3600, null);
            }
            case "MonitorStart" -> {
                monitorStarts.incrementAndGet();
                yield new MonitorStartResponse(MONITOR, null);
            }
            case "ResetApplicationSessionTimer" -> new ResetApplicationSessionTimerPosResponse(3600, null);
            case "SnapshotDevice" -> new SnapshotDeviceResponse("hostile", null, null);
            default -> null;
        };
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Connection connection : connections) {
            connection.close();
        }
    }

    /** One client connection. */
    public final class Connection {
        private final Socket socket;
        private final OutputStream out;

        Connection(Socket socket) throws IOException {
            this.socket = socket;
            this.out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
        }

        /** Writes one frame and its NUL; flushes when asked (a burst flushes once). */
        public synchronized void send(byte[] frame, boolean flush) throws IOException {
            out.write(frame);
            out.write(0);
            if (flush) {
                out.flush();
            }
        }

        public void send(CstaMessage message) throws IOException {
            send(codec.encode(message), true);
        }

        public void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }

        private void read() {
            try (InputStream in = new BufferedInputStream(socket.getInputStream())) {
                ByteArrayOutputStream frame = new ByteArrayOutputStream();
                int b;
                while ((b = in.read()) >= 0) {
                    if (b != 0) {
                        frame.write(b);
                        continue;
                    }
                    GenericMessage request = codec.decodeGeneric(frame.toByteArray());
                    frame.reset();
                    CstaMessage response = answer(request);
                    if (response != null) {
                        send(codec.encode(MessageBinder.standard().unbind(response).withRequestId(request.requestId())),
                                true);
                    }
                }
            } catch (IOException | RuntimeException e) {
                // the connection ended
            } finally {
                close();
            }
        }
    }
}
