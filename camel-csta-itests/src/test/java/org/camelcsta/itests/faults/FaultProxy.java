package org.camelcsta.itests.faults;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A TCP proxy on loopback between a client and one server, which breaks the connections it carries on demand:
 * see {@link ProxiedConnection} for the faults. Plain blocking sockets, two threads per connection, so that a
 * held connection holds its bytes exactly as a stalled network would.
 */
public final class FaultProxy implements AutoCloseable {

    private final ServerSocket server;
    private final InetSocketAddress target;
    private final Consumer<byte[]> upstreamFrames;
    private final Set<ProxiedConnection> connections = ConcurrentHashMap.newKeySet();
    private final AtomicInteger accepted = new AtomicInteger();

    private FaultProxy(ServerSocket server, InetSocketAddress target, Consumer<byte[]> upstreamFrames) {
        this.server = server;
        this.target = target;
        this.upstreamFrames = upstreamFrames;
    }

    /**
     * A proxy listening on an ephemeral loopback port.
     *
     * @param targetPort     the loopback port it forwards to
     * @param upstreamFrames gets every NUL-terminated frame the client sent that reached the server whole, or
     *                       {@code null} where the stream is not NUL-framed (socket.io)
     */
    public static FaultProxy start(int targetPort, Consumer<byte[]> upstreamFrames) throws IOException {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        FaultProxy proxy = new FaultProxy(server, new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort),
                upstreamFrames);
        Thread acceptor = new Thread(proxy::accept, "fault-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        return proxy;
    }

    public int port() {
        return server.getLocalPort();
    }

    /** The connections open now. */
    public List<ProxiedConnection> connections() {
        return connections.stream().filter(ProxiedConnection::isOpen).toList();
    }

    /** How many connections the proxy has accepted since it started. */
    public int acceptedCount() {
        return accepted.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                return; // closed
            }
            accepted.incrementAndGet();
            try {
                Socket upstream = new Socket();
                upstream.setTcpNoDelay(true);
                upstream.connect(target, 2000);
                client.setTcpNoDelay(true);
                ProxiedConnection connection = new ProxiedConnection(client, upstream,
                        upstreamFrames == null ? null : new FrameSplitter(upstreamFrames), connections::remove);
                connections.add(connection);
                connection.startPumps();
            } catch (IOException e) {
                ProxiedConnection.closeQuietly(client);
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        connections.forEach(ProxiedConnection::close);
    }
}
