package org.camelcsta.benchmarks.jmh;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camelcsta.benchmarks.RunPlan;
import org.camelcsta.benchmarks.Wire;
import org.camelcsta.benchmarks.clients.CommandClientKind;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the JMH benchmarks (throughput at 1 and 64 callers, latency) in forked JVMs and returns their figures by
 * client kind. Each client runs in rounds of one fork each, interleaved in mirrored order (camel-csta, camel-csta
 * with synchronous=false, raw, hand-rolled, then the other way round), and its figures are the mean over its rounds:
 * on a machine that others share, a burst of load then falls on every client instead of on whichever ran at the time.
 */
public final class JmhSuite {

    /**
     * The throughput of one client at one caller count: mean over the rounds and half the spread between them, in
     * requests/s; the CPU time the benchmark JVM spent per request, in microseconds; the kernel's share of it; and
     * that CPU time by kind of thread, as {@link CpuByThreadProfiler} names them.
     */
    public record Throughput(double perSecond, double spread, List<Double> rounds, double cpuMicrosPerRequest,
                             double systemSharePercent, Map<String, Double> cpuByThread) {
    }

    /** Sampled latency percentiles in microseconds (mean over the rounds), and the number of samples. */
    public record Latency(double p50, double p99, double p999, long samples) {
    }

    private static final List<CommandClientKind> ORDER = List.of(CommandClientKind.COMPONENT,
            CommandClientKind.COMPONENT_ASYNCHRONOUS, CommandClientKind.RAW, CommandClientKind.HAND_ROLLED);
    /** socket.io and HTTP GET: camel-csta against its raw client; the hand-rolled route speaks TCP/XML only. */
    private static final List<CommandClientKind> ORDER_WITHOUT_HAND_ROLLED = List.of(CommandClientKind.COMPONENT,
            CommandClientKind.COMPONENT_ASYNCHRONOUS, CommandClientKind.RAW);

    /**
     * TCP/XML's forks settle into modes that last the whole fork (at 64 callers the component's made 39,900 to
     * 71,700 req/s for the same code, raw's 54,900 to 76,100), so that a pair of forks per client lets one fork
     * decide its ratio; four, in two mirrored pairs of rounds, halve that fork's weight.
     */
    private static final int TCP_XML_ROUNDS = 4;

    private final RunPlan plan;

    public JmhSuite(RunPlan plan) {
        this.plan = plan;
    }

    /** Requests per second of each client over TCP/XML with {@code callers} concurrent callers. */
    public Map<CommandClientKind, Throughput> throughput(int callers) throws RunnerException {
        return throughput(Wire.TCP_XML, callers);
    }

    /** Requests per second of each client of this wire format with {@code callers} concurrent callers. */
    public Map<CommandClientKind, Throughput> throughput(Wire wire, int callers) throws RunnerException {
        Map<CommandClientKind, Throughput> figures = new EnumMap<>(CommandClientKind.class);
        interleaved(ThroughputBenchmark.class, wire, callers).forEach((kind, runs) -> {
            List<Double> scores = new ArrayList<>();
            runs.forEach(run -> scores.add(run.getPrimaryResult().getScore()));
            double spread = (scores.stream().mapToDouble(d -> d).max().orElse(0)
                             - scores.stream().mapToDouble(d -> d).min().orElse(0)) / 2;
            Map<String, Double> byThread = new TreeMap<>();
            runs.stream().flatMap(run -> run.getSecondaryResults().keySet().stream())
                    .filter(name -> name.startsWith(CpuByThreadProfiler.PREFIX)).distinct()
                    .forEach(name -> byThread.put(name, meanOf(runs, name)));
            figures.put(kind, new Throughput(mean(scores), spread, scores,
                    meanOf(runs, CpuPerOperationProfiler.RESULT), meanOf(runs, CpuPerOperationProfiler.SYSTEM_SHARE),
                    byThread));
        });
        return figures;
    }

