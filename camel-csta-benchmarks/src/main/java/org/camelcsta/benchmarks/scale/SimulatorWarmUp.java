package org.camelcsta.benchmarks.scale;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.camelcsta.benchmarks.Await;
import org.camelcsta.client.ClientResources;
import org.camelcsta.client.CstaSession;
import org.camelcsta.client.SessionSettings;

/**
 * Warms the simulator up as a server that has been running is: sessions in the simulator's own JVM start monitors
 * and stop them again, so that its JIT has compiled the monitor-start path before a benchmark is timed against it,
 * and the benchmark's JVM stays as it was.
 */
final class SimulatorWarmUp {

    private static final Duration ROUND_TIMEOUT = Duration.ofSeconds(60);

    private SimulatorWarmUp() {
    }

    /** {@code rounds} sessions one after another, each starting monitors on {@code devices} devices. */
    static void startMonitors(int port, int devices, int rounds) throws InterruptedException {
        List<String> deviceList = new ArrayList<>(devices);
        for (int i = 0; i < devices; i++) {
            deviceList.add(Integer.toString(SimulatorProcess.FIRST_DEVICE + i));
        }
        SessionSettings settings = SessionSettings.builder().host("127.0.0.1").port(port)
                .credentials(SimulatorProcess.user(0), SimulatorProcess.PASSWORD, SimulatorProcess.PBX_DOMAIN)
                .connectTimeout(ROUND_TIMEOUT).build();
        ExecutorService events = Executors.newSingleThreadExecutor();
        try (ClientResources resources = ClientResources.create(1, events, true)) {
            for (int round = 0; round < rounds; round++) {
                try (CstaSession session = new CstaSession(settings, resources)) {
                    session.subscribe(deviceList, event -> null, 1000);
                    Await.until(() -> session.activeMonitors() == devices, ROUND_TIMEOUT, 5, "warm-up monitors");
                }
            }
        }
    }
}
