package org.camelcsta.benchmarks;

import java.util.Map;

import org.camelcsta.benchmarks.clients.CommandClientKind;
import org.camelcsta.benchmarks.events.EventIngestionBenchmark;
import org.camelcsta.benchmarks.events.IngestionResult;
import org.camelcsta.benchmarks.jmh.JmhSuite;
import org.camelcsta.benchmarks.jmh.JmhSuite.Latency;
import org.camelcsta.benchmarks.jmh.JmhSuite.Throughput;

import static org.camelcsta.benchmarks.ResultTable.count;
import static org.camelcsta.benchmarks.ResultTable.met;
import static org.camelcsta.benchmarks.ResultTable.times;
import static org.camelcsta.benchmarks.clients.CommandClientKind.COMPONENT;
import static org.camelcsta.benchmarks.clients.CommandClientKind.COMPONENT_ASYNCHRONOUS;
import static org.camelcsta.benchmarks.clients.CommandClientKind.RAW;

/**
 * One of the JSON transports (socket.io, HTTP GET) against the raw client of its own library: throughput at 1
 * and 64 callers with the CPU per request, latency at 1 caller and, where the transport has events, event
 * ingestion. The target of every figure is 0.8 of the raw client's (for latency: at most 1.25 times its time).
 */
final class TransportComparison {

    private static final double TARGET = 0.8;
    private static final String NONE = "—";

    private final Wire wire;
    private final String item;
    private final String rawClient;
    private final ResultTable table;
    private final StringBuilder details;

    /**
     * @param item      the table's item number for this transport
     * @param rawClient what its raw client is, for the details
     */
    TransportComparison(Wire wire, String item, String rawClient, ResultTable table, StringBuilder details) {
        this.wire = wire;
        this.item = item;
        this.rawClient = rawClient;
        this.table = table;
        this.details = details;
    }

    void run(JmhSuite jmh, RunPlan plan) throws Exception {
        System.out.println("# " + wire.label() + ": camel-csta against " + rawClient);
        details.append(String.format("- %s: raw is %s.%n", wire.label(), rawClient));
        throughput(1, jmh.throughput(wire, 1));
        throughput(64, jmh.throughput(wire, 64));
        latency(jmh.latency(wire));
        if (wire != Wire.HTTP_GET) {
            events(plan.quick() ? new EventIngestionBenchmark(50_000, 1, 2) : new EventIngestionBenchmark(200_000, 2, 5));
        }
    }

    private void throughput(int callers, Map<CommandClientKind, Throughput> figures) {
        double raw = figures.get(RAW).perSecond();
        double rawCpu = figures.get(RAW).cpuMicrosPerRequest();
        for (CommandClientKind client : BenchmarkMain.COMPONENTS) {
            String who = BenchmarkMain.who(callers, client);
            double csta = figures.get(client).perSecond();
            table.add(item, wire.label() + ": MakeCall throughput, " + who + " (req/s)", count(csta), count(raw), NONE,
                    times(csta / raw) + " of raw", "≥ 0.80× raw", met(csta >= TARGET * raw));
            double cstaCpu = figures.get(client).cpuMicrosPerRequest();
            table.add(item, wire.label() + ": CPU per request, " + who + " (µs, whole JVM)", BenchmarkMain.micros(cstaCpu),
                    BenchmarkMain.micros(rawCpu), NONE, times(cstaCpu / rawCpu) + " of raw", NONE, NONE);
        }
        details.append(String.format("- %s throughput, %d %s, mean of %d interleaved forks (req/s, each fork's mean): "
                                     + "camel-csta %s, with synchronous=false %s, raw %s; kernel share of the CPU: "
                                     + "camel-csta %.0f%%, with synchronous=false %.0f%%, raw %.0f%%.%n",
                wire.label(), callers, callers == 1 ? "caller" : "callers", figures.get(COMPONENT).rounds().size(),
                BenchmarkMain.rounds(figures.get(COMPONENT)), BenchmarkMain.rounds(figures.get(COMPONENT_ASYNCHRONOUS)),
                BenchmarkMain.rounds(figures.get(RAW)), figures.get(COMPONENT).systemSharePercent(),
                figures.get(COMPONENT_ASYNCHRONOUS).systemSharePercent(), figures.get(RAW).systemSharePercent()));
    }

    private void latency(Map<CommandClientKind, Latency> figures) {
        Latency raw = figures.get(RAW);
        for (CommandClientKind client : BenchmarkMain.COMPONENTS) {
            Latency csta = figures.get(client);
            String who = BenchmarkMain.who(1, client);
            table.add(item, wire.label() + ": latency p50, " + who + " (µs)", BenchmarkMain.micros(csta.p50()),
                    BenchmarkMain.micros(raw.p50()), NONE, times(csta.p50() / raw.p50()) + " of raw", "≤ 1.25× raw",
                    met(csta.p50() * TARGET <= raw.p50()));
            table.add(item, wire.label() + ": latency p99, " + who + " (µs)", BenchmarkMain.micros(csta.p99()),
                    BenchmarkMain.micros(raw.p99()), NONE, times(csta.p99() / raw.p99()) + " of raw", "≤ 1.25× raw",
                    met(csta.p99() * TARGET <= raw.p99()));
        }
        details.append(String.format("- %s latency: samples (JMH sample mode) camel-csta %,d, with synchronous=false %,d, "
                                     + "raw %,d.%n", wire.label(), figures.get(COMPONENT).samples(),
                figures.get(COMPONENT_ASYNCHRONOUS).samples(), raw.samples()));
    }

    private void events(EventIngestionBenchmark benchmark) throws Exception {
        System.out.println("# " + wire.label() + " event ingestion: csta:monitor route, raw client + codec, the route "
                           + "with eventId=true");
        EventIngestionBenchmark.Comparison comparison = benchmark.compare(wire);
        IngestionResult csta = comparison.component();
        IngestionResult raw = comparison.raw();
        IngestionResult withId = comparison.withEventId();
        boolean complete = csta.complete() && withId.complete();
        table.add(item, wire.label() + ": event ingestion into a route (events/s)", count(csta.eventsPerSecond()),
                count(raw.eventsPerSecond()), NONE, times(csta.eventsPerSecond() / raw.eventsPerSecond()) + " of raw",
                "≥ 0.80× raw, none lost", met(complete && csta.eventsPerSecond() >= TARGET * raw.eventsPerSecond()));
        table.add(item, wire.label() + ": events lost / out of order (all blasts)",
                (csta.lost() + withId.lost()) + " / " + (csta.outOfOrder() + withId.outOfOrder()),
                raw.lost() + " / " + raw.outOfOrder(), NONE, NONE, "0 / 0", met(complete));
        details.append(String.format("- %s event ingestion: %d measured blasts of %,d DeliveredEvents (about 1 KB of JSON "
                                     + "each) after warm-up, the clients' blasts in turn; median shown, best camel-csta "
                                     + "%s/s (%s/s with eventId=true), best raw %s/s.%n",
                wire.label(), csta.rounds(), csta.eventsPerRound(), count(csta.best()), count(withId.best()),
                count(raw.best())));
    }
}
