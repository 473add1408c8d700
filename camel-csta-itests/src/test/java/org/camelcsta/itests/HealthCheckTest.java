package org.camelcsta.itests;

import java.util.Collection;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each shared session has a readiness check: up while logged in, down while not. */
class HealthCheckTest extends SimulatorTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("csta:monitor?devices=170").to("mock:events");
                from("direct:call").to("csta:makeCall?callingDevice=171&calledDirectoryNumber=170");
            }
        };
    }

    @Test
    void reportsTheSessionsReadiness() {
        await().until(() -> sessionState() == HealthCheck.State.UP);
        simulator.stop();
        await().until(() -> sessionState() == HealthCheck.State.DOWN);
        assertEquals(1, sessionChecks().size(), "one check for the session that both routes share");
    }

    private HealthCheck.State sessionState() {
        return sessionChecks().stream().findFirst().map(HealthCheck.Result::getState).orElse(null);
    }

    private Collection<HealthCheck.Result> sessionChecks() {
        return HealthCheckHelper.invokeReadiness(context).stream()
                .filter(result -> result.getCheck().getId().startsWith("csta-session:")).toList();
    }
}
