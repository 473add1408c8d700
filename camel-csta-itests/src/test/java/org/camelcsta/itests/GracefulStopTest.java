package org.camelcsta.itests;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import org.apache.camel.ServiceStatus;
import org.apache.camel.builder.RouteBuilder;
import org.camelcsta.component.CstaConstants;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Stopping a monitor route lets the events already queued through: the monitor stops, the queue drains. */
class GracefulStopTest extends SimulatorTestSupport {

    private final CountDownLatch release = new CountDownLatch(1);
    private final List<String> routed = new CopyOnWriteArrayList<>();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("csta:monitor?devices=192").routeId("monitor")
                        .process(exchange -> {
                            release.await();
                            routed.add(exchange.getIn().getHeader(CstaConstants.CALL_ID, String.class));
                        });
            }
        };
    }

    @Test
    void queuedEventsAreRoutedBeforeTheRouteStops() throws Exception {
        await().until(() -> simulator.monitorCount("192") == 1);
        for (int i = 0; i < 5; i++) {
            simulator.incomingCall("5550200" + i, "192");
        }
        await().until(() -> context.getComponent("csta", org.camelcsta.component.CstaComponent.class)
                .getSessions().get(0).requestsInFlight() == 0);
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> {
            try {
                context.getRouteController().stopRoute("monitor");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        await().until(() -> simulator.monitorCount("192") == 0);
        release.countDown();
        stopping.get();
        assertEquals(5, routed.size(), "every event queued when the stop began was routed");
        assertEquals(ServiceStatus.Stopped, context.getRouteController().getRouteStatus("monitor"));
    }
}
