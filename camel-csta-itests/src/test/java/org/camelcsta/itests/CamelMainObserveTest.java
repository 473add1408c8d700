package org.camelcsta.itests;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.camelcsta.simulator.CstaSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Health, metrics and the dev console as Camel Main serves them over HTTP, configured as the README says:
 * /observe/health UP then DOWN with the reason, /observe/metrics with the csta meters, the csta console.
 */
class CamelMainObserveTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private CstaSimulator simulator;
    private Main main;
    private int port;

    @BeforeEach
    void start() throws Exception {
        simulator = CstaSimulator.builder().xmlPort(0).socketIoPort(CstaSimulator.DISABLED).httpPort(CstaSimulator.DISABLED)
                .httpsPort(CstaSimulator.DISABLED).controlPort(CstaSimulator.DISABLED)
                .externalAutoAnswer(Duration.ofMillis(100)).build();
        simulator.start();
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        main = new Main();
        main.addInitialProperty("camel.component.csta.host", "127.0.0.1");
        main.addInitialProperty("camel.component.csta.port", Integer.toString(simulator.xmlPort()));
        main.addInitialProperty("camel.component.csta.username", SimulatorTestSupport.USER);
        main.addInitialProperty("camel.component.csta.password", SimulatorTestSupport.PASSWORD);
        main.addInitialProperty("camel.component.csta.pbxDomain", SimulatorTestSupport.DOMAIN);
        main.addInitialProperty("camel.component.csta.reconnectDelay", "50");
        main.addInitialProperty("camel.management.enabled", "true");
        main.addInitialProperty("camel.management.port", Integer.toString(port));
        main.addInitialProperty("camel.management.healthCheckEnabled", "true");
        main.addInitialProperty("camel.management.metricsEnabled", "true");
        main.addInitialProperty("camel.management.devConsoleEnabled", "true");
        main.addInitialProperty("camel.main.devConsoleEnabled", "true");
        main.addInitialProperty("camel.metrics.enabled", "true");
        main.addInitialProperty("camel.health.enabled", "true");
        main.addInitialProperty("camel.health.producersEnabled", "true");
        main.addInitialProperty("camel.health.exposureLevel", "full");
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("csta:monitor?devices=175").routeId("monitor").to("log:events?level=DEBUG");
                from("direct:call").to("csta:makeCall?callingDevice=176&calledDirectoryNumber=4570203040");
            }
        });
        main.start();
    }

    @AfterEach
    void stop() {
        main.stop();
        simulator.stop();
    }

    @Test
    void observeShowsHealthMetricsAndTheConsole() throws Exception {
        await().until(() -> get("/observe/health").startsWith("{\"status\":\"UP\"")
                            && get("/observe/health").contains("{\"name\":\"consumer:monitor\",\"status\":\"UP\"}"));
        main.getCamelContext().createProducerTemplate().requestBody("direct:call", (Object) null);

        String metrics = get("/observe/metrics");
        assertTrue(metrics.contains("csta_requests_seconds_count{"), metrics);
        assertTrue(metrics.lines().anyMatch(line -> line.startsWith("csta_requests_seconds_count{")
                                                    && line.contains("operation=\"makeCall\"") && line.contains("outcome=\"ok\"")
                                                    && line.endsWith(" 1")), metrics);
        assertTrue(metrics.contains("csta_sessions_connected{"), metrics);

        String console = get("/q/dev/csta");
        assertTrue(console.contains("(logged in)"), console);

        simulator.stop();
        await().until(() -> get("/observe/health?data=true").contains("not logged in to xml:"));
        String health = get("/observe/health?data=true");
        assertTrue(health.startsWith("{\"status\":\"DOWN\""), health);
        for (String body : new String[] { health, metrics, console }) {
            assertFalse(body.contains(SimulatorTestSupport.PASSWORD), body);
        }
    }

    private String get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
