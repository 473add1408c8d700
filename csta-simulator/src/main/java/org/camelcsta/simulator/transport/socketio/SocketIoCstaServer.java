package org.camelcsta.simulator.transport.socketio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.corundumstudio.socketio.Configuration;
import com.corundumstudio.socketio.SocketConfig;
import com.corundumstudio.socketio.SocketIOChannelInitializer;
import com.corundumstudio.socketio.SocketIOClient;
import com.corundumstudio.socketio.SocketIOServer;
import com.corundumstudio.socketio.Transport;
import com.corundumstudio.socketio.handler.EncoderHandler;
import com.corundumstudio.socketio.namespace.NamespacesHub;
import com.fasterxml.jackson.databind.JsonNode;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.GlobalEventExecutor;
import org.camelcsta.protocol.CstaDecodeException;
import org.camelcsta.protocol.codec.JsonCodec;
import org.camelcsta.protocol.codec.MessageBinder;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.simulator.session.ClientSession;
import org.camelcsta.simulator.session.CstaErrors;
import org.camelcsta.simulator.session.SimulatorContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The socket.io/JSON server. Clients send requests with {@code socket.send({...})} (the {@code message} event);
 * the payload may also be the JSON text of the request.
 */
public final class SocketIoCstaServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SocketIoCstaServer.class);
    private static final int MAX_PAYLOAD_BYTES = 1024 * 1024;

    private final SimulatorContext context;
    private final Duration pingInterval;
    private final Duration pingTimeout;
    private final JsonCodec codec = new JsonCodec();
    private final OutboundPackets outbound = new OutboundPackets();
    private final Map<UUID, ClientSession> sessions = new ConcurrentHashMap<>();
    private final ChannelGroup channels = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    private SocketIOServer server;
    private Channel listener;

    public SocketIoCstaServer(SimulatorContext context) {
        this(context, null, null);
    }

    /** A server with this Engine.IO heartbeat; {@code null}s keep netty-socketio's defaults. */
    public SocketIoCstaServer(SimulatorContext context, Duration pingInterval, Duration pingTimeout) {
        this.context = context;
        this.pingInterval = pingInterval;
        this.pingTimeout = pingTimeout;
    }

    /** Binds the server to this address and returns its port. */
    public int start(InetAddress address, int port) throws IOException {
        Configuration configuration = new Configuration();
        configuration.setHostname(address.getHostAddress());
        configuration.setPort(port);
        configuration.setBossThreads(1);
        configuration.setWorkerThreads(2);
        configuration.setTransports(Transport.POLLING, Transport.WEBSOCKET);
        configuration.setMaxFramePayloadLength(MAX_PAYLOAD_BYTES);
        configuration.setMaxHttpContentLength(MAX_PAYLOAD_BYTES);
        configuration.setRandomSession(true);
        configuration.setExceptionListener(new QuietExceptionListener());
        if (pingInterval != null) {
            configuration.setPingInterval((int) pingInterval.toMillis());
            configuration.setPingTimeout((int) pingTimeout.toMillis());
        }
        SocketConfig socket = new SocketConfig();
        socket.setReuseAddress(true);
        socket.setTcpNoDelay(true);
        configuration.setSocketConfig(socket);

        server = new SocketIOServer(configuration);
        stopDefaultPipelineFactory(server);
        UpgradeNoopPump upgradeNoops = new UpgradeNoopPump(sessionId -> server.getClient(sessionId));
        server.setPipelineFactory(new SocketIOChannelInitializer() {
            private EncoderHandler encoder;

            @Override
            public void start(Configuration serverConfiguration, NamespacesHub namespaces) {
                super.start(serverConfiguration, namespaces);
                try {
                    encoder = new EncoderHandler(serverConfiguration, new PollingPayloadEncoder(serverConfiguration));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            protected void initChannel(Channel channel) throws Exception {
                super.initChannel(channel);
                // see PollingPayloadEncoder: netty-socketio's own loses packets of Engine.IO v3 polling clients
                channel.pipeline().replace(SOCKETIO_ENCODER, SOCKETIO_ENCODER, encoder);
                // see UpgradeNoopPump: netty-socketio alone can leave a client's upgrade waiting forever
                channel.pipeline().addBefore(WEB_SOCKET_TRANSPORT, "cstaUpgradeNoops", upgradeNoops);
                channels.add(channel);
            }
        });
        server.addConnectListener(this::connected);
        server.addDisconnectListener(this::disconnected);
        server.addEventListener("message", JsonNode.class, (client, payload, ack) -> received(client, payload));

        Future<Void> bound = server.startAsync().awaitUninterruptibly();
        if (!bound.isSuccess() || !(bound instanceof ChannelFuture channelFuture)) {
            stopInBackground();
            throw new BindException("cannot bind the socket.io server to " + address.getHostAddress() + " port " + port + ": "
                    + (bound.cause() == null ? "unknown reason" : bound.cause().getMessage()));
        }
        listener = channelFuture.channel();
        return ((InetSocketAddress) listener.localAddress()).getPort();
    }

    /**
     * SocketIOServer's constructor makes a pipeline factory (with a timer) that setPipelineFactory replaces without
     * stopping it; stopping it here avoids Netty's leak report about its timer. Best effort: it is a private field.
     */
    private static void stopDefaultPipelineFactory(SocketIOServer server) {
        try {
            java.lang.reflect.Field field = SocketIOServer.class.getDeclaredField("pipelineFactory");
            field.setAccessible(true);
            if (field.get(server) instanceof SocketIOChannelInitializer replaced) {
                // its stop() needs a configuration it never got; its timer is all there is to stop
                java.lang.reflect.Field timer = SocketIOChannelInitializer.class.getDeclaredField("scheduler");
                timer.setAccessible(true);
                if (timer.get(replaced) instanceof com.corundumstudio.socketio.scheduler.CancelableScheduler scheduler) {
                    scheduler.shutdown();
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debug("could not stop netty-socketio's default pipeline factory: {}", e.toString());
        }
    }

    private void connected(SocketIOClient client) {
        if (!context.allowList().allows(client.getRemoteAddress())) {
            LOG.info("socket.io client from {} refused: not on the allow-list", client.getRemoteAddress());
            new SocketIoConnection(client, codec, outbound)
                    .sendThenClose(CstaErrors.addressNotAllowed(client.getRemoteAddress()));
            return;
        }
        sessions.put(client.getSessionId(), new ClientSession(context, new SocketIoConnection(client, codec, outbound)));
        LOG.debug("socket.io client {} from {} connected", client.getSessionId(), client.getRemoteAddress());
    }

    private void disconnected(SocketIOClient client) {
        ClientSession session = sessions.remove(client.getSessionId());
        if (session != null) {
            session.onClosed();
        }
    }

    private void received(SocketIOClient client, JsonNode payload) {
        ClientSession session = sessions.get(client.getSessionId());
        if (session == null) {
            return;
        }
        try {
            // a client may send the object itself (as the provider's example does) or its JSON text
            byte[] json = payload != null && payload.isTextual()
                    ? payload.asText().getBytes(java.nio.charset.StandardCharsets.UTF_8)
                    : MessageBinder.standard().mapper().writeValueAsBytes(payload);
            GenericMessage request = codec.decodeGeneric(json);
            session.onRequest(request);
        } catch (CstaDecodeException e) {
            session.onUndecodable(e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            session.onUndecodable(new CstaDecodeException(CstaDecodeException.Reason.MALFORMED, e.getMessage(), e));
        }
    }

    /** Closes every client's connections at once, without a socket.io goodbye (fault injection). */
    public void dropConnections() {
        channels.stream().filter(channel -> channel != listener).forEach(Channel::close);
    }

    @Override
    public void close() {
        if (listener != null) {
            listener.close().awaitUninterruptibly();
        }
        channels.close().awaitUninterruptibly();
        outbound.close();
        stopInBackground();
    }

    /**
     * netty-socketio's stop() waits out Netty's default two-second quiet period twice; the port and the
     * connections are already closed, so only its threads are left to wind down, and nobody needs to wait.
     */
    private void stopInBackground() {
        SocketIOServer stopping = server;
        if (stopping != null) {
            Thread stopper = new Thread(stopping::stop, "csta-sim-socketio-stop");
            stopper.setDaemon(true);
            stopper.start();
        }
    }
}
