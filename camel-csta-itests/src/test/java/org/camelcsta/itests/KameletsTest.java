package org.camelcsta.itests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.camel.CamelContext;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.main.KameletMain;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.camelcsta.simulator.CstaSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Kamelets in the camel-csta jar, end to end on the simulator: in a route of the YAML DSL with camel-kamelet,
 * and run by KameletMain (the engine of Camel JBang's {@code camel run}) from a route file, as a JBang user would.
 */
class KameletsTest {

    /** A YAML route file: events of device 190 into a mock, and click-to-call from 191 with the number as body. */
    private static final String ROUTES = """
            - route:
                from:
                  uri: "kamelet:csta-event-source"
                  parameters:
                    host: 127.0.0.1
                    port: %1$d
                    username: "%2$s"
                    password: "%3$s"
                    pbxDomain: "%4$s"
                    devices: "190"
                    eventTypes: "DeliveredEvent,EstablishedEvent"
                  steps:
                    - to: "mock:events"
            - route:
                from:
                  uri: "direct:dial"
                  steps:
                    - to:
                        uri: "kamelet:csta-make-call-sink"
                        parameters:
                          host: 127.0.0.1
                          port: %1$d
                          username: "%2$s"
                          password: "%3$s"
                          pbxDomain: "%4$s"
                          callingDevice: "191"
            """;

    private CstaSimulator simulator;

    @BeforeEach
    void startSimulator() {
        simulator = CstaSimulator.builder().xmlPort(0).socketIoPort(CstaSimulator.DISABLED).httpPort(CstaSimulator.DISABLED)
                .httpsPort(CstaSimulator.DISABLED).controlPort(CstaSimulator.DISABLED)
                .externalAutoAnswer(Duration.ofMillis(100)).build();
        simulator.start();
    }

    @AfterEach
    void stopSimulator() {
        simulator.stop();
    }

    @Test
    void theKameletsRunInTheYamlDsl() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("csta.yaml", routes()));
            context.start();
            exerciseTheKamelets(context);
        }
    }

    @Test
    void kameletMainRunsThemFromARouteFile(@TempDir Path dir) throws Exception {
        Path routes = Files.writeString(dir.resolve("csta.camel.yaml"), routes());
        KameletMain main = new KameletMain("camel-csta-itests");
        main.setDownload(false); // the component is on the class path, as with camel run --dep
        main.addInitialProperty("camel.main.routesIncludePattern", "file:" + routes);
        main.start();
        try {
            exerciseTheKamelets(main.getCamelContext());
        } finally {
            main.stop();
        }
    }

    /** A call placed through the sink; the events of the called device arrive through the source, as JSON. */
    private void exerciseTheKamelets(CamelContext context) {
        MockEndpoint events = context.getEndpoint("mock:events", MockEndpoint.class);
        await().until(() -> simulator.monitorCount("190") == 1);

        String reply = context.createProducerTemplate().requestBody("direct:dial", "190", String.class);

        assertTrue(reply.startsWith("{\"MakeCallResponse\":"), reply);
        await().until(() -> events.getReceivedCounter() >= 1);
        String first = events.getReceivedExchanges().get(0).getIn().getBody(String.class);
        assertTrue(first.startsWith("{\"DeliveredEvent\":"), first);
        assertEquals("application/json", events.getReceivedExchanges().get(0).getIn().getHeader("Content-Type"));
        assertEquals("DeliveredEvent", events.getReceivedExchanges().get(0).getIn().getHeader("CamelCstaEventType"));
    }

    private String routes() {
        return String.format(ROUTES, simulator.xmlPort(), SimulatorTestSupport.USER, SimulatorTestSupport.PASSWORD,
                SimulatorTestSupport.DOMAIN);
    }
}
