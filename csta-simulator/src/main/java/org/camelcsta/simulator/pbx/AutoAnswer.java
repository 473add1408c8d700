package org.camelcsta.simulator.pbx;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Who answers a ringing leg without anyone pressing a key, and after how long: the devices given an auto-answer
 * delay, and every external number when the simulator is set up so. The answers run on the PBX thread.
 */
final class AutoAnswer {

    private final PbxExecutor executor;
    private final Duration externalDelay;
    private final Map<String, Duration> deviceDelays = new HashMap<>();

    /**
     * @param externalDelay how long an external number rings before it answers; {@code null}: it only rings
     */
    AutoAnswer(PbxExecutor executor, Duration externalDelay) {
        this.executor = executor;
        this.externalDelay = externalDelay;
    }

    /** The device answers after {@code delay}; {@code null} turns this off. */
    void set(String device, Duration delay) {
        if (delay == null) {
            deviceDelays.remove(device);
        } else if (delay.isNegative()) {
            throw new IllegalArgumentException("auto-answer delay must not be negative: " + delay);
        } else {
            deviceDelays.put(device, delay);
        }
    }

    /**
     * A leg started ringing: {@code answer} runs after the delay of its party, if it has one. The answer itself
     * checks that the leg still rings.
     */
    void ringing(Leg leg, Runnable answer) {
        if (leg.isQueue()) {
            return; // a queue never answers: its agents do
        }
        Duration delay = leg.isDevice() ? deviceDelays.get(leg.party()) : externalDelay;
        if (delay != null) {
            executor.schedule(answer, delay);
        }
    }
}
