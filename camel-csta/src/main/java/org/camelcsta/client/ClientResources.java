package org.camelcsta.client;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import org.camelcsta.client.transport.TransportFactory;
import org.camelcsta.client.transport.tcp.TcpXmlTransport;
import org.camelcsta.protocol.codec.MessageBinder;
import org.camelcsta.protocol.codec.XmlCodec;

/**
 * The threads that all sessions share, so that their number does not grow with the sessions: Netty's
 * I/O loops (which also run the timers) and the executor that hands events to their handlers.
 */
public final class ClientResources implements AutoCloseable {

    private final EventLoopGroup ioGroup;
    private final ExecutorService eventExecutor;
    private final boolean ownsEventExecutor;
    private final TransportFactory transports;

    private ClientResources(EventLoopGroup ioGroup, ExecutorService eventExecutor, boolean ownsEventExecutor,
                            TransportFactory transports) {
        this.ioGroup = ioGroup;
        this.eventExecutor = eventExecutor;
        this.ownsEventExecutor = ownsEventExecutor;
        this.transports = transports;
    }

    /**
     * Starts the shared threads.
     *
     * @param ioThreads     Netty I/O threads, {@code 0} for Netty's default (twice the cores)
     * @param eventExecutor runs event handlers off the I/O threads
     * @param ownsExecutor  whether {@link #close()} shuts the executor down
     */
    public static ClientResources create(int ioThreads, ExecutorService eventExecutor, boolean ownsExecutor) {
        EventLoopGroup group = new NioEventLoopGroup(ioThreads, new DefaultThreadFactory("csta-io", true));
        return new ClientResources(group, eventExecutor, ownsExecutor, transportsFor(group));
    }

    private static TransportFactory transportsFor(EventLoopGroup group) {
        XmlCodec xml = new XmlCodec();
        return settings -> switch (settings.transport()) {
            case XML -> new TcpXmlTransport(settings, group,
                    settings.maxFrameSize() == SessionSettings.DEFAULT_MAX_FRAME_SIZE
                            ? xml : new XmlCodec(MessageBinder.standard(), settings.maxFrameSize()));
            default -> throw new CstaConnectionException("transport " + settings.transport() + " is not available");
        };
    }

    public EventLoopGroup ioGroup() {
        return ioGroup;
    }

    public ExecutorService eventExecutor() {
        return eventExecutor;
    }

    public TransportFactory transports() {
        return transports;
    }

    @Override
    public void close() {
        ioGroup.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        if (ownsEventExecutor) {
            eventExecutor.shutdown();
        }
    }
}
