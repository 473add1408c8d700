package org.camelcsta.springboot;

import org.apache.camel.CamelContext;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.camelcsta.component.CstaComponent;
import org.camelcsta.component.CstaConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A csta component bean of the application's own takes the camel.component.csta.* properties that are set, and keeps
 * what the application gave it for the others: the starter's defaults are not copied over it.
 */
@CamelSpringBootTest
@SpringBootTest(classes = CstaStarterComponentBeanTest.TestApplication.class,
                webEnvironment = SpringBootTest.WebEnvironment.NONE,
                properties = { "camel.component.csta.username=bean@mydomain", "camel.component.csta.session-duration=120" })
class CstaStarterComponentBeanTest {

    @Autowired
    private CamelContext camelContext;

    @Test
    void theBeanKeepsItsOwnSettingsAndTakesTheSetProperties() {
        CstaConfiguration configuration = camelContext.getComponent("csta", CstaComponent.class).getConfiguration();
        assertEquals("pbx.internal", configuration.getHost());
        assertEquals(3000, configuration.getRequestTimeout());
        assertEquals("bean@mydomain", configuration.getUsername());
        assertEquals(120, configuration.getSessionDuration());
    }

    @Configuration
    @EnableAutoConfiguration
    static class TestApplication {

        @Bean("csta")
        CstaComponent csta() {
            CstaComponent csta = new CstaComponent();
            csta.getConfiguration().setHost("pbx.internal");
            csta.getConfiguration().setRequestTimeout(3000);
            return csta;
        }
    }
}
