package org.camelcsta.itests;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.builder.RouteBuilder;
import org.camelcsta.client.CstaErrorException;
import org.camelcsta.component.CstaConfiguration;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A login refused by the server fails the request with the server's security error. */
class WrongPasswordTest extends SimulatorTestSupport {

    @Override
    protected void configure(CstaConfiguration configuration) {
        super.configure(configuration);
        configuration.setPassword("not-the-password");
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:call").to("csta:makeCall?callingDevice=100&calledDirectoryNumber=101");
            }
        };
    }

    @Test
    void aWrongPasswordIsASecurityError() {
        for (int attempt = 0; attempt < 2; attempt++) {
            CamelExecutionException e = assertThrows(CamelExecutionException.class,
                    () -> template.requestBody("direct:call", (Object) null));
            CstaErrorException error = assertInstanceOf(CstaErrorException.class, e.getCause());
            assertEquals("security", error.getCategory());
            assertEquals("securityInfoViolated", error.getErrorValue());
        }
        assertEquals(0, simulator.sessionCount());
    }
}
