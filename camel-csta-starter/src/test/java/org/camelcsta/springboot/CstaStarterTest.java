package org.camelcsta.springboot;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.apache.camel.EndpointInject;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.camelcsta.component.CstaComponent;
import org.camelcsta.component.CstaConstants;
import org.camelcsta.protocol.model.MakeCallResponse;
import org.camelcsta.simulator.CstaSimulator;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The starter in a Spring Boot application on the simulator, in one shared context: the camel.component.csta.*
 * properties reach the component, Java and YAML routes run, a monitor route receives events, and actuator shows the
 * component's health, metrics and dev console. The last test stops the simulator.
 */
@CamelSpringBootTest
@SpringBootTest(classes = CstaStarterTest.TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {
                        "camel.component.csta.host=127.0.0.1",
                        "camel.component.csta.username=" + CstaStarterTest.USER,
                        "camel.component.csta.password=" + CstaStarterTest.SECRET,
                        "camel.component.csta.pbx-domain=" + CstaStarterTest.DOMAIN,
                        "camel.component.csta.request-timeout=5000",
                        "camel.component.csta.session-duration=120",
                        "camel.component.csta.reconnect-delay=50",
                        "camel.component.csta.max-reconnect-delay=500",
                        "camel.main.routes-include-pattern=classpath:routes/csta-routes.yaml",
                        "camel.main.dev-console-enabled=true",
                        "camel.health.producers-enabled=true",
                        "camel.health.exposure-level=full",
                        "management.endpoints.web.exposure.include=health,metrics,camel",
                        "management.endpoint.health.show-details=always" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CstaStarterTest {

    static final String USER = "boot@mydomain";
    static final String SECRET = "Sprin9-Secr3t-QZX";
    static final String DOMAIN = "12345678.pbx.one-connect.dk";
    private static final String JAVA_CALL_URI = "csta://makeCall?calledDirectoryNumber=4570203041&callingDevice=153";
    private static CstaSimulator simulator;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    private CamelContext camelContext;
    @Autowired
    private ProducerTemplate template;
    @EndpointInject("mock:yaml-events")
    private MockEndpoint yamlEvents;
    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void simulatorPort(DynamicPropertyRegistry properties) {
        simulator = CstaSimulator.builder().xmlPort(0).socketIoPort(CstaSimulator.DISABLED)
                .httpPort(CstaSimulator.DISABLED).httpsPort(CstaSimulator.DISABLED).controlPort(CstaSimulator.DISABLED)
                .user(USER, SECRET, DOMAIN).externalAutoAnswer(Duration.ofMillis(100)).build();
        simulator.start();
        properties.add("camel.component.csta.port", simulator::xmlPort);
    }

    @Test
    @Order(1)
    void thePropertiesReachTheComponent() {
        CstaComponent csta = camelContext.getComponent("csta", CstaComponent.class);
        assertEquals(5000, csta.getConfiguration().getRequestTimeout());
        assertEquals(120, csta.getConfiguration().getSessionDuration());
        assertEquals(simulator.xmlPort(), csta.getConfiguration().getPort());
        assertEquals(SECRET, csta.getConfiguration().getPassword());
    }

    @Test
    @Order(2)
    void javaAndYamlRoutesCall() {
        assertEquals("153", template.requestBody("direct:java-call", (Object) null, MakeCallResponse.class)
                .callingDevice().deviceId());
        assertEquals("152", template.requestBody("direct:yaml-call", (Object) null, MakeCallResponse.class)
                .callingDevice().deviceId());
    }

    @Test
    @Order(3)
    void aYamlMonitorRouteReceivesEvents() {
        await().until(() -> camelContext.getComponent("csta", CstaComponent.class).getSessions().get(0)
                .runningMonitors().containsKey("151"));
        simulator.incomingCall("55501234", "151");
        await().until(() -> yamlEvents.getReceivedExchanges().stream()
                .anyMatch(exchange -> "DeliveredEvent".equals(exchange.getIn().getHeader(CstaConstants.EVENT_TYPE))));
    }

    @Test
    @Order(4)
    void actuatorMetricsCountTheRequests() throws Exception {
        String requests = "/actuator/metrics/csta.requests?tag=operation:makeCall&tag=outcome:ok";
        double before = count(get(requests));
        template.requestBody("direct:java-call", (Object) null);
        template.requestBody("direct:java-call", (Object) null);
        assertEquals(before + 2, count(get(requests)));
        JsonNode connected = get("/actuator/metrics/csta.sessions.connected?tag=user:" + USER);
        assertEquals(1.0, connected.at("/measurements/0/value").asDouble());
        assertTrue(get("/actuator/metrics/csta.events").at("/measurements/0/value").asDouble() >= 1);
    }

    @Test
    @Order(5)
    void theCamelActuatorEndpointShowsTheConsole() throws Exception {
        JsonNode console = get("/actuator/camel/csta");
        JsonNode session = console.at("/csta/sessions/0");
        assertEquals("logged in", session.get("state").asText(), console.toString());
        assertEquals(120, session.get("grantedSessionDuration").asInt());
        assertFalse(session.at("/monitors/151").isNull(), console.toString());
    }

    @Test
    @Order(6)
    void actuatorHealthIsUpThenDownWithTheReasonWhenTheServerStops() throws Exception {
        await().until(() -> "UP".equals(get("/actuator/health").at("/components/camelHealth/status").asText()));
        JsonNode health = get("/actuator/health").at("/components/camelHealth/details");
        assertEquals("UP", health.get("consumer:yaml-monitor").asText(), health.toString());
        assertEquals("UP", health.get("csta-producer:" + JAVA_CALL_URI).asText(), health.toString());

        simulator.stop();

        await().until(() -> "DOWN".equals(get("/actuator/health").at("/components/camelHealth/status").asText()));
        JsonNode down = get("/actuator/health").at("/components/camelHealth/details");
        assertEquals("DOWN", down.get("consumer:yaml-monitor").asText(), down.toString());
        assertTrue(down.toString().contains("not logged in to xml://" + USER), down.toString());
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertFalse(response.body().contains(SECRET), path + " shows the password");
        return json.readTree(response.body());
    }

    private static double count(JsonNode meter) {
        for (JsonNode measurement : meter.get("measurements")) {
            if (measurement.get("statistic").asText().equals("COUNT")) {
                return measurement.get("value").asDouble();
            }
        }
        throw new AssertionError("no COUNT in " + meter);
    }

    @Configuration
    @EnableAutoConfiguration
    static class TestApplication {

        @Bean
        RouteBuilder javaRoutes() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:java-call").to("csta:makeCall?callingDevice=153&calledDirectoryNumber=4570203041");
                }
            };
        }

        /** Stops the simulator with the context, after Camel. */
        @Bean(destroyMethod = "stop")
        CstaSimulator simulator() {
            return simulator;
        }
    }
}
