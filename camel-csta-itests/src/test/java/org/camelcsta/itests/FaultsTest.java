package org.camelcsta.itests;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.camelcsta.client.CstaConnectionException;
import org.camelcsta.client.CstaSession;
import org.camelcsta.component.CstaComponent;
import org.camelcsta.component.CstaConstants;
import org.camelcsta.component.CstaConfiguration;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A dropped connection: the request in flight fails, the session reconnects and the monitor comes back. */
class FaultsTest extends SimulatorTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("csta:monitor?devices=130").to("mock:events");
                from("direct:call").to("csta:makeCall?callingDevice=131&calledDirectoryNumber=55501234");
            }
        };
    }

    @Override
    protected void configure(CstaConfiguration configuration) {
        super.configure(configuration);
        configuration.setRequestTimeout(10_000);
    }

    @Test
    void survivesADroppedConnectionWithAConsumerRunningAndARequestInFlight() throws Exception {
        await().until(() -> simulator.monitorCount("130") == 1);
        CstaSession session = context.getComponent("csta", CstaComponent.class).getSessions().get(0);
        simulator.delayResponses(Duration.ofSeconds(5));
        CompletableFuture<Object> inFlight = template.asyncRequestBody("direct:call", null);
        await().until(() -> session.requestsInFlight() == 1);

        simulator.dropAllConnections();
        simulator.delayResponses(Duration.ZERO);
        ExecutionException failed = assertThrows(ExecutionException.class, () -> inFlight.get(5, TimeUnit.SECONDS));
        assertInstanceOf(CstaConnectionException.class, failed.getCause().getCause(), "the request is not sent again");

        await().until(() -> session.isLoggedIn() && simulator.monitorCount("130") == 1);
        MockEndpoint events = getMockEndpoint("mock:events");
        events.expectedHeaderReceived(CstaConstants.EVENT_TYPE, "DeliveredEvent");
        simulator.incomingCall("55501234", "130");
        events.assertIsSatisfied();
    }
}
