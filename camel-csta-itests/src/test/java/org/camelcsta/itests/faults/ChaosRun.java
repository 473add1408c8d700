package org.camelcsta.itests.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.camelcsta.component.CstaComponent;
import org.camelcsta.component.CstaConfiguration;
import org.camelcsta.component.CstaConstants;
import org.camelcsta.itests.faults.RequestOutcomes.Outcome;
import org.camelcsta.simulator.CstaSimulator;

/**
 * The component against the simulator through a {@link FaultProxy} that keeps breaking the connection, while
 * routes send requests and a monitor route receives the events of calls the phones make. After every fault it
 * waits for the session to be back with every monitor, measures how long that took, and places a probe call to
 * see that events flow again. Used by the bounded test and by the soak of the benchmarks module.
 */
public final class ChaosRun {

    static final String USER = "test@mydomain";
    static final String PASSWORD = "bla.bla";
    static final String DOMAIN = "12345678.pbx.one-connect.dk";

    /** Phones call these; the snapshot route asks about the first. */
    private static final List<String> CALLED = List.of("130", "131");
    /** Probe calls ring here after each recovery. */
    private static final List<String> PROBED = List.of("132", "133");
    /** The makeCall routes call from these, one sender each. */
    private static final List<String> CALLING = List.of("140", "141");
    private static final List<String> MONITORED = List.of("130", "131", "132", "133", "140", "141");
    private static final int SNAPSHOT_SENDERS = 2;
    private static final int WARM_UP_FAULTS = 5;
    private static final Duration PACE = Duration.ofMillis(20);
    private static final Duration PROBE_PATIENCE = Duration.ofSeconds(5);

    private final ChaosSettings settings;
    private final Random random;
    private final RequestLedger ledger = new RequestLedger();
    private final RequestOutcomes outcomes = new RequestOutcomes();
    private final EventTally tally = new EventTally();
    private final Map<Fault, Integer> faults = new EnumMap<>(Fault.class);
    private final Map<Fault, List<Long>> recoveries = new EnumMap<>(Fault.class);
    private final List<String> defects = new ArrayList<>();
    private CstaSimulator simulator;
    private FaultProxy proxy;
    private CamelContext camel;
    private ProducerTemplate template;
    private Phones phones;
    private SessionHealth health;
    private int drops;
    private int notRecovered;
    private long probes;
    private long probesLost;

    public ChaosRun(ChaosSettings settings) {
        this.settings = settings;
        this.random = new Random(settings.seed());
    }

    /** Runs the faults for their time and reports; everything it started is stopped again. */
    public ChaosReport run() throws Exception {
        try {
            start();
            return inflictFaults();
        } finally {
            stop();
        }
    }

