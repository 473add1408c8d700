package org.camelcsta.simulator.transport.http;

import java.io.IOException;
import java.net.InetAddress;

import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import org.camelcsta.simulator.session.SimulatorContext;
import org.camelcsta.simulator.session.StatelessRequests;
import org.camelcsta.simulator.transport.NettyGroups;
import org.camelcsta.simulator.transport.ServerChannels;

/** The HTTP or HTTPS GET server on {@code /csta/}. */
public final class HttpCstaServer implements AutoCloseable {

    /** The largest request accepted (request line, headers and any body). */
    private static final int MAX_REQUEST_BYTES = 1024 * 1024;

    private final SimulatorContext context;
    private final SelfSignedTls tls;
    private final ServerChannels channels;

    /**
     * @param tls the server's certificate for HTTPS, or {@code null} for plain HTTP
     */
    public HttpCstaServer(SimulatorContext context, SelfSignedTls tls) {
        this.context = context;
        this.tls = tls;
        this.channels = new ServerChannels(tls == null ? "HTTP" : "HTTPS");
    }

    /** Binds the server to this address and returns its port. */
    public int start(NettyGroups groups, InetAddress address, int port) throws IOException {
        StatelessRequests requests = new StatelessRequests(context);
        return channels.bind(groups, address, port, channel -> {
            if (tls != null) {
                channel.pipeline().addLast("tls", tls.serverContext().newHandler(channel.alloc()));
            }
            channel.pipeline()
                    .addLast("http", new HttpServerCodec(8192, 64 * 1024, 8192))
                    .addLast("aggregate", new HttpObjectAggregator(MAX_REQUEST_BYTES))
                    .addLast("csta", new CstaGetHandler(context, requests));
        });
    }

    @Override
    public void close() {
        channels.close();
    }
}
