package org.camelcsta.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.Collectors;

import org.camelcsta.benchmarks.clients.CommandClientKind;
import org.camelcsta.benchmarks.events.EventIngestionBenchmark;
import org.camelcsta.benchmarks.events.IngestionResult;
import org.camelcsta.benchmarks.jmh.CodecSuite;
import org.camelcsta.benchmarks.jmh.CodecSuite.Comparison;
import org.camelcsta.benchmarks.jmh.CodecSuite.Cost;
import org.camelcsta.benchmarks.jmh.CodecSuite.Figures;
import org.camelcsta.benchmarks.jmh.CpuByThreadProfiler;
import org.camelcsta.benchmarks.jmh.JmhSuite;
import org.camelcsta.benchmarks.jmh.JmhSuite.Latency;
import org.camelcsta.benchmarks.jmh.JmhSuite.Throughput;
import org.camelcsta.benchmarks.scale.ReconnectBenchmark;
import org.camelcsta.benchmarks.scale.ReconnectResult;
import org.camelcsta.benchmarks.scale.ScaleBenchmark;
import org.camelcsta.benchmarks.scale.ScaleResult;
import org.camelcsta.benchmarks.soak.SoakRun;

import static org.camelcsta.benchmarks.ResultTable.count;
import static org.camelcsta.benchmarks.ResultTable.met;
import static org.camelcsta.benchmarks.ResultTable.times;
import static org.camelcsta.benchmarks.clients.CommandClientKind.COMPONENT;
import static org.camelcsta.benchmarks.clients.CommandClientKind.COMPONENT_ASYNCHRONOUS;
import static org.camelcsta.benchmarks.clients.CommandClientKind.HAND_ROLLED;
import static org.camelcsta.benchmarks.clients.CommandClientKind.RAW;

/**
 * The one command: runs every benchmark of issue 7 in order (JMH throughput at 1 and 64 callers, JMH latency,
 * then the plain harnesses for event ingestion, scale and reconnect, then the codec alone in JMH), prints one table and writes it, with the
 * machine it ran on, to {@code docs/performance.md}. Run from the repository root:
 * {@code java -jar camel-csta-benchmarks/target/camel-csta-benchmarks.jar [--quick] [--only=...]}; with
 * {@code --soak}, the soak of {@link SoakRun} instead.
 */
public final class BenchmarkMain {

    private static final String NONE = "—";
    /** The component's producer as it comes, and with {@code synchronous=false}. */
    static final List<CommandClientKind> COMPONENTS = List.of(COMPONENT, COMPONENT_ASYNCHRONOUS);

    private final RunPlan plan;
    private final ResultTable table = new ResultTable();
    private final StringBuilder details = new StringBuilder();

    private BenchmarkMain(RunPlan plan) {
        this.plan = plan;
    }

    public static void main(String[] args) throws Exception {
        if (System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", "log4j2-benchmarks.xml");
        }
        if (SoakRun.isRequested(args)) {
            SoakRun.main(args);
            return;
        }
        RunPlan plan = RunPlan.parse(args);
        MachineInfo machine = new MachineInfo();
        BenchmarkMain main = new BenchmarkMain(plan);
        main.runAll();
        machine.finished();
        String block = PerformanceReport.block(machine, plan, main.table, main.details.toString());
        System.out.println();
        System.out.println(block);
        PerformanceReport.write(plan.output(), block);
        System.out.println("Written to " + plan.output().toAbsolutePath());
    }

    private void runAll() throws Exception {
        JmhSuite jmh = new JmhSuite(plan);
        if (plan.runs("throughput")) {
            throughput(1, jmh.throughput(1));
            throughput(64, jmh.throughput(64));
        }
        if (plan.runs("latency")) {
            latency(jmh.latency());
        }
        if (plan.runs("events")) {
            events();
        }
        if (plan.runs("scale")) {
            scale();
        }
        if (plan.runs("reconnect")) {
            reconnect();
        }
        if (plan.runs("socketio")) {
            new TransportComparison(Wire.SOCKETIO, "6", "the io.socket client 1.0.2 (websocket, OkHttp) with camel-csta's "
                    + "JsonCodec, requests matched by requestID", table, details).run(jmh, plan);
        }
        if (plan.runs("http")) {
            new TransportComparison(Wire.HTTP_GET, "7", "Apache HttpClient 5 async (1 I/O thread, 64 connections) with "
                    + "camel-csta's QueryCodec and JsonCodec", table, details).run(jmh, plan);
        }
        if (plan.runs("codec")) {
            codec();
        }
    }

