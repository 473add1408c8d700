package org.camelcsta.itests;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.camelcsta.component.CstaConstants;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;

/**
 * Monitor routes that send requests, as the provider's example does. More such routes than the component has
 * event threads must not deadlock, and a full event queue must not hold back the replies they wait for.
 */
class EventRoutesWithRequestsTest extends SimulatorTestSupport {

    private static final int ROUTES = 10;

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                for (int i = 0; i < ROUTES; i++) {
                    String device = Integer.toString(150 + i);
                    from("csta:monitor?devices=" + device + "&eventTypes=DeliveredEvent")
                            .to("csta:snapshotDevice?requestTimeout=3000&snapshotObject=" + device)
                            .to("mock:snapshots");
                }
                from("csta:monitor?devices=170&eventTypes=DeliveredEvent&eventQueueCapacity=2")
                        .to("csta:snapshotDevice?requestTimeout=3000&snapshotObject=170")
                        .to("mock:busyDevice");
            }
        };
    }

    @Test
    void moreRequestingRoutesThanEventThreadsAllComplete() throws Exception {
        for (int i = 0; i < ROUTES; i++) {
            String device = Integer.toString(150 + i);
            await().until(() -> simulator.monitorCount(device) == 1);
        }
        MockEndpoint snapshots = getMockEndpoint("mock:snapshots");
        snapshots.expectedMessageCount(ROUTES);
        snapshots.expectedHeaderReceived(CstaConstants.MESSAGE_TYPE, "SnapshotDeviceResponse");
        for (int i = 0; i < ROUTES; i++) {
            simulator.incomingCall("5550300" + i, Integer.toString(150 + i));
        }
        snapshots.assertIsSatisfied(10_000);
    }

    @Test
    void aFullQueueDoesNotHoldBackTheRepliesItsRouteWaitsFor() throws Exception {
        await().until(() -> simulator.monitorCount("170") == 1);
        MockEndpoint busy = getMockEndpoint("mock:busyDevice");
        busy.expectedMessageCount(8);
        busy.expectedHeaderReceived(CstaConstants.MESSAGE_TYPE, "SnapshotDeviceResponse");
        for (int i = 0; i < 8; i++) {
            simulator.incomingCall("5550400" + i, "170");
        }
        busy.assertIsSatisfied(10_000);
    }
}
