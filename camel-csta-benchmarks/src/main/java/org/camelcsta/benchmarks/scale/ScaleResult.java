package org.camelcsta.benchmarks.scale;

import java.util.Map;

/**
 * What the scale benchmark found.
 *
 * @param devices               devices monitored on one session
 * @param monitorsStartMillis   from the route's start to the last of its monitors running, its first start in the JVM
 * @param monitorsRestartMillis the same, median of later starts (each in a new context), the JIT warm
 * @param monitorsHeapBytes     live heap that the session with its monitors added
 * @param sessions              sessions with distinct users
 * @param sessionsStartMillis   from adding the routes to every session logged in with its monitor
 * @param liveHeapBytes         the JVM's whole live heap with all sessions up
 * @param heapPerSessionBytes   live heap per session added, between the two largest steps
 * @param threadsBySessions     the JVM's thread count at each step (sessions to threads)
 * @param nettyDirectBytes      direct memory held by Netty's pooled allocator with all sessions up
 */
public record ScaleResult(int devices, long monitorsStartMillis, long monitorsRestartMillis, long monitorsHeapBytes, int sessions,
                          long sessionsStartMillis, long liveHeapBytes, long heapPerSessionBytes,
                          Map<Integer, Integer> threadsBySessions, long nettyDirectBytes) {
}
