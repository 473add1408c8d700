package org.camelcsta.itests;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.camelcsta.client.CstaSession;
import org.camelcsta.component.CstaComponent;
import org.camelcsta.component.CstaConfiguration;
import org.camelcsta.component.CstaConstants;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;

/** Over socket.io too, a dropped connection is survived: reconnect, monitors restored, events keep coming. */
class SocketIoReconnectTest extends SimulatorTestSupport {

    @Override
    protected void configure(CstaConfiguration configuration) {
        super.configure(configuration);
        configuration.setTransport("socketio");
        configuration.setPort(simulator.socketIoPort());
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("csta:monitor?devices=190").to("mock:events");
            }
        };
    }

    @Test
    void eventsKeepFlowingAfterADrop() throws Exception {
        await().until(() -> simulator.monitorCount("190") == 1);
        CstaSession session = context.getComponent("csta", CstaComponent.class).getSessions().get(0);
        String before = session.sessionId();
        simulator.dropAllConnections();
        await().until(() -> session.isLoggedIn() && !before.equals(session.sessionId())
                && simulator.monitorCount("190") == 1);
        MockEndpoint events = getMockEndpoint("mock:events");
        events.expectedHeaderReceived(CstaConstants.EVENT_TYPE, "DeliveredEvent");
        simulator.incomingCall("55501234", "190");
        events.assertIsSatisfied();
    }
}
