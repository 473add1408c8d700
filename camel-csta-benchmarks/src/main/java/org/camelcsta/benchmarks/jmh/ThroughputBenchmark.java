package org.camelcsta.benchmarks.jmh;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Commands per second over TCP/XML: every JMH thread is one caller that sends a MakeCall and waits for its
 * reply, all callers sharing one client (and so, for camel-csta and raw Netty, one pipelined connection).
 * The thread count (1 or 64) is set by {@link JmhSuite}. The responder runs in the same JVM on loopback.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ThroughputBenchmark extends MakeCallBenchmark {
}
