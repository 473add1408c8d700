package org.camelcsta.component.health;

import java.util.Map;

import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.camelcsta.client.CstaSession;

/**
 * The health of a csta producer, in Camel's producers repository: DOWN with the reason while its session cannot
 * connect or log in, or has lost its connection (and reconnects by itself, monitors or not); UP while logged in, and
 * before the first request (a producer logs in on first use).
 */
public final class CstaProducerHealthCheck extends AbstractHealthCheck {

    private final CstaSession session;

    /**
     * @param endpointUri the producer's endpoint, sanitized (no password)
     */
    public CstaProducerHealthCheck(String endpointUri, CstaSession session) {
        super("camel", "csta-producer:" + endpointUri);
        this.session = session;
    }

    @Override
    public boolean isLiveness() {
        return false; // a lost connection is not cured by a restart
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        String reason = SessionState.describe(session, builder);
        if (reason != null) {
            SessionState.down(builder, reason);
        } else {
            builder.up();
        }
    }
}
