package org.camelcsta.component.health;

import java.util.List;
import java.util.Map;

import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.camelcsta.client.CstaSession;

/**
 * The health of a {@code csta:monitor} consumer, which Camel shows under its route ({@code consumer:<routeId>}): UP
 * when its session is logged in and the monitor of every one of its devices runs; DOWN with the reason otherwise
 * (connecting, cannot connect, login refused, session lost and reconnecting, monitors not running).
 */
public final class CstaConsumerHealthCheck extends AbstractHealthCheck {

    private final CstaSession session;
    private final List<String> devices;

    public CstaConsumerHealthCheck(String routeId, CstaSession session, List<String> devices) {
        super("camel", "csta-consumer:" + routeId);
        this.session = session;
        this.devices = List.copyOf(devices);
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        builder.detail("devices", String.join(",", devices));
        String reason = SessionState.describe(session, builder);
        if (reason != null) {
            SessionState.down(builder, reason);
            return;
        }
        if (!session.isLoggedIn()) {
            SessionState.down(builder, "connecting to " + session.settings().key());
            return;
        }
        List<String> stopped = SessionState.stoppedMonitors(session, devices);
        if (!stopped.isEmpty()) {
            SessionState.down(builder, "monitors not running for devices " + String.join(",", stopped));
            return;
        }
        builder.up();
    }
}