    /** Latency percentiles of each client over TCP/XML, one caller. */
    public Map<CommandClientKind, Latency> latency() throws RunnerException {
        return latency(Wire.TCP_XML);
    }

    /** Latency percentiles of each client of this wire format, one caller. */
    public Map<CommandClientKind, Latency> latency(Wire wire) throws RunnerException {
        Map<CommandClientKind, Latency> figures = new EnumMap<>(CommandClientKind.class);
        interleaved(LatencyBenchmark.class, wire, 1).forEach((kind, runs) -> {
            List<Double> p50 = new ArrayList<>();
            List<Double> p99 = new ArrayList<>();
            List<Double> p999 = new ArrayList<>();
            long samples = 0;
            for (RunResult run : runs) {
                var statistics = run.getPrimaryResult().getStatistics();
                p50.add(statistics.getPercentile(50));
                p99.add(statistics.getPercentile(99));
                p999.add(statistics.getPercentile(99.9));
                samples += statistics.getN();
            }
            figures.put(kind, new Latency(mean(p50), mean(p99), mean(p999), samples));
        });
        return figures;
    }

    /** The runs of each client: one fork per client and round, in mirrored order from round to round. */
    private Map<CommandClientKind, List<RunResult>> interleaved(Class<?> benchmark, Wire wire, int threads)
            throws RunnerException {
        Map<CommandClientKind, List<RunResult>> runs = new EnumMap<>(CommandClientKind.class);
        int rounds = plan.quick() ? 1 : wire == Wire.TCP_XML ? TCP_XML_ROUNDS : 2;
        for (int round = 0; round < rounds; round++) {
            List<CommandClientKind> order = new ArrayList<>(wire == Wire.TCP_XML ? ORDER : ORDER_WITHOUT_HAND_ROLLED);
            if (round % 2 == 1) {
                Collections.reverse(order);
            }
            for (CommandClientKind kind : order) {
                runs.computeIfAbsent(kind, k -> new ArrayList<>()).addAll(run(benchmark, wire, threads, kind));
            }
        }
        return runs;
    }

    private Collection<RunResult> run(Class<?> benchmark, Wire wire, int threads, CommandClientKind kind)
            throws RunnerException {
        List<String> jvmArgs = new ArrayList<>(List.of("-Xms1g", "-Xmx1g", "-XX:+UseG1GC",
                "-Dlog4j2.configurationFile=" + System.getProperty("log4j2.configurationFile", "log4j2-benchmarks.xml")));
        jvmArgs.addAll(plan.forkJvmArgs());
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("^" + benchmark.getName().replace(".", "\\.") + "\\.")
                .param("client", kind.name())
                .param("wire", wire.name())
                .threads(threads)
                .addProfiler(CpuPerOperationProfiler.class)
                .addProfiler(CpuByThreadProfiler.class)
                .forks(1)
                .jvmArgs(jvmArgs.toArray(String[]::new))
                .shouldFailOnError(true);
        if (plan.quick()) {
            options.warmupIterations(1).warmupTime(TimeValue.seconds(2))
                    .measurementIterations(2).measurementTime(TimeValue.seconds(2));
        } else {
            // Camel, Jackson and Woodstox take a while to be compiled on 2 cores: the component's throughput still
            // climbs after 15 s of warm-up, so every fork warms up for 20 s
            options.warmupIterations(5).warmupTime(TimeValue.seconds(4))
                    .measurementIterations(4).measurementTime(TimeValue.seconds(3));
        }
        return new Runner(options.build()).run();
    }

    private static double meanOf(List<RunResult> runs, String secondary) {
        List<Double> values = new ArrayList<>();
        for (RunResult run : runs) {
            Result<?> result = run.getSecondaryResults().get(secondary);
            if (result != null) {
                values.add(result.getScore());
            }
        }
        return values.isEmpty() ? Double.NaN : mean(values);
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(d -> d).average().orElse(Double.NaN);
    }
}
