package org.camelcsta.benchmarks.jmh;

import org.camelcsta.benchmarks.Wire;
import org.camelcsta.benchmarks.clients.CommandClient;
import org.camelcsta.benchmarks.clients.CommandClientKind;
import org.camelcsta.benchmarks.responder.Responder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One MakeCall and its reply per operation, through the client under test, against a canned responder of the
 * wire format under test in the same JVM on loopback. Subclasses choose how it is measured (throughput, latency) and with how many callers.
 */
@State(Scope.Benchmark)
public abstract class MakeCallBenchmark {

    @Param({ "COMPONENT", "COMPONENT_ASYNCHRONOUS", "RAW", "HAND_ROLLED" })
    public CommandClientKind client;

    @Param({ "TCP_XML", "SOCKETIO", "HTTP_GET" })
    public Wire wire;

    private Responder responder;
    private CommandClient commands;

    @Setup(Level.Trial)
    public void start() throws Exception {
        responder = Responder.start(wire);
        commands = client.connect(wire, responder.port());
    }

    /** Lets {@link CpuByThreadProfiler} see this iteration's threads before the trial's end stops them. */
    @TearDown(Level.Iteration)
    public void iterationEnded() {
        CpuByThreadProfiler.iterationEnded();
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
