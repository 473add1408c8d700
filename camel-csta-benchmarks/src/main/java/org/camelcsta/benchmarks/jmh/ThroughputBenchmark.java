package org.camelcsta.benchmarks.jmh;

import java.util.concurrent.TimeUnit;

import org.camelcsta.benchmarks.clients.CommandClient;
import org.camelcsta.benchmarks.clients.CommandClientKind;
import org.camelcsta.benchmarks.responder.CannedResponder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Commands per second over TCP/XML: every JMH thread is one caller that sends a MakeCall and waits for its
 * reply, all callers sharing one client (and so, for camel-csta and raw Netty, one pipelined connection).
 * The thread count (1 or 64) is set by {@link JmhSuite}. The responder runs in the same JVM on loopback.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ThroughputBenchmark {

    @Param({ "COMPONENT", "RAW", "HAND_ROLLED" })
    public CommandClientKind client;

    private CannedResponder responder;
    private CommandClient commands;

    @Setup(Level.Trial)
    public void start() throws Exception {
        responder = CannedResponder.start();
        commands = client.connect(responder.port());
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        commands.close();
        responder.close();
    }

    @Benchmark
    public String makeCall() throws Exception {
        return commands.makeCall();
    }
}
