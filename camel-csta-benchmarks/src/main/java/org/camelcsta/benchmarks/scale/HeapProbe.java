package org.camelcsta.benchmarks.scale;

import java.lang.management.ManagementFactory;

import io.netty.buffer.PooledByteBufAllocator;

/**
 * The live heap and the thread count of this JVM. The heap is read after full collections, so that it counts
 * what is reachable and not garbage that a collector has yet to take.
 */
final class HeapProbe {

    private HeapProbe() {
    }

    /** Bytes of heap in use after two full collections. */
    static long liveHeapBytes() throws InterruptedException {
        for (int i = 0; i < 2; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Bytes of direct memory that Netty's shared pooled allocator holds (the connections' buffers live there). */
    static long nettyDirectBytes() {
        return PooledByteBufAllocator.DEFAULT.metric().usedDirectMemory();
    }

    static int threads() {
        return ManagementFactory.getThreadMXBean().getThreadCount();
    }

    static double mib(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
