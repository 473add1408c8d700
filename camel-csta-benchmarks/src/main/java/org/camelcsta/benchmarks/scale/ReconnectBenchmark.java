package org.camelcsta.benchmarks.scale;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.camelcsta.benchmarks.Await;
import org.camelcsta.client.CstaSession;
import org.camelcsta.component.CstaComponent;
import org.camelcsta.component.CstaEndpoint;

/**
 * Reconnect: one {@code csta:monitor} route with 1,000 devices on one session; the simulator (in its own JVM, warmed
 * up first, as a server that has been running) drops every connection and is at once ready again; timed from the
 * drop to every monitor running again on the new connection, with the component's default reconnect settings.
 * Polled every millisecond. Between drops the connection stays up for longer than the reconnect delay, so that each
 * drop is of a stable connection, whose first reconnect attempt goes at once.
 */
public final class ReconnectBenchmark {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final long WARM_UP_TIMEOUT_SECONDS = 120;

    private final int monitors;
    private final int rounds;

    public ReconnectBenchmark(int monitors, int rounds) {
        this.monitors = monitors;
        this.rounds = rounds;
    }

    public ReconnectResult run() throws Exception {
        try (SimulatorProcessHandle simulator = new SimulatorProcessHandle(1);
             CamelContext context = new DefaultCamelContext()) {
            simulator.command("warm " + monitors, WARM_UP_TIMEOUT_SECONDS);
            CstaComponent component = SimulatorSettings.apply(context, simulator.port(), SimulatorProcess.user(0));
            CstaEndpoint endpoint = context.getEndpoint("csta:monitor", CstaEndpoint.class);
            endpoint.setDevices(SimulatorSettings.deviceList(SimulatorProcess.FIRST_DEVICE, monitors));
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(endpoint).routeId("reconnecting-monitors").process(exchange -> { });
                }
            });
            context.start();
            Await.until(() -> component.getSessions().size() == 1
                              && component.getSessions().get(0).activeMonitors() == monitors,
                    TIMEOUT, 5, monitors + " monitors");
            CstaSession session = component.getSessions().get(0);
            String lastDevice = Integer.toString(SimulatorProcess.FIRST_DEVICE + monitors - 1);

            List<Long> totals = new ArrayList<>();
            List<Long> restores = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                // each drop is of a connection up for longer than the reconnect delay: a connection dropped sooner
                // is flapping, and its first reconnect attempt waits (the backoff) instead of going at once
                Thread.sleep(component.getConfiguration().getReconnectDelay() + 500);
                long dropped = System.nanoTime();
                simulator.command("drop");
                Await.until(() -> !session.isLoggedIn(), TIMEOUT, 1, "the session to notice the drop");
                long loggedIn = Await.until(session::isLoggedIn, TIMEOUT, 1, "the session to log in again");
                long restored = Await.until(() -> session.activeMonitors() == monitors, TIMEOUT, 1,
                        "every monitor to run again");
                String serverSide = simulator.command("monitors " + lastDevice);
                long total = (restored - dropped) / 1_000_000;
                long restore = (restored - loggedIn) / 1_000_000;
                totals.add(total);
                restores.add(restore);
                System.out.printf("  drop %d: %,d monitors running again after %,d ms (logged in again after %,d ms, "
                                  + "monitors restarted in %,d ms; the simulator sees %s monitor on device %s)%n",
                        round, monitors, total, (loggedIn - dropped) / 1_000_000, restore, serverSide, lastDevice);
            }
            long max = Collections.max(totals);
            Collections.sort(totals);
            Collections.sort(restores);
            return new ReconnectResult(monitors, rounds, totals.get(totals.size() / 2), max,
                    restores.get(restores.size() / 2), component.getConfiguration().getReconnectDelay());
        }
    }
}
