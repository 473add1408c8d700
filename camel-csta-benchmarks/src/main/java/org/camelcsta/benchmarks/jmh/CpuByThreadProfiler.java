package org.camelcsta.benchmarks.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time per operation by the kind of thread that spent it, in microseconds, each with its kernel part: the
 * callers, the client's I/O thread, the component's event threads (where a reply's route goes on), the responder,
 * other Java threads, and {@code jvm}: whatever the process spent outside the Java threads alive at the end (garbage
 * collection, compilation, and threads that ended meanwhile). It says where a client's CPU per request goes, beside
 * {@link CpuPerOperationProfiler}'s whole-process figure, which also counts the end of the trial in its last
 * iteration: {@code -prof org.camelcsta.benchmarks.jmh.CpuByThreadProfiler}. A thread's user time is counted in
 * clock ticks, so each thread's kernel part is good to about 10 ms per iteration.
 */
public final class CpuByThreadProfiler implements InternalProfiler {

    /** What the names of its results begin with: {@code cpu.by.callers}, {@code cpu.by.callers.kernel}, ... */
    public static final String PREFIX = "cpu.by.";
    /** What the name of a kind's kernel part ends with. */
    public static final String KERNEL = ".kernel";
    private static final String JVM = "jvm";

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Taken by the benchmark when an iteration ends: by the profiler's turn, the last one's threads are gone. */
    private static volatile Snapshot atIterationEnd;

    private Snapshot atStart;

    @Override
    public String getDescription() {
        return "CPU time per operation by kind of thread, with its kernel part";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        atIterationEnd = null;
        atStart = Snapshot.now();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                       IterationResult result) {
        Snapshot atEnd = atIterationEnd;
        if (atEnd == null) {
            return List.of(); // a benchmark that does not call iterationEnded()
        }
        Map<String, Spent> byKind = new LinkedHashMap<>();
        long javaThreads = 0;
        for (Map.Entry<Long, ThreadTimes> thread : atEnd.threads().entrySet()) {
            ThreadTimes start = atStart.threads().getOrDefault(thread.getKey(), ThreadTimes.NONE);
            long cpu = thread.getValue().cpu() - start.cpu();
            long user = thread.getValue().user() - start.user();
            Spent spent = byKind.computeIfAbsent(kindOf(atEnd.names().get(thread.getKey())), kind -> new Spent());
            spent.cpu += cpu;
            spent.kernel += Math.max(cpu - user, 0);
            javaThreads += cpu;
        }
        long process = atEnd.process() - atStart.process();
        byKind.computeIfAbsent(JVM, kind -> new Spent()).cpu += Math.max(process - javaThreads, 0);
        long ops = result.getMetadata().getAllOps();
        List<Result> results = new ArrayList<>();
        byKind.forEach((kind, spent) -> {
            results.add(new ScalarResult(PREFIX + kind, micros(spent.cpu, ops), "µs/op", AggregationPolicy.AVG));
            if (!kind.equals(JVM)) {
                results.add(new ScalarResult(PREFIX + kind + KERNEL, micros(spent.kernel, ops), "µs/op",
                        AggregationPolicy.AVG));
            }
        });
        return results;
    }

    /** The kind of a thread by the names the benchmark's clients and responders give their threads. */
    private static String kindOf(String name) {
        if (name == null) {
            return "other";
        }
        if (name.contains("jmh-worker")) {
            return "callers";
        }
        if (name.startsWith("responder")) {
            return "responder";
        }
        if (name.startsWith("csta-io") || name.startsWith("raw-client-io")) {
            return "io";
        }
        return name.contains("CstaEvents") ? "events" : "other";
    }

    /** Called by the benchmark at the end of each iteration, before its trial's threads are stopped. */
    public static void iterationEnded() {
        atIterationEnd = Snapshot.now();
    }

    /** The CPU time a kind of thread spent, and the kernel's part of it, in nanoseconds. */
    private static final class Spent {
        long cpu;
        long kernel;
    }

    /** A thread's CPU time and the user's part of it, in nanoseconds. */
    private record ThreadTimes(long cpu, long user) {
        static final ThreadTimes NONE = new ThreadTimes(0, 0);
    }

    /** The process's CPU time and each live thread's times, in nanoseconds, with the threads' names. */
    private record Snapshot(long process, Map<Long, ThreadTimes> threads, Map<Long, String> names) {

        static Snapshot now() {
            long process = CpuPerOperationProfiler.processCpuNanos();
            Map<Long, ThreadTimes> cpu = new HashMap<>();
            for (long id : THREADS.getAllThreadIds()) {
                long total = THREADS.getThreadCpuTime(id);
                long user = THREADS.getThreadUserTime(id);
                if (total >= 0 && user >= 0) {
                    cpu.put(id, new ThreadTimes(total, user));
                }
            }
            Map<Long, String> names = new HashMap<>();
            for (ThreadInfo info : THREADS.getThreadInfo(cpu.keySet().stream().mapToLong(Long::longValue).toArray())) {
                if (info != null) {
                    names.put(info.getThreadId(), info.getThreadName());
                }
            }
            return new Snapshot(process, cpu, names);
        }
    }

    private static double micros(long nanos, long ops) {
        return ops == 0 ? Double.NaN : nanos / 1000.0 / ops;
    }
}
