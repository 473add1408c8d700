package org.camelcsta.component;

import java.util.Map;

import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.camelcsta.client.CstaSession;

/**
 * Readiness of one shared session: up while it is logged in, and before its first use (it logs in on
 * demand); down once a connection or login failed or was lost, until it is logged in again.
 */
final class CstaSessionHealthCheck extends AbstractHealthCheck {

    private final CstaSession session;

    CstaSessionHealthCheck(CstaSession session) {
        super("camel", idOf(session));
        this.session = session;
    }

    static String idOf(CstaSession session) {
        return "csta-session:" + session.settings().key();
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        builder.detail("session", session.settings().key().toString());
        builder.detail("monitors", session.activeMonitors());
        Throwable failure = session.lastFailure();
        if (session.isLoggedIn()) {
            builder.up();
        } else if (failure == null) {
            builder.message("not connected yet: logs in on first use").up();
        } else {
            builder.message("not logged in to " + session.settings().key() + ": " + failure.getMessage()).down();
        }
    }
}
