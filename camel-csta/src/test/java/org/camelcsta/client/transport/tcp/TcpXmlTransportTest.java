package org.camelcsta.client.transport.tcp;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import org.camelcsta.client.CstaConnectionException;
import org.camelcsta.client.SessionSettings;
import org.camelcsta.client.transport.TransportListener;
import org.camelcsta.protocol.CstaEncodeException;
import org.camelcsta.protocol.codec.OutgoingMessage;
import org.camelcsta.protocol.codec.XmlCodec;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.MakeCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The XML transport against a plain listening socket: its failures name their cause. */
class TcpXmlTransportTest {

    private static final TransportListener IGNORED = new TransportListener() {
        @Override
        public void onMessage(GenericMessage message, int frameSize) {
        }

        @Override
        public void onReadComplete() {
        }

        @Override
        public void onClosed(Throwable cause) {
        }
    };

    private final EventLoopGroup group = new NioEventLoopGroup(1);
    private ServerSocket server;

    @BeforeEach
    void listen() throws IOException {
        // the handshake completes in the backlog: no accept needed
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    }

    @AfterEach
    void stop() throws IOException {
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        server.close();
    }

    @Test
    void failsAMessageThatCannotBeEncodedWithItsEncodeErrorAndKeepsTheConnection() throws Exception {
        TcpXmlTransport transport = new TcpXmlTransport(SessionSettings.builder().host("127.0.0.1")
                .port(server.getLocalPort()).credentials("test@mydomain", "bla.bla", "12345678.pbx.one-connect.dk")
                .build(), group, new XmlCodec());
        transport.connect(IGNORED).get(5, TimeUnit.SECONDS);
        CompletableFuture<Void> sent = transport.send(OutgoingMessage.of(new MakeCall("123", "\uD800")),
                Duration.ofSeconds(5));
        ExecutionException failed = assertThrows(ExecutionException.class, () -> sent.get(5, TimeUnit.SECONDS));
        assertInstanceOf(CstaEncodeException.class, failed.getCause(), "not a broken write: retrying cannot help");
        transport.send(OutgoingMessage.of(new MakeCall("123", "321")), Duration.ofSeconds(5))
                .get(5, TimeUnit.SECONDS);
        transport.close();
    }

    @Test
    void namesTheKindOfASendFailureWhoseCauseHasNoMessage() throws Exception {
        TcpXmlTransport transport = new TcpXmlTransport(SessionSettings.builder().host("127.0.0.1")
                .port(server.getLocalPort()).credentials("test@mydomain", "bla.bla", "12345678.pbx.one-connect.dk")
                .build(), group, new XmlCodec());
        transport.connect(IGNORED).get(5, TimeUnit.SECONDS);

        // the connection closes while a write is on its way: the I/O thread is held, so the close and then the
        // write wait in its queue while the channel still looks active, and the write meets a closed channel
        CountDownLatch held = new CountDownLatch(1);
        group.execute(() -> {
            try {
                held.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        transport.close();
        CompletableFuture<Void> sent = transport.send(OutgoingMessage.of(new MakeCall("123", "321")),
                Duration.ofSeconds(5));
        held.countDown();

        ExecutionException failed = assertThrows(ExecutionException.class, () -> sent.get(5, TimeUnit.SECONDS));
        String message = assertInstanceOf(CstaConnectionException.class, failed.getCause()).getMessage();
        // Netty's ClosedChannelException has no message; the error names its kind instead of reading "...: null"
        assertTrue(message.startsWith("cannot send MakeCall: ") && message.contains("ClosedChannelException"), message);
    }
}
