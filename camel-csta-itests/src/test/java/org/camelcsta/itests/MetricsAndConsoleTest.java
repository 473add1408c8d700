package org.camelcsta.itests;

import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleRegistry;
import org.apache.camel.util.json.JsonObject;
import org.camelcsta.component.CstaConfiguration;
import org.camelcsta.component.CstaConstants;
import org.camelcsta.simulator.CstaSimulator;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The component's Micrometer meters (with a MeterRegistry in the registry) and its {@code csta} dev console, on the
 * simulator; neither shows the password.
 */
class MetricsAndConsoleTest extends SimulatorTestSupport {

    private static final String SECRET = "Obs3rv-Secr3t-QZX";

    private final MeterRegistry meters = new SimpleMeterRegistry();

    @Override
    protected CstaSimulator.Builder simulatorBuilder() {
        return super.simulatorBuilder().user("observed@mydomain", SECRET, DOMAIN);
    }

    @Override
    protected void configure(CstaConfiguration configuration) {
        super.configure(configuration);
        configuration.setUsername("observed@mydomain");
        configuration.setPassword(SECRET);
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getRegistry().bind("meters", meters);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("csta:monitor?devices=180").routeId("monitor").to("mock:events");
                from("direct:call").to("csta:makeCall?callingDevice=180&calledDirectoryNumber=4570203040");
                from("direct:bad").to("csta:makeCall?callingDevice=999999&calledDirectoryNumber=4570203040");
            }
        };
    }

    @Test
    void metersCountRequestsEventsAndTheSession() throws Exception {
        await().until(() -> gauge("csta.sessions.connected") == 1.0);
        for (int i = 0; i < 3; i++) {
            template.requestBody("direct:call", (Object) null);
        }
        assertThrows(CamelExecutionException.class, () -> template.requestBody("direct:bad", (Object) null));

        assertEquals(3, meters.get("csta.requests").tags("operation", "makeCall", "outcome", "ok").timer().count());
        assertEquals(1, meters.get("csta.requests").tags("operation", "makeCall", "outcome", "error").timer().count());
        MockEndpoint events = getMockEndpoint("mock:events");
        await().until(() -> events.getReceivedCounter() >= 3);
        await().untilAsserted(() -> {
            for (String type : List.of("DeliveredEvent", "EstablishedEvent", "ConnectionClearedEvent")) {
                long routed = events.getReceivedExchanges().stream()
                        .filter(exchange -> type.equals(exchange.getIn().getHeader(CstaConstants.EVENT_TYPE))).count();
                assertEquals((double) routed, counted(type), type);
            }
            assertEquals((double) events.getReceivedCounter(), meters.get("csta.events").counters().stream()
                    .mapToDouble(counter -> counter.count()).sum());
        });
        assertEquals(0.0, gauge("csta.events.queued"));

        simulator.dropAllConnections();
        await().until(() -> meters.get("csta.reconnects").functionCounter().count() == 1.0
                            && gauge("csta.sessions.connected") == 1.0);

        Meter connected = meters.get("csta.sessions.connected").gauge();
        assertEquals(Map.of("transport", "xml", "host", "127.0.0.1", "port", Integer.toString(simulator.xmlPort()),
                "user", "observed@mydomain", "domain", DOMAIN), tagsOf(connected));
        for (Meter meter : meters.getMeters()) {
            assertFalse(meter.getId().toString().contains(SECRET), meter.getId().toString());
        }

        context.stop();
        assertNull(meters.find("csta.sessions.connected").gauge(), "the session's gauges end with it");
        assertEquals(3, meters.get("csta.requests").tags("outcome", "ok").timer().count(), "counts stay");
    }

    @Test
    void theConsoleShowsEachSession() {
        MockEndpoint events = getMockEndpoint("mock:events");
        await().until(() -> sessionJson() != null && "logged in".equals(sessionJson().get("state"))
                            && ((Map<?, ?>) sessionJson().get("monitors")).get("180") != null);
        template.requestBody("direct:call", (Object) null);
        await().until(() -> events.getReceivedCounter() > 0);

        JsonObject session = sessionJson();
        assertTrue(session.getString("session").startsWith("xml://observed@mydomain@127.0.0.1:"), session.toJson());
        assertEquals("csta", session.get("component"));
        assertNotNull(session.get("sessionId"));
        assertEquals(300, ((Number) session.get("grantedSessionDuration")).intValue());
        assertEquals(0, ((Number) session.get("requestsInFlight")).intValue());
        assertEquals(false, session.get("readingPaused"));
        assertEquals(0L, ((Number) session.get("reconnects")).longValue());
        assertNull(session.get("lastFailure"));

        String text = (String) console().call(DevConsole.MediaType.TEXT);
        assertTrue(text.startsWith("Session: xml://observed@mydomain@127.0.0.1:"), text);
        assertTrue(text.contains(" (logged in)"), text);
        assertTrue(text.contains("        180: " + ((Map<?, ?>) session.get("monitors")).get("180")), text);
        assertFalse(text.contains(SECRET), text);
        assertFalse(console().call(DevConsole.MediaType.JSON).toString().contains(SECRET));

        simulator.stop();
        await().until(() -> sessionJson().get("lastFailure") != null);
        assertEquals("failed", sessionJson().get("state"));
    }

    private DevConsole console() {
        DevConsole console = context.getCamelContextExtension().getContextPlugin(DevConsoleRegistry.class)
                .resolveById("csta");
        assertNotNull(console, "the csta console is found by its id");
        return console;
    }

    @SuppressWarnings("unchecked")
    private JsonObject sessionJson() {
        JsonObject root = (JsonObject) console().call(DevConsole.MediaType.JSON);
        List<JsonObject> sessions = (List<JsonObject>) root.get("sessions");
        return sessions.isEmpty() ? null : sessions.get(0);
    }

    private double counted(String type) {
        return meters.find("csta.events").tag("type", type).counters().stream().mapToDouble(c -> c.count()).sum();
    }

    private double gauge(String name) {
        return meters.get(name).gauge().value();
    }

    private static Map<String, String> tagsOf(Meter meter) {
        return meter.getId().getTags().stream().collect(java.util.stream.Collectors.toMap(
                io.micrometer.core.instrument.Tag::getKey, io.micrometer.core.instrument.Tag::getValue));
    }
}
