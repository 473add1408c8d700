package org.camelcsta.examples.springboot;

import java.time.Duration;

import org.apache.camel.Ordered;
import org.apache.camel.spi.ComponentCustomizer;
import org.camelcsta.component.CstaComponent;
import org.camelcsta.simulator.CstaSimulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The demo's PBX: the simulator in-process on an ephemeral port, with the csta component pointed at it (after the
 * starter has applied camel.component.csta.*). Off with {@code examples.simulator.enabled=false}, to use the
 * provider's PBX as configured by the camel.component.csta.* properties.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "examples.simulator.enabled", havingValue = "true", matchIfMissing = true)
public class EmbeddedPbx {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPbx.class);

    @Bean(destroyMethod = "stop")
    CstaSimulator simulator(@Value("${examples.simulator.control-port:0}") int controlPort) {
        CstaSimulator simulator = CstaSimulator.builder().xmlPort(0).socketIoPort(CstaSimulator.DISABLED)
                .httpPort(CstaSimulator.DISABLED).httpsPort(CstaSimulator.DISABLED).controlPort(controlPort)
                .externalAutoAnswer(Duration.ofSeconds(2)).build();
        simulator.start();
        LOG.info("Embedded PBX simulator on port {}; its phones: {}", simulator.xmlPort(),
                controlPort < 0 ? "off" : simulator.boardUrl());
        return simulator;
    }

    @Bean
    ComponentCustomizer embeddedPbxConnection(CstaSimulator simulator) {
        // after the starter's customizer, which applies camel.component.csta.* (host included)
        return ComponentCustomizer.builder(CstaComponent.class).withOrder(Ordered.LOWEST).build(csta -> {
            csta.getConfiguration().setHost("127.0.0.1");
            csta.getConfiguration().setPort(simulator.xmlPort());
        });
    }
}
