package org.camelcsta.benchmarks.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.camelcsta.benchmarks.RunPlan;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link CodecBenchmark}'s MakeCall and DeliveredEvent benchmarks, one forked JVM each, with JMH's GC profiler
 * for the allocation per operation. The time per operation is JMH's average on one thread that does nothing else:
 * on a quiet machine, the CPU time of the operation (the fork's whole CPU time would add the JIT compiler's).
 */
public final class CodecSuite {

    /** One benchmark's figures: time per operation on one thread in microseconds, bytes allocated per operation. */
    public record Cost(double cpuMicros, double bytes) {

        public double cpuRatio(Cost baseline) {
            return cpuMicros / baseline.cpuMicros;
        }

        public double bytesRatio(Cost baseline) {
            return bytes / baseline.bytes;
        }
    }

    /** The figures of one run. */
    public record Figures(Cost makeCall, Cost deliveredEvent) {
    }

    /**
     * The codec before the round-two changes (main at 9e2e5a5), by this suite's full settings on the development
     * machine (2 cores, AMD EPYC, load average 1 to 3, interleaved with the new code's runs; time from its steadiest
     * forks). Allocation is exact on any machine, time is not: record it again on a quiet machine when one is at
     * hand (docs/performance.md says how).
     */
    public static final Figures BASELINE = new Figures(new Cost(3.1, 11_488), new Cost(5.0, 13_520));

    private static final String ALLOCATION = "gc.alloc.rate.norm";

    private final RunPlan plan;

    public CodecSuite(RunPlan plan) {
        this.plan = plan;
    }

    public Figures run() throws RunnerException {
        return new Figures(run(CodecBenchmark.MAKE_CALL), run(CodecBenchmark.DELIVERED_EVENT));
    }

    private Cost run(String benchmark) throws RunnerException {
        List<String> jvmArgs = new ArrayList<>(List.of("-Xms1g", "-Xmx1g", "-XX:+UseG1GC"));
        jvmArgs.addAll(plan.forkJvmArgs());
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("^" + CodecBenchmark.class.getName().replace(".", "\\.") + "\\." + benchmark + "$")
                .threads(1)
                .timeUnit(TimeUnit.MICROSECONDS)
                .addProfiler(GCProfiler.class)
                .forks(1)
                .jvmArgs(jvmArgs.toArray(String[]::new))
                .shouldFailOnError(true);
        if (plan.quick()) {
            // Jackson and Woodstox are not compiled after a shorter warm-up: the time would be several times too long
            options.warmupIterations(3).warmupTime(TimeValue.seconds(2))
                    .measurementIterations(3).measurementTime(TimeValue.seconds(1));
        } else {
            options.warmupIterations(5).warmupTime(TimeValue.seconds(2))
                    .measurementIterations(5).measurementTime(TimeValue.seconds(2));
        }
        RunResult result = new Runner(options.build()).runSingle();
        Result<?> allocation = result.getSecondaryResults().get(ALLOCATION);
        return new Cost(result.getPrimaryResult().getScore(), allocation == null ? Double.NaN : allocation.getScore());
    }
}
