package org.camelcsta.itests.faults;

import java.lang.management.ManagementFactory;

/**
 * The JVM's live threads and the heap in use after a full collection, to compare the start of a run with its end.
 *
 * @param threads   live threads
 * @param heapBytes heap used after {@link System#gc()}
 */
public record ResourceSample(int threads, long heapBytes) {

    public static ResourceSample take() {
        System.gc();
        System.gc();
        return new ResourceSample(ManagementFactory.getThreadMXBean().getThreadCount(),
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
}
