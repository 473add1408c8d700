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
 * Runs {@link CodecBenchmark}'s MakeCall and DeliveredEvent benchmarks on today's codec and on the codec before round
 * two (the baseline), with JMH's GC profiler for the allocation per operation. Each codec runs in forked JVMs of its
 * own, two per figure interleaved in mirrored order (one each with {@code --quick}), so that load from elsewhere
 * falls on both; a figure is the mean of its forks. The time per operation is JMH's average on one
 * thread that does nothing else: on a quiet machine, the CPU time of the operation (the fork's whole CPU time would
 * add the JIT compiler's).
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

    /** Today's figure of one benchmark and the baseline's, from the same run: each the mean of its forks. */
    public record Comparison(List<Cost> nowForks, List<Cost> baselineForks) {

        public Cost now() {
            return mean(nowForks);
        }

        public Cost baseline() {
            return mean(baselineForks);
        }

        public double cpuRatio() {
            return now().cpuRatio(baseline());
        }

        public double bytesRatio() {
            return now().bytesRatio(baseline());
        }

        private static Cost mean(List<Cost> forks) {
            return new Cost(forks.stream().mapToDouble(Cost::cpuMicros).average().orElseThrow(),
                    forks.stream().mapToDouble(Cost::bytes).average().orElseThrow());
        }
    }

    /** The figures of one run. */
    public record Figures(Comparison makeCall, Comparison deliveredEvent) {
    }

    private static final String ALLOCATION = "gc.alloc.rate.norm";

    private final RunPlan plan;

    public CodecSuite(RunPlan plan) {
        this.plan = plan;
    }

    public Figures run() throws RunnerException {
        return new Figures(compare(CodecBenchmark.MAKE_CALL, CodecBenchmark.BASELINE_MAKE_CALL, true),
                compare(CodecBenchmark.DELIVERED_EVENT, CodecBenchmark.BASELINE_DELIVERED_EVENT, false));
    }

    /** Forks in mirrored order: baseline, now, now, baseline (or the other way round); one of each when quick. */
    private Comparison compare(String now, String baseline, boolean baselineFirst) throws RunnerException {
        List<Cost> nowForks = new ArrayList<>();
        List<Cost> baselineForks = new ArrayList<>();
        int forks = plan.quick() ? 2 : 4;
        for (int fork = 0; fork < forks; fork++) {
            // forks 0 and 3 are the first codec's, 1 and 2 the other's
            boolean baselineFork = (fork == 0 || fork == 3) == baselineFirst;
            (baselineFork ? baselineForks : nowForks).add(run(baselineFork ? baseline : now));
        }
        return new Comparison(List.copyOf(nowForks), List.copyOf(baselineForks));
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
