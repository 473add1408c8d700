package org.camelcsta.springboot;

import org.apache.camel.CamelContext;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.camelcsta.component.CstaComponent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code camel.component.csta.enabled=false} turns the auto-configuration off: the properties are not applied. */
@CamelSpringBootTest
@SpringBootTest(classes = CstaStarterDisabledTest.TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
                properties = { "camel.component.csta.enabled=false", "camel.component.csta.request-timeout=5000" })
class CstaStarterDisabledTest {

    @Autowired
    private CamelContext camelContext;
    @Autowired
    private ApplicationContext applicationContext;

    @Test
    void thePropertiesAreNotApplied() {
        assertTrue(applicationContext.getBeansOfType(CstaComponentAutoConfiguration.class).isEmpty());
        assertEquals(10000, camelContext.getComponent("csta", CstaComponent.class).getConfiguration().getRequestTimeout());
    }

    @Configuration
    @EnableAutoConfiguration
    static class TestApplication {
    }
}
