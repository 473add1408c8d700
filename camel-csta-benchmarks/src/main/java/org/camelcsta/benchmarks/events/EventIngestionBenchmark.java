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
 * Event ingestion: a responder blasts numbered DeliveredEvents at one monitored device as fast as the client
 * reads; a {@code csta:monitor} route counts them (one exchange per event, in order), against the raw client
 * of the same wire format (raw Netty for TCP/XML, io.socket for socket.io) that binds each event and counts it
 * on its I/O thread, and the same route with {@code eventId=true}. A plain harness rather than JMH,
 * because one operation is a whole blast: warm-up blasts, then measured blasts, each timed from the blast's start
 * to the last event counted. The three clients are connected at once, each to a responder of its own, and take
 * their blasts in turn, so that a change in the machine's speed during the run falls on all of them alike.
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

    /**
     * What each client made of its blasts.
     *
     * @param component   the {@code csta:monitor} route
     * @param raw         the raw client
     * @param withEventId the route with {@code eventId=true}
     */
    public record Comparison(IngestionResult component, IngestionResult raw, IngestionResult withEventId) {
    }

    /** The three clients of this wire format, their blasts interleaved. */
    public Comparison compare(Wire wire) throws Exception {
        try (Contender component = component(wire, false);
             Contender raw = raw(wire);
             Contender withEventId = component(wire, true)) {
            List<Contender> all = List.of(component, raw, withEventId);
            for (int round = 0; round < warmupRounds + rounds && all.stream().allMatch(Contender::complete); round++) {
                for (Contender contender : all) {
                    contender.blast(round);
                }
            }
            return new Comparison(component.result(), raw.result(), withEventId.result());
        }
    }

    /** A {@code csta:monitor} route over this wire format that hands each event to the checker. */
    private Contender component(Wire wire, boolean eventId) throws Exception {
        EventSource responder = EventSource.start(wire);
        CamelContext context = new DefaultCamelContext();
        Contender contender = new Contender(eventId ? "csta:monitor route, eventId=true" : "csta:monitor route",
                responder, context);
        try {
            ResponderSettings.apply(context, wire, responder.port());
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("csta:monitor?devices=" + DEVICE + "&eventId=" + eventId)
                            .process(exchange -> contender.checker.accept(exchange.getIn().getBody(CstaEvent.class)));
                }
            });
            context.start();
            Await.until(() -> responder.monitorCount(DEVICE) == 1, Duration.ofSeconds(30), 10, "the consumer's monitor");
            return contender;
        } catch (Exception e) {
            contender.close();
            throw e;
        }
    }

    /** The raw client of this wire format: events bound and counted on its I/O thread. */
    private Contender raw(Wire wire) throws Exception {
        EventSource responder = EventSource.start(wire);
        SequenceChecker checker = new SequenceChecker();
        RawClient client = null;
        try {
            client = RawClient.connect(wire, responder.port(), checker::accept);
            client.request(new MonitorStart(DEVICE)).get(10, TimeUnit.SECONDS);
            return new Contender("raw client + codec", responder, client, checker);
        } catch (Exception e) {
            if (client != null) {
                client.close();
            }
            responder.close();
            throw e;
        }
    }

    /** One client with its responder, and what its blasts gave. */
    private final class Contender implements AutoCloseable {
        private final String name;
        private final EventSource responder;
        private final AutoCloseable client;
        private final SequenceChecker checker;
        private final List<Double> measured = new ArrayList<>();
        private long lost;
        private long outOfOrder;
        private boolean complete = true;

        Contender(String name, EventSource responder, AutoCloseable client) {
            this(name, responder, client, new SequenceChecker());
        }

        Contender(String name, EventSource responder, AutoCloseable client, SequenceChecker checker) {
            this.name = name;
            this.responder = responder;
            this.client = client;
            this.checker = checker;
        }

        boolean complete() {
            return complete;
        }

        void blast(int round) throws Exception {
            checker.expect(eventsPerRound);
            long start = System.nanoTime();
            responder.blast(DEVICE, eventsPerRound);
            complete = checker.await(BLAST_TIMEOUT);
            long elapsed = System.nanoTime() - start;
            lost += checker.lost();
            outOfOrder += checker.outOfOrder();
            if (!complete) {
                System.out.printf("  %s, blast %d: only %,d of %,d events within %s%n", name, round + 1,
                        checker.received(), eventsPerRound, BLAST_TIMEOUT);
                return;
            }
            double perSecond = eventsPerRound * 1e9 / elapsed;
            System.out.printf("  %s, %s blast %d: %,.0f events/s%n", name, round < warmupRounds ? "warm-up" : "measured",
                    round + 1, perSecond);
            if (round >= warmupRounds) {
                measured.add(perSecond);
            }
        }

        IngestionResult result() {
            if (measured.isEmpty()) {
                return new IngestionResult(0, 0, 0, eventsPerRound, lost, outOfOrder);
            }
            List<Double> sorted = new ArrayList<>(measured);
            Collections.sort(sorted);
            return new IngestionResult(sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1), sorted.size(),
                    eventsPerRound, lost, outOfOrder);
        }

        @Override
        public void close() throws Exception {
            try (EventSource ignored = responder) {
                client.close();
            }
        }
    }
}