    private void throughput(int callers, Map<CommandClientKind, Throughput> figures) {
        for (CommandClientKind client : COMPONENTS) {
            throughput(callers, client, figures);
        }
        details.append(String.format("- Throughput, %d caller(s), mean of %d interleaved forks (req/s, each fork's "
                                     + "mean): camel-csta %s, with synchronous=false %s, raw %s, hand-rolled %s; kernel share "
                                     + "of the CPU: camel-csta %.0f%%, with synchronous=false %.0f%%, raw %.0f%%, hand-rolled "
                                     + "%.0f%%.%n", callers, figures.get(COMPONENT).rounds().size(),
                rounds(figures.get(COMPONENT)), rounds(figures.get(COMPONENT_ASYNCHRONOUS)), rounds(figures.get(RAW)),
                rounds(figures.get(HAND_ROLLED)), figures.get(COMPONENT).systemSharePercent(),
                figures.get(COMPONENT_ASYNCHRONOUS).systemSharePercent(), figures.get(RAW).systemSharePercent(),
                figures.get(HAND_ROLLED).systemSharePercent()));
        details.append(String.format("- CPU per request by thread, %d caller(s) (µs, mean of the forks; events are the "
                                     + "component's event threads, where a reply's route goes on; other, other Java "
                                     + "threads; jvm, GC, JIT and threads that ended; the hand-rolled route's threads "
                                     + "are not told apart): camel-csta: %s; with synchronous=false: %s; raw: %s.%n",
                callers,
                byThread(figures.get(COMPONENT)), byThread(figures.get(COMPONENT_ASYNCHRONOUS)),
                byThread(figures.get(RAW))));
    }

    /** A client's CPU per request by kind of thread: "callers 16.1 (kernel 6.9), io 7.9 (kernel 3.3), ...". */
    static String byThread(Throughput throughput) {
        StringJoiner text = new StringJoiner(", ");
        throughput.cpuByThread().forEach((name, micros) -> {
            Double kernel = throughput.cpuByThread().get(name + CpuByThreadProfiler.KERNEL);
            String kind = name.substring(CpuByThreadProfiler.PREFIX.length());
            if (!kind.endsWith(CpuByThreadProfiler.KERNEL) && micros >= 0.05) {
                text.add(kernel == null ? String.format("%s %.1f", kind, micros)
                        : String.format("%s %.1f (kernel %.1f)", kind, micros, kernel));
            }
        });
        return text.toString();
    }

    private void throughput(int callers, CommandClientKind client, Map<CommandClientKind, Throughput> figures) {
        double csta = figures.get(client).perSecond();
        double raw = figures.get(RAW).perSecond();
        double handRolled = figures.get(HAND_ROLLED).perSecond();
        boolean many = callers == 64;
        String who = who(callers, client);
        table.add("1", "MakeCall throughput, " + who + " (req/s)",
                count(csta), count(raw), count(handRolled),
                times(csta / raw) + " of raw, " + times(csta / handRolled) + " of hand-rolled",
                many ? "≥ 0.90× raw" : NONE, many ? met(csta >= 0.9 * raw) : NONE);
        double cstaCpu = figures.get(client).cpuMicrosPerRequest();
        double rawCpu = figures.get(RAW).cpuMicrosPerRequest();
        double handRolledCpu = figures.get(HAND_ROLLED).cpuMicrosPerRequest();
        double cpuLimit = many ? 1.15 : 1.10;
        table.add("1", "CPU per request, " + who + " (µs, whole JVM)",
                micros(cstaCpu), micros(rawCpu), micros(handRolledCpu),
                times(cstaCpu / rawCpu) + " of raw, " + times(cstaCpu / handRolledCpu) + " of hand-rolled",
                "≤ " + times(cpuLimit) + " raw", met(cstaCpu <= cpuLimit * rawCpu));
    }

    /** Who sends, in a measurement's name: "1 caller", "64 callers", with ", synchronous=false" where so. */
    static String who(int callers, CommandClientKind client) {
        String variant = client == COMPONENT_ASYNCHRONOUS ? ", synchronous=false" : "";
        return callers + (callers == 1 ? " caller" : " callers") + variant;
    }

    static String rounds(Throughput throughput) {
        StringBuilder text = new StringBuilder();
        throughput.rounds().forEach(score -> text.append(text.length() == 0 ? "" : " / ").append(count(score)));
        return text.toString();
    }

