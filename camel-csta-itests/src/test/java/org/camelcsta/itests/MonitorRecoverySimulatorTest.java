package org.camelcsta.itests;

import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.camelcsta.client.CstaErrorException;
import org.camelcsta.client.MonitorSnapshot;
import org.camelcsta.component.CstaConstants;
import org.camelcsta.protocol.model.SnapshotConnection;
import org.camelcsta.simulator.SimulatedCall;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On the simulator, what a monitor route learns about what it may have missed: a MonitorSnapshot per device at its
 * first start (always) and after a reconnect, with the calls the device has then; and, with bridgeErrorHandler, the
 * session's failures in its error handler.
 */
class MonitorRecoverySimulatorTest extends SimulatorTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                onException(Exception.class).handled(true).to("mock:failures");
                from("csta:monitor?devices=180&monitorSnapshot=always&eventTypes=ConnectionClearedEvent").to("mock:always");
                from("csta:monitor?devices=181&monitorSnapshot=afterReconnect&eventTypes=EstablishedEvent")
                        .to("mock:afterReconnect").convertBodyTo(String.class).to("mock:json");
                from("csta:monitor?devices=182&bridgeErrorHandler=true&username=nobody@mydomain").to("mock:never");
            }
        };
    }

    @Test
    void aSnapshotAtTheFirstStartAndAfterAReconnectWithTheDevicesCalls() throws Exception {
        MockEndpoint always = getMockEndpoint("mock:always");
        always.expectedMessageCount(1);
        always.assertIsSatisfied();
        MonitorSnapshot first = assertInstanceOf(MonitorSnapshot.class, always.getReceivedExchanges().get(0).getIn().getBody());
        assertEquals("180", first.device());
        assertEquals(false, first.restarted());
        assertEquals(List.of(), first.calls());

        await().until(() -> simulator.monitorCount("181") == 1);
        MockEndpoint afterReconnect = getMockEndpoint("mock:afterReconnect");
        afterReconnect.expectedHeaderValuesReceivedInAnyOrder(CstaConstants.EVENT_TYPE, "EstablishedEvent", "MonitorSnapshot");
        SimulatedCall call = simulator.incomingCall("55501234", "181");
        simulator.answer("181");
        await().until(() -> afterReconnect.getReceivedCounter() == 1);
        simulator.dropAllConnections();
        afterReconnect.assertIsSatisfied(10_000);

        Message message = afterReconnect.getReceivedExchanges().get(1).getIn();
        MonitorSnapshot snapshot = assertInstanceOf(MonitorSnapshot.class, message.getBody());
        assertTrue(snapshot.restarted());
        assertEquals(List.of(call.callId("181")), snapshot.calls().stream().map(SnapshotConnection::callId).toList());
        assertEquals("181", message.getHeader(CstaConstants.MONITORED_DEVICE));
        assertEquals(true, message.getHeader(CstaConstants.MONITOR_RESTARTED));
        assertEquals(snapshot.monitorCrossRefId(), message.getHeader(CstaConstants.MONITOR_CROSS_REF_ID));
        MockEndpoint jsonForms = getMockEndpoint("mock:json");
        await().until(() -> jsonForms.getReceivedCounter() == 2); // the route goes on after mock:afterReconnect
        String json = jsonForms.getReceivedExchanges().get(1).getIn().getBody(String.class);
        assertTrue(json.startsWith("{\"MonitorSnapshot\":{\"device\":\"181\""), json);
        assertTrue(json.contains(call.callId("181")), json);

        await().until(() -> always.getReceivedCounter() == 2);
        assertEquals(true, always.getReceivedExchanges().get(1).getIn().getHeader(CstaConstants.MONITOR_RESTARTED),
                "always: after the reconnect too");
    }

    @Test
    void aRefusedLoginReachesTheRoutesErrorHandler() throws Exception {
        MockEndpoint failures = getMockEndpoint("mock:failures");
        failures.expectedMinimumMessageCount(1);
        failures.assertIsSatisfied(10_000);
        Throwable failure = failures.getReceivedExchanges().get(0).getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        Throwable cause = failure;
        while (!(cause instanceof CstaErrorException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        CstaErrorException refused = assertInstanceOf(CstaErrorException.class, cause, String.valueOf(failure));
        assertEquals("securityInfoViolated", refused.getErrorValue());
        assertTrue(String.valueOf(failure.getMessage()).length() < 1000);
    }
}
