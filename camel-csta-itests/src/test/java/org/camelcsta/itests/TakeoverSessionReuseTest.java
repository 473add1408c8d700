package org.camelcsta.itests;

import java.time.Duration;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.camelcsta.client.MonitorSnapshot;
import org.camelcsta.component.CstaConstants;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The component's share of a leader takeover (docs/high-availability.md): a standby whose producer has logged in
 * starts its monitor route on that session, with no second connection or login; the route is ready when its
 * MonitorSnapshot exchanges (one per device) arrive. The time is printed, not asserted.
 */
class TakeoverSessionReuseTest extends SimulatorTestSupport {

    private static final String DEVICES = "150,151,152";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:login").to("csta:resetApplicationSessionTimer");
                from("csta:monitor?devices=" + DEVICES + "&monitorSnapshot=always").routeId("takeover").autoStartup(false)
                        .to("mock:snapshots");
            }
        };
    }

    @Test
    void theMonitorRouteStartsOnTheSessionTheProducerLoggedIn() throws Exception {
        template.sendBody("direct:login", null);
        assertEquals(1, simulator.sessionCount());
        MockEndpoint snapshots = getMockEndpoint("mock:snapshots");
        snapshots.expectedMessageCount(3);
        snapshots.allMessages().header(CstaConstants.EVENT_TYPE).isEqualTo(MonitorSnapshot.NAME);

        long start = System.nanoTime();
        context.getRouteController().startRoute("takeover");
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(1))
                .until(() -> snapshots.getReceivedCounter() == 3);
        long millis = (System.nanoTime() - start) / 1_000_000;

        System.out.println("monitor route started and reconciled on the producer's session in " + millis + " ms");
        snapshots.assertIsSatisfied();
        assertEquals(1, simulator.sessionCount(), "the monitor route opened a session of its own");
    }
}
