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
import org.openjdk.jmh.annotations.Threads;

/**
 * Latency of sequential single requests: one caller, one MakeCall at a time, every call's time sampled
 * (JMH's sample mode), so that p50, p99 and p99.9 come from the sampled distribution.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
public class LatencyBenchmark {

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
