package org.camelcsta.simulator.session;

import java.time.Duration;
import java.util.Objects;

/** The faults injected into every transport's responses; changed by the control API at any time. */
public final class FaultSettings {

    private volatile Duration responseDelay = Duration.ZERO;
    private volatile boolean stopResponding;

    /** How much later than ready every response is sent ({@link Duration#ZERO}: at once). */
    public Duration responseDelay() {
        return responseDelay;
    }

    public void responseDelay(Duration delay) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("response delay must not be negative: " + delay);
        }
        responseDelay = delay;
    }

    /** Whether requests are read and dropped without an answer (events still flow). */
    public boolean stopResponding() {
        return stopResponding;
    }

    public void stopResponding(boolean on) {
        stopResponding = on;
    }
}
