package org.camelcsta.itests;

import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.camelcsta.component.CstaConstants;
import org.camelcsta.protocol.model.ConnectionClearedEvent;
import org.camelcsta.protocol.model.DeliveredEvent;
import org.camelcsta.protocol.model.EstablishedEvent;
import org.camelcsta.protocol.model.TransferedEvent;
import org.camelcsta.simulator.SimulatedCall;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.camelcsta.itests.CommandsTest.legOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The monitor consumer: one exchange per event, with the specified headers. */
class MonitorConsumerTest extends SimulatorTestSupport {

    private static final String CALLER = "55501234";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("csta:monitor?devices=110").to("mock:events");
                from("csta:monitor?devices=111,112&eventTypes=EstablishedEvent").to("mock:established");
                from("csta:monitor?devices=113&eventTypes=TransferedEvent").to("mock:transferred");
                from("direct:consult").to("csta:consultationCall?consultedDevice=113");
            }
        };
    }

    @Test
    void routesTheEventsOfAnIncomingCallWithTheirHeaders() throws Exception {
        await().until(() -> simulator.monitorCount("110") == 1);
        MockEndpoint events = getMockEndpoint("mock:events");
        events.expectedMessageCount(3);
        events.expectedHeaderValuesReceivedInAnyOrder(CstaConstants.EVENT_TYPE,
                "DeliveredEvent", "EstablishedEvent", "ConnectionClearedEvent");
        SimulatedCall call = simulator.incomingCall(CALLER, "110", "Søren Ærø");
        simulator.answer("110");
        simulator.hangup("110");
        events.assertIsSatisfied();

        String leg = legOf(call, "110").callId();
        List<Exchange> received = events.getReceivedExchanges();
        DeliveredEvent delivered = assertInstanceOf(DeliveredEvent.class, received.get(0).getIn().getBody());
        assertEquals("Søren Ærø", delivered.privateData().callerName());
        assertHeaders(received.get(0).getIn(), "DeliveredEvent", leg, "newCall");
        assertInstanceOf(EstablishedEvent.class, received.get(1).getIn().getBody());
        assertHeaders(received.get(1).getIn(), "EstablishedEvent", leg, "normal");
        assertInstanceOf(ConnectionClearedEvent.class, received.get(2).getIn().getBody());
        assertEquals("normalClearing", received.get(2).getIn().getHeader(CstaConstants.CAUSE));
        assertEquals(leg, received.get(2).getIn().getHeader(CstaConstants.CALL_ID));
    }

    @Test
    void filtersEventTypesAndMonitorsTwoDevicesOnOneConsumer() throws Exception {
        await().until(() -> simulator.monitorCount("111") == 1 && simulator.monitorCount("112") == 1);
        MockEndpoint established = getMockEndpoint("mock:established");
        established.expectedMessageCount(2);
        established.expectedHeaderValuesReceivedInAnyOrder(CstaConstants.DEVICE_ID, "111", "112");
        established.expectedHeaderValuesReceivedInAnyOrder(CstaConstants.EVENT_TYPE, "EstablishedEvent", "EstablishedEvent");
        simulator.incomingCall(CALLER, "111");
        simulator.incomingCall(CALLER + "9", "112");
        simulator.answer("111");
        simulator.answer("112");
        simulator.hangup("111");
        established.assertIsSatisfied();
    }

    @Test
    void routesATransferAsATypedTransferedEvent() throws Exception {
        await().until(() -> simulator.monitorCount("113") == 1);
        MockEndpoint transferred = getMockEndpoint("mock:transferred");
        transferred.expectedMessageCount(1);
        transferred.expectedHeaderReceived(CstaConstants.EVENT_TYPE, "TransferedEvent");
        transferred.expectedHeaderReceived(CstaConstants.CAUSE, "transferred");
        SimulatedCall call = simulator.incomingCall(CALLER, "114");
        simulator.answer("114");
        template.sendBodyAndHeaders("direct:consult", null, java.util.Map.of(
                CstaConstants.CALL_ID, legOf(call, "114").callId(), CstaConstants.DEVICE_ID, "114"));
        simulator.answer("113");
        simulator.hangup("114");
        transferred.assertIsSatisfied();

        Message message = transferred.getReceivedExchanges().get(0).getIn();
        TransferedEvent event = assertInstanceOf(TransferedEvent.class, message.getBody());
        assertEquals("114", event.transferringDevice().deviceIdentifier());
        assertEquals("113", message.getHeader(CstaConstants.DEVICE_ID));
        assertEquals(legOf(simulator.calls().get(0), "113").callId(), message.getHeader(CstaConstants.CALL_ID));
    }

    private static void assertHeaders(Message message, String type, String leg, String cause) {
        assertEquals(type, message.getHeader(CstaConstants.EVENT_TYPE));
        assertNotNull(message.getHeader(CstaConstants.MONITOR_CROSS_REF_ID));
        assertEquals(leg, message.getHeader(CstaConstants.CALL_ID));
        assertEquals("110", message.getHeader(CstaConstants.DEVICE_ID));
        assertEquals(cause, message.getHeader(CstaConstants.CAUSE));
        assertEquals(CALLER, message.getHeader(CstaConstants.EVENT_CALLING_DEVICE));
        assertEquals("110", message.getHeader(CstaConstants.EVENT_CALLED_DEVICE));
    }
}
