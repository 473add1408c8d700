package org.camelcsta.benchmarks.scale;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.camelcsta.benchmarks.Await;
import org.camelcsta.client.CstaSession;
import org.camelcsta.component.CstaComponent;
import org.camelcsta.component.CstaEndpoint;

/**
 * Scale against the csta-simulator (in its own JVM, so that only the client is weighed, and warmed up first, as a
 * server that has been running): 10,000 devices monitored by one {@code csta:monitor} route on one session (time
 * until every monitor runs, at the first start of the route in this JVM and the median of three later starts, each
 * in a new context; and the heap they take), then sessions with distinct users added in steps up to 1,000, one route and one monitor each
 * (live heap and thread count at every step).
 */
public final class ScaleBenchmark {

    private static final Duration STEP_TIMEOUT = Duration.ofSeconds(180);
    private static final long WARM_UP_TIMEOUT_SECONDS = 300;
    /** Starts of the many-monitors route after the first, in new contexts: the client's JIT warm. */
    private static final int LATER_STARTS = 3;

    private final int devices;
    private final List<Integer> sessionSteps;

    /** @param sessionSteps session counts to measure at, ascending; the last is the total */
    public ScaleBenchmark(int devices, List<Integer> sessionSteps) {
        this.devices = devices;
        this.sessionSteps = List.copyOf(sessionSteps);
    }

    public ScaleResult run() throws Exception {
        int sessions = sessionSteps.get(sessionSteps.size() - 1);
        try (SimulatorProcessHandle simulator = new SimulatorProcessHandle(sessions)) {
            // the simulator stands for a server that has been running: its JIT is warm, the client's is not
            simulator.command("warm " + devices, WARM_UP_TIMEOUT_SECONDS);
            long[] monitors = manyMonitors(simulator.port());
            List<Long> again = new ArrayList<>();
            for (int start = 0; start < LATER_STARTS; start++) {
                again.add(manyMonitors(simulator.port())[0]);
            }
            Collections.sort(again);
            Map<Integer, Long> heap = new LinkedHashMap<>();
            Map<Integer, Integer> threads = new LinkedHashMap<>();
            long[] direct = new long[1];
            long sessionsMillis = manySessions(simulator, heap, threads, direct);
            int previous = sessionSteps.size() > 1 ? sessionSteps.get(sessionSteps.size() - 2) : 0;
            long perSession = (heap.get(sessions) - heap.get(previous)) / (sessions - previous);
            return new ScaleResult(devices, monitors[0], again.get(again.size() / 2), monitors[1], sessions,
                    sessionsMillis, heap.get(sessions), perSession, threads, direct[0]);
        }
    }

    /** One session monitoring {@link #devices} devices: {start millis, heap bytes}. */
    private long[] manyMonitors(int port) throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            CstaComponent component = SimulatorSettings.apply(context, port, SimulatorProcess.user(0));
            // the device list is set on the endpoint, not in a 60 KB URI
            CstaEndpoint endpoint = context.getEndpoint("csta:monitor", CstaEndpoint.class);
            endpoint.setDevices(SimulatorSettings.deviceList(SimulatorProcess.FIRST_DEVICE, devices));
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(endpoint).routeId("many-monitors").autoStartup(false).process(exchange -> { });
                }
            });
            context.start();
            long heapBefore = HeapProbe.liveHeapBytes();
            long start = System.nanoTime();
            context.getRouteController().startRoute("many-monitors");
            long done = Await.until(() -> component.getSessions().size() == 1
                                          && component.getSessions().get(0).activeMonitors() == devices,
                    STEP_TIMEOUT, 2, devices + " monitors");
            long millis = (done - start) / 1_000_000;
            long heap = HeapProbe.liveHeapBytes() - heapBefore;
            System.out.printf("  %,d monitors on one session: started in %,d ms, %.1f MiB of heap%n", devices, millis,
                    HeapProbe.mib(heap));
            return new long[] { millis, heap };
        }
    }

    /** Sessions added in steps; returns the millis to bring up the last step. */
    private long manySessions(SimulatorProcessHandle simulator, Map<Integer, Long> heap, Map<Integer, Integer> threads,
                              long[] direct) throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            CstaComponent component = SimulatorSettings.apply(context, simulator.port(), SimulatorProcess.user(0));
            context.start();
            heap.put(0, HeapProbe.liveHeapBytes());
            threads.put(0, HeapProbe.threads());
            int running = 0;
            long lastStepMillis = 0;
            for (int step : sessionSteps) {
                int from = running;
                long start = System.nanoTime();
                context.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        for (int i = from; i < step; i++) {
                            // user i+1: user0 is the single-session benchmarks' login
                            from("csta:monitor?devices=" + (SimulatorProcess.FIRST_DEVICE + i) + "&username="
                                 + SimulatorProcess.user(i + 1)).routeId("session-" + i).process(exchange -> { });
                        }
                    }
                });
                long done = Await.until(() -> allUp(component.getSessions(), step), STEP_TIMEOUT, 10,
                        step + " sessions logged in with their monitors");
                lastStepMillis = (done - start) / 1_000_000;
                running = step;
                heap.put(step, HeapProbe.liveHeapBytes());
                threads.put(step, HeapProbe.threads());
                direct[0] = HeapProbe.nettyDirectBytes();
                System.out.printf("  %,d sessions (simulator counts %s): %.1f MiB live heap, %d threads, step took %,d ms%n",
                        step, simulator.command("sessions"), HeapProbe.mib(heap.get(step)), threads.get(step),
                        lastStepMillis);
            }
            return lastStepMillis;
        }
    }

    private static boolean allUp(List<CstaSession> sessions, int expected) {
        if (sessions.size() != expected) {
            return false;
        }
        for (CstaSession session : sessions) {
            if (!session.isLoggedIn() || session.activeMonitors() != 1) {
                return false;
            }
        }
        return true;
    }
}
