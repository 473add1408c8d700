package org.camelcsta.benchmarks.jmh;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time of the benchmark JVM per operation (all its threads: callers, client, responder), in microseconds,
 * and the share of it spent in the kernel (socket calls, thread wake-ups), from {@code /proc/self/stat} where
 * there is one. On a shared machine throughput moves with whatever else runs; the CPU an operation costs moves
 * much less, so it is the steadier figure for comparing the clients.
 */
public final class CpuPerOperationProfiler implements InternalProfiler {

    /** The secondary result's name in JMH's output. */
    public static final String RESULT = "cpu.per.op";
    /** The kernel's share of that CPU time, in percent. */
    public static final String SYSTEM_SHARE = "cpu.system.share";

    private long cpuAtStart;
    private long[] ticksAtStart;

    @Override
    public String getDescription() {
        return "process CPU time per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        cpuAtStart = processCpuNanos();
        ticksAtStart = userAndSystemTicks();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                       IterationResult result) {
        long cpu = processCpuNanos() - cpuAtStart;
        long ops = result.getMetadata().getAllOps();
        double microsPerOp = ops == 0 ? Double.NaN : cpu / 1000.0 / ops;
        long[] ticks = userAndSystemTicks();
        long user = ticks[0] - ticksAtStart[0];
        long system = ticks[1] - ticksAtStart[1];
        double systemShare = user + system == 0 ? Double.NaN : 100.0 * system / (user + system);
        return List.of(new ScalarResult(RESULT, microsPerOp, "µs/op", AggregationPolicy.AVG),
                new ScalarResult(SYSTEM_SHARE, systemShare, "%", AggregationPolicy.AVG));
    }

    /** utime and stime of this process in clock ticks; zeros where /proc is missing. */
    private static long[] userAndSystemTicks() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // fields after the command name, which is in parentheses and may hold spaces
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new long[] { Long.parseLong(fields[11]), Long.parseLong(fields[12]) };
        } catch (IOException | RuntimeException e) {
            return new long[] { 0, 0 };
        }
    }

    /** The CPU time of this process so far, in nanoseconds; 0 where the JVM cannot tell. */
    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }
}
