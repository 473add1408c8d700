package org.camelcsta.component.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.camel.Component;
import org.apache.camel.support.console.AbstractDevConsole;
import org.apache.camel.util.json.JsonObject;
import org.camelcsta.client.CstaSession;
import org.camelcsta.client.transport.CauseText;
import org.camelcsta.component.CstaComponent;

/**
 * The {@code csta} developer console: every session of every csta component in the context, with its state, the
 * server's session id and granted length, its monitors and their cross references, requests in flight, queued
 * events, whether reading is paused, its reconnects and its last failure. Never the password.
 */
@org.apache.camel.spi.annotations.DevConsole(name = "csta", displayName = "CSTA",
                                             description = "CSTA sessions: state, monitors, requests and queued events")
public class CstaDevConsole extends AbstractDevConsole {

    public CstaDevConsole() {
        super("camel", "csta", "CSTA", "CSTA sessions: state, monitors, requests and queued events");
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        StringBuilder text = new StringBuilder();
        for (JsonObject session : sessions()) {
            text.append(String.format("Session: %s (%s)%n", session.get("session"), session.get("state")));
            session.forEach((name, value) -> {
                if (!name.equals("session") && !name.equals("state") && !name.equals("monitors") && value != null) {
                    text.append(String.format("    %s: %s%n", name, value));
                }
            });
            text.append(String.format("    monitors:%n"));
            ((Map<?, ?>) session.get("monitors")).forEach((device, crossRef) -> text.append(
                    String.format("        %s: %s%n", device, crossRef == null ? "not running" : crossRef)));
        }
        return text.length() == 0 ? "No CSTA sessions\n" : text.toString();
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        JsonObject root = new JsonObject();
        root.put("sessions", sessions());
        return root;
    }

    private List<JsonObject> sessions() {
        List<JsonObject> all = new ArrayList<>();
        for (String name : getCamelContext().getComponentNames()) {
            Component component = getCamelContext().hasComponent(name);
            if (component instanceof CstaComponent csta) {
                csta.getSessions().forEach(session -> all.add(describe(name, session)));
            }
        }
        return all;
    }

    private static JsonObject describe(String component, CstaSession session) {
        JsonObject json = new JsonObject();
        json.put("session", session.settings().key().toString());
        json.put("component", component);
        json.put("state", session.isLoggedIn() ? "logged in" : session.lastFailure() != null ? "failed" : "not connected");
        json.put("sessionId", session.sessionId());
        json.put("grantedSessionDuration", session.grantedSessionDuration());
        JsonObject monitors = new JsonObject();
        Map<String, String> running = session.runningMonitors();
        session.monitoredDevices().forEach(device -> monitors.put(device, running.get(device)));
        json.put("monitors", monitors);
        json.put("requestsInFlight", session.requestsInFlight());
        json.put("queuedEvents", session.queuedEvents());
        json.put("queuedEventBytes", session.queuedEventBytes());
        json.put("readingPaused", session.isReadingPaused());
        json.put("reconnects", session.reconnects());
        Throwable failure = session.lastFailure();
        json.put("lastFailure", failure == null ? null : CauseText.of(failure));
        return json;
    }
}
