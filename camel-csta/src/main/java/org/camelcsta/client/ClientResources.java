package org.camelcsta.client;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.util.HashedWheelTimer;
import io.netty.util.Timer;
import io.netty.util.concurrent.DefaultThreadFactory;
import okhttp3.OkHttpClient;
import org.camelcsta.client.transport.Transport;
import org.camelcsta.client.transport.TransportFactory;
import org.camelcsta.client.transport.http.HttpGetTransport;
import org.camelcsta.client.transport.socketio.SocketIoTransport;
import org.camelcsta.client.transport.tcp.TcpXmlTransport;
import org.camelcsta.protocol.codec.JsonCodec;
import org.camelcsta.protocol.codec.MessageBinder;
import org.camelcsta.protocol.codec.QueryCodec;
import org.camelcsta.protocol.codec.XmlCodec;

/**
 * What all sessions share, so that the thread count does not grow with the sessions: Netty's I/O loops
 * (which also run the sessions' own timers), the timer of the requests' timeouts, the HTTP client of the socket.io
 * transport, and the executor that hands events to their handlers. It also makes each session's transport.
 */
public final class ClientResources implements AutoCloseable {

    private final EventLoopGroup ioGroup;
    private final Timer requestTimer;
    private final OkHttpClient socketIoHttp;
    private final ExecutorService eventExecutor;
    private final boolean ownsEventExecutor;
    private final TransportFactory transports;

    private ClientResources(EventLoopGroup ioGroup, Timer requestTimer, OkHttpClient socketIoHttp,
                            ExecutorService eventExecutor, boolean ownsEventExecutor, TransportFactory transports) {
        this.ioGroup = ioGroup;
        this.requestTimer = requestTimer;
        this.socketIoHttp = socketIoHttp;
        this.eventExecutor = eventExecutor;
        this.ownsEventExecutor = ownsEventExecutor;
        this.transports = transports != null ? transports : this::createTransport;
    }

    /**
     * Starts the shared threads.
     *
     * @param ioThreads     Netty I/O threads, {@code 0} for Netty's default (twice the cores)
     * @param eventExecutor runs event handlers off the I/O threads
     * @param ownsExecutor  whether {@link #close()} shuts the executor down
     */
    public static ClientResources create(int ioThreads, ExecutorService eventExecutor, boolean ownsExecutor) {
        return create(ioThreads, eventExecutor, ownsExecutor, null);
    }

    /** As {@link #create(int, ExecutorService, boolean)}, with transports from this factory ({@code null}: the real ones). */
    static ClientResources create(int ioThreads, ExecutorService eventExecutor, boolean ownsExecutor,
                                  TransportFactory transports) {
        EventLoopGroup group = new NioEventLoopGroup(ioThreads, new DefaultThreadFactory("csta-io", true));
        // its thread starts with the first timeout
        Timer requestTimer = new HashedWheelTimer(new DefaultThreadFactory("csta-timeouts", true), 10,
                TimeUnit.MILLISECONDS, 512);
        return new ClientResources(group, requestTimer, new OkHttpClient(), eventExecutor, ownsExecutor, transports);
    }

    private Transport createTransport(SessionSettings settings) {
        // the text limit follows the frame limit: no text can be longer than its message
        MessageBinder binder = settings.maxFrameSize() == SessionSettings.DEFAULT_MAX_FRAME_SIZE
                ? MessageBinder.standard() : new MessageBinder(settings.maxFrameSize());
        return switch (settings.transport()) {
            case XML -> new TcpXmlTransport(settings, ioGroup, new XmlCodec(binder, settings.maxFrameSize()));
            case SOCKETIO -> new SocketIoTransport(settings, socketIoHttp, new JsonCodec(binder));
            case HTTP, HTTPS -> new HttpGetTransport(settings, new QueryCodec(binder, settings.maxFrameSize()),
                    new JsonCodec(binder));
        };
    }

    /** Netty's I/O loops, which also run the sessions' timers. */
    public EventLoopGroup ioGroup() {
        return ioGroup;
    }

    /**
     * Times every request out, in steps of 10 ms. Not the I/O loops: a timeout cancelled from a thread other than its
     * loop's (a reply read on another loop, or by the socket.io and http libraries) is removed only when that loop
     * next wakes up, up to a timeout later, so that every answered request left a task in the heap until then; on the
     * wheel a timeout and its cancellation are constant-time and gone at the next tick.
     */
    public Timer requestTimer() {
        return requestTimer;
    }

    /** Runs event handlers and, in the component, reply callbacks. */
    public ExecutorService eventExecutor() {
        return eventExecutor;
    }

    /** Makes each session's transports. */
    public TransportFactory transports() {
        return transports;
    }

    /** Stops the shared threads; close every session first. */
    @Override
    public void close() {
        try {
            requestTimer.stop();
        } catch (IllegalStateException onTimerThread) {
            // closed by a timeout's callback: the timer's thread ends with the JVM (a daemon); the rest is closed
        }
        ioGroup.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        socketIoHttp.dispatcher().executorService().shutdown();
        socketIoHttp.connectionPool().evictAll();
        if (ownsEventExecutor) {
            eventExecutor.shutdown();
        }
    }
}
