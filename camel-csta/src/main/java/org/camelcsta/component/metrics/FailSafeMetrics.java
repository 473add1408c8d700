package org.camelcsta.component.metrics;

import java.util.concurrent.atomic.AtomicBoolean;

import org.camelcsta.client.CstaSession;
import org.camelcsta.protocol.LogText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Metrics that never fail what they measure. A registry may refuse a meter by throwing (a throwing
 * {@code MeterFilter}, or Prometheus's registry set to throw on a name it already has with other tag keys): the
 * request or event goes on as if measured, and the refusal is logged, the first one as a warning.
 */
final class FailSafeMetrics implements CstaMetrics {

    private static final Logger LOG = LoggerFactory.getLogger(FailSafeMetrics.class);

    private final CstaMetrics metrics;
    private final AtomicBoolean warned = new AtomicBoolean();

    FailSafeMetrics(CstaMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void sessionOpened(CstaSession session) {
        measure(() -> metrics.sessionOpened(session));
    }

    @Override
    public void sessionClosed(CstaSession session) {
        measure(() -> metrics.sessionClosed(session));
    }

    @Override
    public void requestCompleted(CstaSession session, String operation, long nanos, Throwable error) {
        measure(() -> metrics.requestCompleted(session, operation, nanos, error));
    }

    @Override
    public void eventRouted(CstaSession session, String type) {
        measure(() -> metrics.eventRouted(session, type));
    }

    private void measure(Runnable measurement) {
        try {
            measurement.run();
        } catch (RuntimeException e) {
            if (warned.compareAndSet(false, true)) {
                LOG.warn("The meter registry refused a csta meter; the component goes on without it (logged at debug "
                         + "from now on): {}", LogText.cap(e.toString()));
            } else {
                LOG.debug("The meter registry refused a csta meter: {}", LogText.cap(e.toString()));
            }
        }
    }
}
