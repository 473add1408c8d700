package org.camelcsta.benchmarks.responder;

import io.netty.buffer.ByteBufAllocator;

/** Makes numbered events for one monitor in a wire format, ready to write to its channel. */
interface EventFrames {

    /** Event number {@code sequence}, as the message the channel's pipeline writes. */
    Object frame(ByteBufAllocator alloc, long sequence);
}
