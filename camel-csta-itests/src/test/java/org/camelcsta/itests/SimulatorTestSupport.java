package org.camelcsta.itests;

import java.time.Duration;

import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.camelcsta.component.CstaComponent;
import org.camelcsta.component.CstaConfiguration;
import org.camelcsta.simulator.CstaSimulator;

/**
 * A Camel context whose csta component points at a fresh simulator on ephemeral ports, logged in as the
 * seed's first user, with short reconnect delays.
 */
abstract class SimulatorTestSupport extends CamelTestSupport {

    static final String USER = "test@mydomain";
    static final String PASSWORD = "bla.bla";
    static final String DOMAIN = "12345678.pbx.one-connect.dk";

    protected CstaSimulator simulator;

    /** The simulator this test class needs; the default has the XML, socket.io and control servers. */
    protected CstaSimulator.Builder simulatorBuilder() {
        return CstaSimulator.builder().xmlPort(0).socketIoPort(0).httpPort(0).httpsPort(CstaSimulator.DISABLED)
                .controlPort(0).externalAutoAnswer(Duration.ofMillis(100));
    }

    /** The component's connection settings for this test class. */
    protected void configure(CstaConfiguration configuration) {
        configuration.setHost("127.0.0.1");
        configuration.setPort(simulator.xmlPort());
        configuration.setUsername(USER);
        configuration.setPassword(PASSWORD);
        configuration.setPbxDomain(DOMAIN);
        configuration.setRequestTimeout(5000);
        configuration.setReconnectDelay(50);
        configuration.setMaxReconnectDelay(500);
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        simulator = simulatorBuilder().build();
        simulator.start();
        CamelContext context = super.createCamelContext();
        configure(context.getComponent("csta", CstaComponent.class).getConfiguration());
        return context;
    }

    /** The Camel context stops first, so that no route sees the simulator go away. */
    @Override
    protected void doPostTearDown() throws Exception {
        context.stop();
        if (simulator != null) {
            simulator.stop();
        }
        super.doPostTearDown();
    }
}
