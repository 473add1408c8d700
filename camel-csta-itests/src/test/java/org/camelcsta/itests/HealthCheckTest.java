package org.camelcsta.itests;

import java.util.Map;
import java.util.Optional;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Camel's health checks for the component: a monitor route's consumer check (under {@code consumer:<routeId>}) and a
 * producer check per csta producer (in the producers repository). UP when logged in with every monitor running, DOWN
 * with the reason in the {@code reason} detail (Spring Boot shows details, not messages).
 */
class HealthCheckTest extends SimulatorTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("csta:monitor?devices=170,171").routeId("monitor").to("mock:events");
                from("direct:call").routeId("call").to("csta:makeCall?callingDevice=171&calledDirectoryNumber=170");
                from("csta:monitor?devices=172&username=nobody@mydomain").routeId("refused").to("mock:refused");
            }
        };
    }

    /**
     * What Camel Main and Spring Boot do with camel.health.consumersEnabled, producersEnabled and exposureLevel=full
     * (else UP checks are summed up, not listed).
     */
    @Override
    protected void doPostSetup() throws Exception {
        HealthCheckRegistry.get(context).setExposureLevel("full");
        HealthCheckHelper.getHealthCheckRepository(context, "consumers");
        HealthCheckHelper.getHealthCheckRepository(context, "producers", WritableHealthCheckRepository.class)
                .setEnabled(true);
        super.doPostSetup();
    }

    @Test
    void upWhenLoggedInWithEveryMonitorRunningThenDownWithTheReasonWhenTheServerStops() {
        await().until(() -> state("consumer:monitor") == HealthCheck.State.UP);
        await().until(() -> state("csta-producer:csta://makeCall?calledDirectoryNumber=170&callingDevice=171")
                            == HealthCheck.State.UP);
        assertEquals("170,171", result("consumer:monitor").get().getDetails().get("devices"));

        simulator.stop();

        await().until(() -> state("consumer:monitor") == HealthCheck.State.DOWN);
        String reason = (String) result("consumer:monitor").get().getDetails().get("reason");
        assertTrue(reason.startsWith("not logged in to xml://test@mydomain@127.0.0.1:"), reason);
        assertTrue(reason.endsWith("; reconnecting"), reason);
        await().until(() -> state("csta-producer:csta://makeCall?calledDirectoryNumber=170&callingDevice=171")
                            == HealthCheck.State.DOWN);
    }

    @Test
    void aRefusedLoginIsDownWithTheServersReason() {
        await().until(() -> String.valueOf(result("consumer:refused").get().getDetails().get("reason"))
                .startsWith("not logged in"));
        Map<String, Object> details = result("consumer:refused").get().getDetails();
        String reason = (String) details.get("reason");
        assertTrue(reason.startsWith("not logged in to xml://nobody@mydomain@"), reason);
        assertTrue(reason.contains("securityInfoViolated"), reason);
        assertEquals(HealthCheck.State.DOWN, result("consumer:refused").get().getState());
        assertFalse(reason.contains(PASSWORD), reason);
        assertEquals(false, details.get("loggedIn"));
    }

    private HealthCheck.State state(String id) {
        return result(id).map(HealthCheck.Result::getState).orElse(null);
    }

    private Optional<HealthCheck.Result> result(String id) {
        return HealthCheckHelper.invoke(context).stream().filter(result -> result.getCheck().getId().equals(id))
                .findFirst();
    }
}
