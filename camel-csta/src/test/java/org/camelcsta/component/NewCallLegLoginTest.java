package org.camelcsta.component;

import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.camelcsta.client.CstaErrorException;
import org.camelcsta.client.CstaTimeoutException;
import org.camelcsta.client.ScriptedXmlServer;
import org.camelcsta.protocol.model.CstaErrorCode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A MakeCall logs in first to learn whether the server is a current one (see {@code NewCallLegs}); a login that fails
 * or does not end fails it as it fails any other request: once, and within the request's timeout.
 */
class NewCallLegLoginTest extends CamelTestSupport {

    /** Refuses the login of user {@code refused}, and answers nobody else's. */
    private ScriptedXmlServer server;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        server = new ScriptedXmlServer((request, connection) -> {
            if (request.name().equals("StartApplicationSession") && "refused".equals(
                    request.text("applicationInfo", "applicationSpecificInfo", "vendorData:userID"))) {
                connection.reply(request, new CstaErrorCode("security", "securityInfoViolated", null));
            }
        });
        CamelContext context = super.createCamelContext();
        CstaConfiguration configuration = context.getComponent("csta", CstaComponent.class).getConfiguration();
        configuration.setHost("127.0.0.1");
        configuration.setPort(server.port());
        configuration.setPassword("bla.bla");
        configuration.setPbxDomain("mydomain");
        configuration.setConnectTimeout(3000);
        // the session retries a refused login by itself: not within this test
        configuration.setMaxReconnectDelay(600_000);
        configuration.setReconnectDelay(600_000);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:refused").to("csta:makeCall?callingDevice=200&calledDirectoryNumber=1&username=refused");
                from("direct:unanswered")
                        .to("csta:makeCall?callingDevice=200&calledDirectoryNumber=1&username=ignored&requestTimeout=300");
            }
        };
    }

    @Test
    void aRefusedLoginIsTriedOnceAndNotAgainByTheNextMakeCallBeforeTheRetry() {
        for (int exchange = 0; exchange < 2; exchange++) {
            CamelExecutionException e = assertThrows(CamelExecutionException.class,
                    () -> template.requestBody("direct:refused", (Object) null));
            assertEquals("securityInfoViolated", assertInstanceOf(CstaErrorException.class, e.getCause()).getErrorValue());
            assertEquals(1, server.received.stream().filter(m -> m.name().equals("StartApplicationSession")).count());
        }
    }

    @Test
    void aLoginThatDoesNotEndFailsTheMakeCallWithinItsRequestTimeout() {
        CamelExecutionException e = assertThrows(CamelExecutionException.class,
                () -> template.requestBody("direct:unanswered", (Object) null));
        CstaTimeoutException timeout = assertInstanceOf(CstaTimeoutException.class, e.getCause());
        assertTrue(timeout.getMessage().contains("MakeCall within 300 ms"), timeout.getMessage());
    }

    @Override
    protected void doPostTearDown() throws Exception {
        context.stop();
        server.close();
        super.doPostTearDown();
    }
}