    private void latency(Map<CommandClientKind, Latency> figures) {
        Latency raw = figures.get(RAW);
        Latency handRolled = figures.get(HAND_ROLLED);
        for (CommandClientKind client : COMPONENTS) {
            Latency csta = figures.get(client);
            String who = who(1, client);
            table.add("3", "Latency p50, " + who + " (µs)", micros(csta.p50()), micros(raw.p50()), micros(handRolled.p50()),
                    times(csta.p50() / raw.p50()) + " of raw", "≤ 1.10× raw", met(csta.p50() <= 1.1 * raw.p50()));
            table.add("3", "Latency p99, " + who + " (µs)", micros(csta.p99()), micros(raw.p99()), micros(handRolled.p99()),
                    times(csta.p99() / raw.p99()) + " of raw", "≤ 2× raw", met(csta.p99() <= 2 * raw.p99()));
            table.add("3", "Latency p99.9, " + who + " (µs)", micros(csta.p999()), micros(raw.p999()),
                    micros(handRolled.p999()), times(csta.p999() / raw.p999()) + " of raw", NONE, NONE);
        }
        details.append(String.format("- Latency: percentiles are the mean over the interleaved forks; samples (JMH "
                                     + "sample mode): camel-csta %,d, with synchronous=false %,d, raw %,d, hand-rolled %,d.%n",
                figures.get(COMPONENT).samples(), figures.get(COMPONENT_ASYNCHRONOUS).samples(), raw.samples(),
                handRolled.samples()));
    }

    private void events() throws Exception {
        EventIngestionBenchmark benchmark = plan.quick()
                ? new EventIngestionBenchmark(50_000, 1, 2) : new EventIngestionBenchmark(200_000, 2, 5);
        System.out.println("# Event ingestion: csta:monitor route, raw Netty + codec, the route with eventId=true");
        EventIngestionBenchmark.Comparison comparison = benchmark.compare(Wire.TCP_XML);
        IngestionResult csta = comparison.component();
        IngestionResult raw = comparison.raw();
        IngestionResult withId = comparison.withEventId();
        boolean complete = csta.complete() && withId.complete();
        table.add("2", "Event ingestion into a route (events/s)", count(csta.eventsPerSecond()), count(raw.eventsPerSecond()),
                NONE, times(csta.eventsPerSecond() / raw.eventsPerSecond()) + " of raw",
                "≥ 0.95× raw, none lost", met(complete && csta.eventsPerSecond() >= 0.95 * raw.eventsPerSecond()));
        table.add("2", "… with eventId=true (CamelCstaEventId, for HA)", count(withId.eventsPerSecond()),
                count(raw.eventsPerSecond()), NONE, times(withId.eventsPerSecond() / raw.eventsPerSecond()) + " of raw",
                NONE, NONE);
        table.add("2", "Events lost / out of order (all blasts)",
                (csta.lost() + withId.lost()) + " / " + (csta.outOfOrder() + withId.outOfOrder()),
                raw.lost() + " / " + raw.outOfOrder(), NONE, NONE, "0 / 0", met(complete));
        details.append(String.format("- Event ingestion: %d measured blasts of %,d DeliveredEvents (about 1 KB each) after "
                                     + "warm-up, the three clients' blasts in turn; median shown, best camel-csta %s/s "
                                     + "(%s/s with eventId=true), best raw %s/s.%n",
                csta.rounds(), csta.eventsPerRound(), count(csta.best()), count(withId.best()), count(raw.best())));
    }

    private void scale() throws Exception {
        List<Integer> steps = plan.quick() ? List.of(10, 100) : List.of(10, 100, 1000);
        int devices = plan.quick() ? 1000 : 10_000;
        System.out.println("# Scale: " + devices + " monitors on one session, then " + steps + " sessions");
        ScaleResult result = new ScaleBenchmark(devices, steps).run();
        table.add("4", String.format("%,d devices monitored on one session: time to start", result.devices()),
                String.format("%,d ms", result.monitorsStartMillis()), NONE, NONE, NONE,
                result.devices() == 10_000 ? "≤ 1,000 ms" : NONE,
                result.devices() == 10_000 ? met(result.monitorsStartMillis() <= 1000) : NONE);
        table.add("4", String.format("%,d devices monitored on one session: started again, JIT warm", result.devices()),
                String.format("%,d ms", result.monitorsRestartMillis()), NONE, NONE, NONE, NONE, NONE);
        table.add("4", String.format("%,d devices monitored on one session: heap", result.devices()),
                mib(result.monitorsHeapBytes()), NONE, NONE, NONE, NONE, NONE);
        table.add("4", String.format("%,d sessions, distinct users: live heap of the JVM", result.sessions()),
                mib(result.liveHeapBytes()) + String.format(" (%.1f KiB per session)", result.heapPerSessionBytes() / 1024.0),
                NONE, NONE, NONE, "≤ 256 MiB", met(result.liveHeapBytes() <= 256L * 1024 * 1024));
        Map<Integer, Integer> threads = result.threadsBySessions();
        int first = threads.entrySet().stream().filter(e -> e.getKey() > 0).findFirst().orElseThrow().getValue();
        int last = threads.get(result.sessions());
        StringBuilder byStep = new StringBuilder();
        threads.forEach((sessions, count) -> byStep.append(byStep.length() == 0 ? "" : ", ")
                .append(count).append(" at ").append(sessions));
        table.add("4", "Threads by sessions", byStep.toString(), NONE, NONE, NONE, "no growth with sessions",
                met(last <= first));
        details.append(String.format("- Scale: against csta-simulator in its own JVM, warmed up first (%,d monitors "
                                     + "started by 3 sessions, as on a server that has been running); the time to start "
                                     + "is the route's first start in the benchmark JVM, started again is the median of 3 "
                                     + "later starts, each in a new context; %,d sessions came up in %,d ms "
                                     + "(last step); heap per session measured between the last two steps; Netty's pooled "
                                     + "direct memory with all sessions up: %s.%n",
                result.devices(), result.sessions(), result.sessionsStartMillis(), mib(result.nettyDirectBytes())));
    }

