package org.camelcsta.component.health;

import java.util.List;
import java.util.Map;

import org.apache.camel.health.HealthCheckResultBuilder;
import org.camelcsta.client.CstaSession;
import org.camelcsta.client.transport.CauseText;

/**
 * What the consumer and producer checks say of their shared session. Spring Boot's {@code /actuator/health} shows a
 * check's details and error but not its message, so the reason for DOWN is the {@code reason} detail as well.
 */
final class SessionState {

    private SessionState() {
    }

    /**
     * Fills in the session's details; returns the reason the session is not usable now, or {@code null} if it is
     * logged in.
     */
    static String describe(CstaSession session, HealthCheckResultBuilder builder) {
        builder.detail("session", session.settings().key().toString());
        builder.detail("loggedIn", session.isLoggedIn());
        if (session.sessionId() != null) {
            builder.detail("sessionId", session.sessionId());
        }
        if (session.isLoggedIn()) {
            return null;
        }
        Throwable failure = session.lastFailure();
        if (failure == null) {
            return null;
        }
        builder.error(failure);
        return "not logged in to " + session.settings().key() + " (" + CauseText.of(failure) + ")"
               + (session.reconnectsByItself() ? "; reconnecting" : "");
    }

    /** The devices among these whose monitor does not run now. */
    static List<String> stoppedMonitors(CstaSession session, List<String> devices) {
        Map<String, String> running = session.runningMonitors();
        return devices.stream().filter(device -> !running.containsKey(device)).toList();
    }

    static void down(HealthCheckResultBuilder builder, String reason) {
        builder.detail("reason", reason).message(reason).down();
    }
}
