package org.camelcsta.benchmarks.jmh;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.camelcsta.benchmarks.RunPlan;
import org.camelcsta.benchmarks.clients.CommandClientKind;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the JMH benchmarks (throughput at 1 and 64 callers, latency) in forked JVMs and returns their figures by
 * client kind. Each fork gets a fixed heap, so that the three clients run under the same conditions.
 */
public final class JmhSuite {

    /**
     * The throughput of one client at one caller count: mean and its 99.9% error margin, in requests/s, and the
     * CPU time the benchmark JVM spent per request, in microseconds, and the kernel's share of it in percent.
     */
    public record Throughput(double perSecond, double error, double cpuMicrosPerRequest, double systemSharePercent) {
    }

    /** Sampled latency percentiles in microseconds, and the number of samples. */
    public record Latency(double p50, double p99, double p999, long samples) {
    }

    private final RunPlan plan;

    public JmhSuite(RunPlan plan) {
        this.plan = plan;
    }

    /** Requests per second of each client with {@code callers} concurrent callers. */
    public Map<CommandClientKind, Throughput> throughput(int callers) throws RunnerException {
        Map<CommandClientKind, Throughput> figures = new EnumMap<>(CommandClientKind.class);
        for (RunResult run : run(ThroughputBenchmark.class, callers)) {
            Result<?> primary = run.getPrimaryResult();
            Result<?> cpu = run.getSecondaryResults().get(CpuPerOperationProfiler.RESULT);
            Result<?> system = run.getSecondaryResults().get(CpuPerOperationProfiler.SYSTEM_SHARE);
            figures.put(kindOf(run), new Throughput(primary.getScore(), primary.getScoreError(),
                    cpu == null ? Double.NaN : cpu.getScore(), system == null ? Double.NaN : system.getScore()));
        }
        return figures;
    }

    /** Latency percentiles of each client, one caller. */
    public Map<CommandClientKind, Latency> latency() throws RunnerException {
        Map<CommandClientKind, Latency> figures = new EnumMap<>(CommandClientKind.class);
        for (RunResult run : run(LatencyBenchmark.class, 1)) {
            var statistics = run.getPrimaryResult().getStatistics();
            figures.put(kindOf(run), new Latency(statistics.getPercentile(50), statistics.getPercentile(99),
                    statistics.getPercentile(99.9), statistics.getN()));
        }
        return figures;
    }

    private Collection<RunResult> run(Class<?> benchmark, int threads) throws RunnerException {
        List<String> jvmArgs = new ArrayList<>(List.of("-Xms1g", "-Xmx1g", "-XX:+UseG1GC",
                "-Dlog4j2.configurationFile=" + System.getProperty("log4j2.configurationFile", "log4j2-benchmarks.xml")));
        jvmArgs.addAll(plan.forkJvmArgs());
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("^" + benchmark.getName().replace(".", "\\.") + "\\.")
                .threads(threads)
                .addProfiler(CpuPerOperationProfiler.class)
                .forks(1)
                .jvmArgs(jvmArgs.toArray(String[]::new))
                .shouldFailOnError(true);
        if (plan.quick()) {
            options.warmupIterations(1).warmupTime(TimeValue.seconds(2))
                    .measurementIterations(2).measurementTime(TimeValue.seconds(2));
        } else {
            // Camel, Jackson and Woodstox take a while to be compiled on 2 cores: the component's throughput still
            // climbs after 15 s of warm-up, so warm up for 30 s
            options.warmupIterations(6).warmupTime(TimeValue.seconds(5))
                    .measurementIterations(5).measurementTime(TimeValue.seconds(4));
        }
        return new Runner(options.build()).run();
    }

    private static CommandClientKind kindOf(RunResult run) {
        return CommandClientKind.valueOf(run.getParams().getParam("client"));
    }
}
