package org.camelcsta.itests.ha;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.camelcsta.simulator.CstaSimulator;
import org.camelcsta.simulator.SimulatedCall;

/**
 * Steady calls: every period an outside number calls the next device, which answers and hangs up, so each call gives
 * its device's monitor a DeliveredEvent, an EstablishedEvent and a ConnectionClearedEvent.
 */
final class CallDriver implements AutoCloseable {

    /** The events each call gives its device's monitor. */
    static final List<String> EVENTS_OF_A_CALL = List.of("DeliveredEvent", "EstablishedEvent", "ConnectionClearedEvent");

    private final CstaSimulator simulator;
    private final List<String> devices;
    private final List<PlacedCall> placed = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private int next;

    CallDriver(CstaSimulator simulator, List<String> devices) {
        this.simulator = simulator;
        this.devices = devices;
    }

    void start(long periodMillis) {
        timer.scheduleAtFixedRate(this::call, 0, periodMillis, TimeUnit.MILLISECONDS);
    }

    private void call() {
        String device = devices.get(next % devices.size());
        SimulatedCall call = simulator.incomingCall("5550" + (1000 + next), device);
        next++;
        simulator.answer(device);
        simulator.hangup(device);
        placed.add(new PlacedCall(device, call.callId(device), System.currentTimeMillis()));
    }

    /** The calls placed so far, in order. */
    List<PlacedCall> placed() {
        return List.copyOf(placed);
    }

    @Override
    public void close() throws InterruptedException {
        timer.shutdown();
        timer.awaitTermination(5, TimeUnit.SECONDS);
    }

    record PlacedCall(String device, String callId, long millis) {
    }
}
