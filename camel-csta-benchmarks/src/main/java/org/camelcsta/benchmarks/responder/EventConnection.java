package org.camelcsta.benchmarks.responder;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;

/**
 * One client connection of an event source: answers its requests, and blasts events at the monitors it
 * started. The subclass decodes requests of its wire format and calls {@link #opened} once the channel can
 * carry events. State is used on the connection's event loop only, but for the monitored devices, which
 * {@link EventConnections#monitorCount} reads from other threads.
 *
 * @param <I> the decoded request the pipeline hands on
 */
abstract class EventConnection<I> extends ReplyingHandler<I> {

    /** Makes the events of a monitor started on a device, carrying the monitor's monitorCrossRefID. */
    @FunctionalInterface
    interface TemplateFactory {
        EventFrames create(String device, String crossRef);
    }

    private final EventConnections connections;
    private final TemplateFactory templateFactory;
    private final Map<String, EventFrames> templates = new ConcurrentHashMap<>();
    private final EventBlasts blasts = new EventBlasts();
    private Channel channel;

    EventConnection(EventConnections connections, TemplateFactory templateFactory) {
        this.connections = connections;
        this.templateFactory = templateFactory;
    }

    /** Joins the open connections, which blasts reach. */
    final void opened(ChannelHandlerContext ctx) {
        channel = ctx.channel();
        connections.add(this);
    }

    /** Starts a monitor on {@code device}; returns its monitorCrossRefID. */
    final String startMonitor(String device) {
        String crossRef = connections.nextCrossRef(device);
        templates.put(device, templateFactory.create(device, crossRef));
        return crossRef;
    }

    final boolean monitors(String device) {
        return templates.containsKey(device);
    }

    /** Queues a blast of the device's events if this connection monitors it; returns at once. */
    final void blast(String device, long count) {
        channel.eventLoop().execute(() -> {
            EventFrames template = templates.get(device);
            if (template != null) {
                blasts.add(new EventBlast(channel, template, count));
            }
        });
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        connections.remove(this);
        blasts.clear();
        super.channelInactive(ctx);
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) throws Exception {
        if (ctx.channel().isWritable()) {
            blasts.resume();
        }
        super.channelWritabilityChanged(ctx);
    }
}
