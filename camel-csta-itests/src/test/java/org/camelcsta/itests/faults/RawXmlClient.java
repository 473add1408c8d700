package org.camelcsta.itests.faults;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.camelcsta.protocol.CstaDecodeException;
import org.camelcsta.protocol.codec.MessageBinder;
import org.camelcsta.protocol.codec.XmlCodec;
import org.camelcsta.protocol.model.CstaMessage;
import org.camelcsta.protocol.model.GenericMessage;

/** A bare NUL-framed XML client that writes any bytes and keeps what the server answers. */
final class RawXmlClient implements AutoCloseable {

    private final XmlCodec codec = new XmlCodec();
    private final Socket socket;
    private final OutputStream out;
    private final List<GenericMessage> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger unreadable = new AtomicInteger();
    private volatile boolean open = true;

    private RawXmlClient(Socket socket) throws IOException {
        this.socket = socket;
        this.out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
    }

    static RawXmlClient connect(int port) throws IOException {
        RawXmlClient client = new RawXmlClient(new Socket(InetAddress.getLoopbackAddress(), port));
        Thread reader = new Thread(client::read, "raw-xml-client");
        reader.setDaemon(true);
        reader.start();
        return client;
    }

    void send(byte[] frame, boolean flush) throws IOException {
        out.write(frame);
        out.write(0);
        if (flush) {
            out.flush();
        }
    }

    void send(CstaMessage request, String requestId) throws IOException {
        send(codec.encode(MessageBinder.standard().unbind(request).withRequestId(requestId)), true);
    }

    /** What the server sent, in order. */
    List<GenericMessage> received() {
        return received;
    }

    /** Frames from the server this client could not read. */
    int unreadable() {
        return unreadable.get();
    }

    /** Whether the server has not closed the connection. */
    boolean isOpen() {
        return open;
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
                try {
                    received.add(codec.decodeGeneric(frame.toByteArray()));
                } catch (CstaDecodeException e) {
                    unreadable.incrementAndGet();
                }
                frame.reset();
            }
        } catch (IOException e) {
            // closed
        } finally {
            open = false;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
