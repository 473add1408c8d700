package org.camelcsta.benchmarks.jmh;

import java.lang.management.ManagementFactory;
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
 * CPU time of the benchmark JVM per operation (all its threads: callers, client, responder), in microseconds.
 * On a shared machine throughput moves with whatever else runs; the CPU an operation costs moves much less, so
 * it is the steadier figure for comparing the clients.
 */
public final class CpuPerOperationProfiler implements InternalProfiler {

    /** The secondary result's name in JMH's output. */
    public static final String RESULT = "cpu.per.op";

    private long cpuAtStart;

    @Override
    public String getDescription() {
        return "process CPU time per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        cpuAtStart = processCpuNanos();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                       IterationResult result) {
        long cpu = processCpuNanos() - cpuAtStart;
        long ops = result.getMetadata().getAllOps();
        double microsPerOp = ops == 0 ? Double.NaN : cpu / 1000.0 / ops;
        return List.of(new ScalarResult(RESULT, microsPerOp, "µs/op", AggregationPolicy.AVG));
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }
}
