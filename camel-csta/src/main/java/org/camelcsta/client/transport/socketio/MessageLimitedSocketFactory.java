package org.camelcsta.client.transport.socketio;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;

import javax.net.SocketFactory;

/**
 * Sockets whose input passes through a {@link WebSocketMessageLimit}, for OkHttp's websocket connections: OkHttp
 * creates its sockets unconnected through its {@code SocketFactory} and reads them through their input stream.
 */
final class MessageLimitedSocketFactory extends SocketFactory {

    private final long limit;

    /** @param limit the longest websocket message let through, in bytes */
    MessageLimitedSocketFactory(long limit) {
        this.limit = limit;
    }

    @Override
    public Socket createSocket() {
        return new LimitedSocket(limit);
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return connected(new InetSocketAddress(host, port), new InetSocketAddress(localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return connected(new InetSocketAddress(address, port), new InetSocketAddress(localAddress, localPort));
    }

    private Socket connected(InetSocketAddress remote, InetSocketAddress... local) throws IOException {
        Socket socket = createSocket();
        if (local.length > 0) {
            socket.bind(local[0]);
        }
        socket.connect(remote);
        return socket;
    }

    private static final class LimitedSocket extends Socket {

        private final long limit;
        private InputStream input;

        LimitedSocket(long limit) {
            this.limit = limit;
        }

        @Override
        public synchronized InputStream getInputStream() throws IOException {
            if (input == null) {
                input = new WebSocketMessageLimit(super.getInputStream(), limit);
            }
            return input;
        }
    }
}
