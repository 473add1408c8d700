package org.camelcsta.benchmarks.responder;

import io.netty.channel.Channel;

/**
 * Writes events numbered 1..count to one connection as fast as the client reads them: it writes while the
 * channel is writable and continues when it becomes writable again, so a client that pushes back (stops
 * reading) holds the blast instead of filling the responder's memory. Runs on the channel's event loop.
 */
final class EventBlast {

    /** Events written per pass before the buffer is flushed and writability checked again. */
    private static final int BATCH = 256;

    private final Channel channel;
    private final EventFrames template;
    private final long count;
    private long next = 1;

    EventBlast(Channel channel, EventFrames template, long count) {
        this.channel = channel;
        this.template = template;
        this.count = count;
    }

    boolean isDone() {
        return next > count;
    }

    /** Writes until the channel pushes back or all are written; called again on writability. */
    void resume() {
        while (next <= count && channel.isActive()) {
            for (int i = 0; i < BATCH && next <= count; i++) {
                channel.write(template.frame(channel.alloc(), next++), channel.voidPromise());
            }
            channel.flush();
            if (!channel.isWritable()) {
                return;
            }
        }
    }
}