    private void reconnect() throws Exception {
        int rounds = plan.quick() ? 1 : 5;
        System.out.println("# Reconnect: 1,000 monitors, " + rounds + " drops");
        ReconnectResult result = new ReconnectBenchmark(1000, rounds).run();
        table.add("5", String.format("Reconnect: drop to all %,d monitors running again", result.monitors()),
                String.format("%,d ms (worst %,d)", result.medianMillis(), result.maxMillis()), NONE, NONE, NONE,
                "≤ 300 ms", met(result.medianMillis() <= 300));
        table.add("5", "of which: logged in again to all monitors running", String.format("%,d ms", result.medianRestoreMillis()),
                NONE, NONE, NONE, NONE, NONE);
        details.append(String.format("- Reconnect: %d drops (median shown) with the component's default reconnect settings: "
                                     + "the first attempt goes at once after a connection that was up for at least the "
                                     + "reconnect delay (%,d ms; each drop here is of such a connection), later ones back "
                                     + "off from that delay with ± 20%% jitter; the simulator accepts again at once.%n",
                result.rounds(), result.reconnectDelayMillis()));
    }

    private void codec() throws Exception {
        System.out.println("# Codec: XmlCodec + MessageBinder alone, one thread, against the codec before round two");
        Figures figures = new CodecSuite(plan).run();
        Comparison makeCall = figures.makeCall();
        table.add("8", "codec: MakeCall encode + reply decode/bind (µs/op, B/op)", cost(makeCall.now()), NONE, NONE,
                againstBaseline(makeCall), "≤ 0.5× baseline CPU and allocation",
                met(makeCall.cpuRatio() <= 0.5 && makeCall.bytesRatio() <= 0.5));
        table.add("8", "codec: DeliveredEvent decode/bind (µs/op, B/op)", cost(figures.deliveredEvent().now()), NONE, NONE,
                againstBaseline(figures.deliveredEvent()), NONE, NONE);
        details.append(String.format("- Codec: one thread, no I/O, JMH average time per operation (on a quiet machine, its "
                                     + "CPU time) and JMH's GC profiler; the baseline is the codec before round two, "
                                     + "measured in the same run (see \"The XML codec\"). Each fork's time (µs/op): MakeCall "
                                     + "%s, baseline %s; DeliveredEvent %s, baseline %s.%n",
                forkTimes(makeCall.nowForks()), forkTimes(makeCall.baselineForks()),
                forkTimes(figures.deliveredEvent().nowForks()), forkTimes(figures.deliveredEvent().baselineForks())));
    }

    private static String againstBaseline(Comparison comparison) {
        return times(comparison.cpuRatio()) + " CPU, " + times(comparison.bytesRatio()) + " allocation of baseline "
               + cost(comparison.baseline());
    }

    private static String forkTimes(List<Cost> forks) {
        return forks.stream().map(fork -> String.format("%,.2f", fork.cpuMicros())).collect(Collectors.joining(" and "));
    }

    private static String cost(Cost cost) {
        return String.format("%,.2f µs, %,.0f B", cost.cpuMicros(), cost.bytes());
    }

    static String micros(double value) {
        return String.format("%,.1f", value);
    }

    private static String mib(long bytes) {
        return String.format("%.1f MiB", bytes / (1024.0 * 1024.0));
    }
}
