package org.camelcsta.component.metrics;

import org.apache.camel.CamelContext;
import org.camelcsta.client.CstaSession;

/**
 * What the component measures: its sessions, the requests its producers send and the events its consumers route.
 * Measured with Micrometer when a {@code MeterRegistry} is in the Camel registry, else not at all ({@link #NONE}),
 * so that Micrometer is an optional dependency.
 */
public interface CstaMetrics {

    /** Measures nothing. */
    CstaMetrics NONE = new CstaMetrics() {
    };

    /**
     * The metrics for this context: {@link MicrometerMetrics} if Micrometer is on the class path and a
     * {@code MeterRegistry} in the registry, else {@link #NONE}; a meter that the registry refuses is skipped and
     * logged, never thrown at what is measured.
     */
    static CstaMetrics of(CamelContext context) {
        Class<?> registryType = context.getClassResolver().resolveClass(MicrometerMetrics.REGISTRY_CLASS);
        CstaMetrics metrics = registryType == null ? NONE : MicrometerMetrics.lookup(context, registryType);
        return metrics == NONE ? NONE : new FailSafeMetrics(metrics);
    }

    /** A session was created: its gauges start, and its timers and counters are kept from their first use. */
    default void sessionOpened(CstaSession session) {
    }

    /** A session was closed: its gauges end, and its timers and counters are no longer kept. */
    default void sessionClosed(CstaSession session) {
    }

    /**
     * A request completed.
     *
     * @param operation the endpoint's operation, e.g. makeCall
     * @param error     why it failed, or {@code null}
     */
    default void requestCompleted(CstaSession session, String operation, long nanos, Throwable error) {
    }

    /** A consumer routed an event of this type. */
    default void eventRouted(CstaSession session, String type) {
    }
}
