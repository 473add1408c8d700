package org.camelcsta.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

import org.camelcsta.protocol.codec.MessageBinder;
import org.camelcsta.protocol.codec.XmlCodec;
import org.camelcsta.protocol.model.CstaMessage;
import org.camelcsta.protocol.model.GenericMessage;

/**
 * A minimal NUL-framed XML server on an ephemeral loopback port whose answers a test scripts: the
 * simplest peer that can misbehave on purpose (no echoed ids, late replies, bad frames).
 */
public final class ScriptedXmlServer implements AutoCloseable {

    private final XmlCodec codec = new XmlCodec();
    private final ServerSocket server;
    private final BiConsumer<GenericMessage, Connection> script;
    private final List<Connection> connections = new CopyOnWriteArrayList<>();
    public final List<GenericMessage> received = new CopyOnWriteArrayList<>();

    public ScriptedXmlServer(BiConsumer<GenericMessage, Connection> script) throws IOException {
        this.script = script;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "scripted-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    public List<Connection> connections() {
        return connections;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Connection connection = new Connection(server.accept());
                connections.add(connection);
                Thread reader = new Thread(connection::read, "scripted-connection");
                reader.setDaemon(true);
                reader.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Connection connection : connections) {
            connection.close();
        }
    }

    /** One client connection: the script answers through it. */
    public final class Connection {
        private final Socket socket;
        private final OutputStream out;

        Connection(Socket socket) throws IOException {
            this.socket = socket;
            this.out = socket.getOutputStream();
        }

        /** Sends a message, echoing nothing. */
        public void send(CstaMessage message) {
            sendRaw(codec.encode(message));
        }

        /** Sends a reply that echoes the request's id. */
        public void reply(GenericMessage request, CstaMessage response) {
            send(MessageBinder.standard().unbind(response).withRequestId(request.requestId()));
        }

        public synchronized void sendRaw(byte[] frame) {
            try {
                out.write(frame);
                out.write(0);
                out.flush();
            } catch (IOException e) {
                // the client went away
            }
        }

        /** Whether the connection has ended, closed by either side. */
        public boolean isClosed() {
            return socket.isClosed();
        }

        public void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }

        private void read() {
            try (InputStream in = socket.getInputStream()) {
                ByteArrayOutputStream frame = new ByteArrayOutputStream();
                int b;
                while ((b = in.read()) >= 0) {
                    if (b != 0) {
                        frame.write(b);
                        continue;
                    }
                    GenericMessage message = codec.decodeGeneric(frame.toByteArray());
                    frame.reset();
                    received.add(message);
                    script.accept(message, this);
                }
            } catch (IOException e) {
                // connection closed
            } finally {
                close();
            }
        }
    }
}
