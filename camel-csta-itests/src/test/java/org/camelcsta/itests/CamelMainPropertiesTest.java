package org.camelcsta.itests;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.camelcsta.component.CstaComponent;
import org.camelcsta.protocol.model.MakeCallResponse;
import org.camelcsta.simulator.CstaSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The connection set with Camel Main properties only, as an application would. */
class CamelMainPropertiesTest {

    private CstaSimulator simulator;
    private Main main;

    @BeforeEach
    void start() throws Exception {
        simulator = CstaSimulator.builder().xmlPort(0).socketIoPort(CstaSimulator.DISABLED).httpPort(CstaSimulator.DISABLED)
                .httpsPort(CstaSimulator.DISABLED).controlPort(CstaSimulator.DISABLED).build();
        simulator.start();
        main = new Main();
        main.addInitialProperty("camel.component.csta.host", "127.0.0.1");
        main.addInitialProperty("camel.component.csta.port", Integer.toString(simulator.xmlPort()));
        main.addInitialProperty("camel.component.csta.username", SimulatorTestSupport.USER);
        main.addInitialProperty("camel.component.csta.password", SimulatorTestSupport.PASSWORD);
        main.addInitialProperty("camel.component.csta.pbxDomain", SimulatorTestSupport.DOMAIN);
        main.addInitialProperty("camel.component.csta.requestTimeout", "5s");
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:call").to("csta:makeCall?callingDevice=100&calledDirectoryNumber=101");
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
    void mainPropertiesConfigureTheComponent() {
        CstaComponent csta = main.getCamelContext().getComponent("csta", CstaComponent.class);
        assertEquals(5000, csta.getConfiguration().getRequestTimeout());
        MakeCallResponse response = main.getCamelContext().createProducerTemplate()
                .requestBody("direct:call", null, MakeCallResponse.class);
        assertEquals("100", response.callingDevice().deviceId());
    }
}
