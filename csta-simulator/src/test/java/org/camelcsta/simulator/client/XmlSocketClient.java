package org.camelcsta.simulator.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;

import org.camelcsta.protocol.CstaDecodeException;
import org.camelcsta.protocol.codec.XmlCodec;
import org.camelcsta.protocol.model.GenericMessage;

/** The TCP/XML transport with a plain socket: NUL-delimited frames. Undecodable frames land in {@link #garbage}. */
public final class XmlSocketClient extends CstaTestClient {

    private final XmlCodec codec = new XmlCodec();
    private final Socket socket;
    private final OutputStream out;
    private final Thread reader;
    private volatile boolean closed;
    /** Every frame received, as text (to check what the parse drops, such as the root's namespace). */
    public final java.util.concurrent.BlockingQueue<String> frames = new java.util.concurrent.LinkedBlockingQueue<>();
    /** Frames the client could not parse. */
    public final java.util.concurrent.BlockingQueue<byte[]> garbage = new java.util.concurrent.LinkedBlockingQueue<>();

    public XmlSocketClient(int port) {
        try {
            socket = new Socket("127.0.0.1", port);
            socket.setTcpNoDelay(true);
            out = socket.getOutputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        reader = new Thread(this::readFrames, "xml-test-client");
        reader.setDaemon(true);
        reader.start();
    }

    @Override
    public void sendRaw(GenericMessage message) {
        byte[] xml = codec.encode(message);
        byte[] frame = new byte[xml.length + 1];
        System.arraycopy(xml, 0, frame, 0, xml.length);
        writeBytes(frame);
    }

    /** Writes bytes as they are (frames with their NUL, partial frames, garbage). */
    public synchronized void writeBytes(byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    private void readFrames() {
        try (InputStream in = socket.getInputStream()) {
            ByteArrayOutputStream frame = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) >= 0) {
                if (b != 0) {
                    frame.write(b);
                    continue;
                }
                byte[] bytes = frame.toByteArray();
                frame.reset();
                frames.add(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
                try {
                    received(codec.decodeGeneric(bytes));
                } catch (CstaDecodeException e) {
                    garbage.add(bytes);
                }
            }
        } catch (IOException e) {
            // closed
        } finally {
            closed = true;
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