    private void start() throws Exception {
        simulator = CstaSimulator.builder().xmlPort(0).socketIoPort(CstaSimulator.DISABLED)
                .httpPort(CstaSimulator.DISABLED).httpsPort(CstaSimulator.DISABLED)
                .controlPort(CstaSimulator.DISABLED).externalAutoAnswer(Duration.ofMillis(50)).build();
        simulator.start();
        phones = new Phones(simulator);
        proxy = FaultProxy.start(simulator.xmlPort(), ledger);
        camel = new DefaultCamelContext();
        configure(camel.getComponent("csta", CstaComponent.class).getConfiguration());
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("csta:monitor?devices=" + String.join(",", MONITORED)).process(tally);
                from("direct:makeCall").to("csta:makeCall");
                from("direct:snapshot").to("csta:snapshotDevice?snapshotObject=" + CALLED.get(0));
            }
        });
        camel.start();
        template = camel.createProducerTemplate();
        health = new SessionHealth(camel.getComponent("csta", CstaComponent.class).getSessions().get(0), simulator,
                MONITORED);
        if (health.awaitRecovery(null, settings.recoveryLimit()) < 0) {
            throw new IllegalStateException("the session did not start with every monitor through the proxy");
        }
    }

    private void configure(CstaConfiguration configuration) {
        configuration.setHost("127.0.0.1");
        configuration.setPort(proxy.port());
        configuration.setUsername(USER);
        configuration.setPassword(PASSWORD);
        configuration.setPbxDomain(DOMAIN);
        configuration.setRequestTimeout(settings.requestTimeout().toMillis());
        // keep-alive every second, answered within one: a black hole is noticed in about two seconds
        configuration.setSessionDuration(2);
        configuration.setKeepAlive(true);
        configuration.setConnectTimeout(1000);
        configuration.setReconnectDelay(20);
        configuration.setMaxReconnectDelay(200);
    }

    private ChaosReport inflictFaults() throws Exception {
        LoadThreads load = startLoad();
        ResourceSample before = null;
        long start = System.nanoTime();
        long end = start + settings.faultsFor().toNanos();
        for (int cycle = 0; System.nanoTime() < end; cycle++) {
            if (cycle == WARM_UP_FAULTS) {
                before = ResourceSample.take();
            }
            LockSupport.parkNanos(random.nextLong(settings.maxQuietBetween().toNanos() + 1)); // time between faults
            inflictOne(settings.mix().pick(random));
        }
        Duration ran = Duration.ofNanos(System.nanoTime() - start);
        load.stop(settings.requestTimeout().plus(ChaosSettings.OUTCOME_MARGIN).multipliedBy(2));
        load.failures().stream().limit(10).forEach(e -> defects.add("load step failed: " + e));
        if (health.awaitRecovery(null, settings.recoveryLimit()) < 0) {
            defects.add("the session was not back after the last fault");
        }
        probeEveryDevice();
        boolean finalRequest = finalRequestAnswered();
        ResourceSample after = ResourceSample.take();
        outcomes.otherSamples().forEach(s -> defects.add("request failed otherwise: " + s));
        Map<Outcome, Long> byOutcome = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            byOutcome.put(outcome, outcomes.count(outcome));
        }
        CallEventOrder order = tally.order();
        return new ChaosReport(ran, Map.copyOf(faults), drops, proxy.acceptedCount(), byOutcome, ledger.requests(),
                ledger.duplicates(), ledger.duplicateSamples(), Map.copyOf(recoveries), notRecovered, probes, probesLost,
                order.events(), order.duplicated(), order.outOfOrder(), order.samples(),
                before != null ? before : after, after, finalRequest, List.copyOf(defects));
    }

    private void inflictOne(Fault fault) {
        String droppedSession = fault.drops() ? health.sessionId() : null;
        List<ProxiedConnection> targets = proxy.connections();
        fault.inflict(targets, random);
        faults.merge(fault, 1, Integer::sum);
        if (fault.drops()) {
            drops += targets.size();
        }
        long millis = health.awaitRecovery(droppedSession, settings.recoveryLimit());
        if (millis < 0) {
            notRecovered++;
            // a defect, recorded; the run goes on once the session is back at all
            health.awaitRecovery(null, settings.recoveryLimit().multipliedBy(3));
            return;
        }
        recoveries.computeIfAbsent(fault, f -> new ArrayList<>()).add(millis);
        probe(PROBED.get(random.nextInt(PROBED.size())));
    }

    private LoadThreads startLoad() {
        LoadThreads load = new LoadThreads(PACE);
        for (String device : CALLING) {
            load.start("chaos-makeCall-" + device, n -> {
                request("direct:makeCall", Map.of(CstaConstants.CALLING_DEVICE, device,
                        CstaConstants.CALLED_DIRECTORY_NUMBER, "0045" + device + n));
                phones.hangUpAll(device);
            });
        }
        for (int i = 0; i < SNAPSHOT_SENDERS; i++) {
            load.start("chaos-snapshot-" + i, n -> request("direct:snapshot", Map.of()));
        }
        load.start("chaos-phones", n -> CALLED.forEach(device -> phones.shortCall("0046" + n, device)));
        return load;
    }

    /** Sends one request and records its outcome, or that it had none in time. */
    private void request(String endpoint, Map<String, Object> headers) throws InterruptedException {
        Future<Object> reply = template.asyncRequestBodyAndHeaders(endpoint, null, headers);
        try {
            reply.get(settings.requestTimeout().plus(ChaosSettings.OUTCOME_MARGIN).toMillis(), TimeUnit.MILLISECONDS);
            outcomes.record(Outcome.ANSWERED);
        } catch (ExecutionException e) {
            outcomes.failed(e.getCause());
        } catch (TimeoutException e) {
            outcomes.record(Outcome.HUNG);
        }
    }

    /** A call rings at the device; its event must reach the route. */
    private void probe(String device) {
        String caller = "0047" + (++probes);
        CountDownLatch delivered = tally.expectCallFrom(caller);
        try {
            phones.ring(caller, device);
            if (!delivered.await(PROBE_PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                probesLost++;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            tally.forget(caller);
            phones.hangUpAll(device);
        }
    }

    private void probeEveryDevice() {
        PROBED.forEach(this::probe);
    }

    private boolean finalRequestAnswered() {
        try {
            template.requestBody("direct:snapshot", (Object) null);
            return true;
        } catch (RuntimeException e) {
            defects.add("the request after the last fault failed: " + e);
            return false;
        }
    }

    private void stop() throws Exception {
        if (camel != null) {
            camel.stop();
        }
        if (proxy != null) {
            proxy.close();
        }
        if (simulator != null) {
            simulator.stop();
        }
    }
}
