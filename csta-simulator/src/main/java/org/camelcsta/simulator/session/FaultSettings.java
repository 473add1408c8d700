package org.camelcsta.simulator.session;

import java.time.Duration;
import java.util.Objects;

/**
 * The faults injected into every transport's responses, and the server behaviours a client must also cope with;
 * changed by the control API at any time.
 */
public final class FaultSettings {

    private volatile Duration responseDelay = Duration.ZERO;
    private volatile boolean stopResponding;
    private volatile boolean echoRequestIds = true;

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

    /**
     * Whether responses echo the request's {@code privateData.requestID} (the current server does; the 2020
     * server echoes none, and a client must then match responses by type and order).
     */
    public boolean echoRequestIds() {
        return echoRequestIds;
    }

    public void echoRequestIds(boolean on) {
        echoRequestIds = on;
    }
}
