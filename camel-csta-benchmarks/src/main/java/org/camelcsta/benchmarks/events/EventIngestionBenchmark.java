package org.camelcsta.benchmarks.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.camelcsta.benchmarks.Await;
import org.camelcsta.benchmarks.Wire;
import org.camelcsta.benchmarks.clients.RawClient;
import org.camelcsta.benchmarks.clients.ResponderSettings;
import org.camelcsta.benchmarks.responder.EventSource;
import org.camelcsta.protocol.model.CstaEvent;
import org.camelcsta.protocol.model.MonitorStart;

/**
 * Event ingestion: the responder blasts numbered DeliveredEvents at one monitored device as fast as the client
 * reads; a {@code csta:monitor} route counts them (one exchange per event, in order), against the raw client
 * of the same wire format (raw Netty for TCP/XML, io.socket for socket.io) that binds each event and counts it
 * on its I/O thread. A plain harness rather than JMH, because one
 * operation is a whole blast: warm-up blasts, then measured blasts, each timed from the blast's start to the
 * last event counted.
 */
public final class EventIngestionBenchmark {

    private static final String DEVICE = "100";
    private static final Duration BLAST_TIMEOUT = Duration.ofSeconds(120);

    private final long eventsPerRound;
    private final int warmupRounds;
    private final int rounds;

    public EventIngestionBenchmark(long eventsPerRound, int warmupRounds, int rounds) {
        this.eventsPerRound = eventsPerRound;
        this.warmupRounds = warmupRounds;
        this.rounds = rounds;
    }

    /** A {@code csta:monitor} route over TCP/XML that hands each event to the checker. */
    public IngestionResult component() throws Exception {
        return component(Wire.TCP_XML);
    }

    /** A {@code csta:monitor} route over this wire format that hands each event to the checker. */
    public IngestionResult component(Wire wire) throws Exception {
        try (EventSource responder = EventSource.start(wire); CamelContext context = new DefaultCamelContext()) {
            ResponderSettings.apply(context, wire, responder.port());
            SequenceChecker checker = new SequenceChecker();
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("csta:monitor?devices=" + DEVICE).routeId("count-events")
                            .process(exchange -> checker.accept(exchange.getIn().getBody(CstaEvent.class)));
                }
            });
            context.start();
            Await.until(() -> responder.monitorCount(DEVICE) == 1, Duration.ofSeconds(30), 10, "the consumer's monitor");
            return blasts(responder, checker);
        }
    }

    /** The raw Netty client: events bound and counted on its I/O thread. */
    public IngestionResult raw() throws Exception {
        return raw(Wire.TCP_XML);
    }

    /** The raw client of this wire format: events bound and counted on its I/O thread. */
    public IngestionResult raw(Wire wire) throws Exception {
        SequenceChecker checker = new SequenceChecker();
        try (EventSource responder = EventSource.start(wire);
             RawClient client = RawClient.connect(wire, responder.port(), checker::accept)) {
            client.request(new MonitorStart(DEVICE)).get(10, TimeUnit.SECONDS);
            return blasts(responder, checker);
        }
    }

    private IngestionResult blasts(EventSource responder, SequenceChecker checker) throws Exception {
        List<Double> measured = new ArrayList<>();
        long lost = 0;
        long outOfOrder = 0;
        for (int round = 0; round < warmupRounds + rounds; round++) {
            checker.expect(eventsPerRound);
            long start = System.nanoTime();
            responder.blast(DEVICE, eventsPerRound);
            boolean complete = checker.await(BLAST_TIMEOUT);
            long elapsed = System.nanoTime() - start;
            lost += checker.lost();
            outOfOrder += checker.outOfOrder();
            if (!complete) {
                System.out.printf("  blast %d: only %,d of %,d events within %s%n", round + 1, checker.received(),
                        eventsPerRound, BLAST_TIMEOUT);
                break;
            }
            double perSecond = eventsPerRound * 1e9 / elapsed;
            System.out.printf("  %s blast %d: %,.0f events/s%n", round < warmupRounds ? "warm-up" : "measured", round + 1,
                    perSecond);
            if (round >= warmupRounds) {
                measured.add(perSecond);
            }
        }
        if (measured.isEmpty()) {
            return new IngestionResult(0, 0, 0, eventsPerRound, lost, outOfOrder);
        }
        Collections.sort(measured);
        return new IngestionResult(measured.get(measured.size() / 2), measured.get(measured.size() - 1), measured.size(),
                eventsPerRound, lost, outOfOrder);
    }
}
