package org.camelcsta.itests;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;

/**
 * A session that only producers use has no monitor to restart, yet it logs in again by itself after its connection
 * dropped: otherwise its producer's check would stay DOWN until the next request, which a readiness probe that took
 * the application out of service would never let come.
 */
class ProducerSessionRecoveryTest extends SimulatorTestSupport {

    private static final String CHECK = "csta-producer:csta://makeCall?calledDirectoryNumber=170&callingDevice=171";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:call").to("csta:makeCall?callingDevice=171&calledDirectoryNumber=170");
            }
        };
    }

    @Override
    protected void doPostSetup() throws Exception {
        HealthCheckHelper.getHealthCheckRepository(context, "producers", WritableHealthCheckRepository.class)
                .setEnabled(true);
        super.doPostSetup();
    }

    @Test
    void logsInAgainAfterItsConnectionDroppedWithoutWaitingForARequest() {
        template.requestBody("direct:call", (Object) null);
        await().until(() -> state() == HealthCheck.State.UP);

        simulator.dropAllConnections();

        await().until(() -> simulator.traffic("StartApplicationSession").size() >= 2);
        await().until(() -> state() == HealthCheck.State.UP);
    }

    private HealthCheck.State state() {
        return HealthCheckHelper.invoke(context).stream().filter(result -> result.getCheck().getId().equals(CHECK))
                .map(HealthCheck.Result::getState).findFirst().orElse(null);
    }
}
