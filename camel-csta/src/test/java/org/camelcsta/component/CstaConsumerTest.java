package org.camelcsta.component;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.builder.RouteBuilder;
import org.camelcsta.client.ScriptedXmlServer;
import org.camelcsta.protocol.model.ConnectionId;
import org.camelcsta.protocol.model.DeliveredEvent;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.MonitorStartResponse;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A burst of events into a monitor route, with several consumers sharing the component's executor: every
 * event arrives, in order, and the connection stays up (a refused executor submit once closed it).
 */
class CstaConsumerTest extends ScriptedServerTestSupport {

    private static final int EVENTS = 20_000;
    private static final String[] DEVICES = { "101", "102", "103", "104", "105", "106" };

    private final List<List<String>> received = new CopyOnWriteArrayList<>();

    @Override
    protected void answer(GenericMessage request, ScriptedXmlServer.Connection connection) {
        if (request.name().equals("MonitorStart")) {
            String device = request.text("monitorObject", "deviceObject");
            connection.reply(request, new MonitorStartResponse("m-" + device, null));
            if (device.equals(DEVICES[DEVICES.length - 1])) {
                blast(connection);
            }
        }
    }

    private void blast(ScriptedXmlServer.Connection connection) {
        Thread blaster = new Thread(() -> {
            for (int i = 0; i < EVENTS; i++) {
                String device = DEVICES[i % DEVICES.length];
                connection.send(new DeliveredEvent("m-" + device, new ConnectionId("SIP/" + i, device), null, null, null,
                        null, "alerting", Integer.toString(i), null, null, null, null, null));
            }
        });
        blaster.setDaemon(true);
        blaster.start();
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                for (String device : DEVICES) {
                    List<String> causes = new CopyOnWriteArrayList<>();
                    received.add(causes);
                    from("csta:monitor?devices=" + device)
                            .process(exchange -> causes.add(exchange.getIn().getHeader(CstaConstants.CAUSE, String.class)));
                }
            }
        };
    }

    @Test
    void everyEventOfABurstReachesItsRouteInOrder() {
        await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> received.stream().mapToInt(List::size).sum() == EVENTS);
        for (int d = 0; d < DEVICES.length; d++) {
            List<String> causes = received.get(d);
            for (int n = 0; n < causes.size(); n++) {
                assertEquals(Integer.toString(d + n * DEVICES.length), causes.get(n));
            }
        }
        assertEquals(1, server.connections().size(), "the connection was never lost");
    }
}
