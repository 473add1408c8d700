package org.camelcsta.itests;

import java.util.List;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.camelcsta.component.CstaConstants;
import org.camelcsta.protocol.model.SnapshotDeviceResponse;
import org.camelcsta.simulator.LegState;
import org.camelcsta.simulator.SimulatedCall;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The header rule on the simulator: a route from a monitor event (or from a reply) into each producer operation acts
 * on the devices of its URI, whoever the event or the reply named; only the call leg flows on, on purpose. Checked
 * in the simulator's call state.
 */
class HeaderRuleSimulatorTest extends SimulatorTestSupport {

    private static final String CALLER = "55501234";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // the route: the event's calling device is the caller, the URI's is 140
                from("csta:monitor?devices=130&eventTypes=DeliveredEvent")
                        .to("csta:makeCall?callingDevice=140&calledDirectoryNumber=141").to("mock:called");
                from("csta:monitor?devices=131&eventTypes=EstablishedEvent")
                        .to("csta:singleStepTransferCall?transferredTo=132").to("mock:transferred");
                from("csta:monitor?devices=133&eventTypes=EstablishedEvent")
                        .to("csta:consultationCall?consultedDevice=134").to("mock:consulted");
                from("csta:monitor?devices=135&eventTypes=DeliveredEvent")
                        .to("csta:directedPickupCall?requestingDevice=136").to("mock:pickedUp");
                from("csta:monitor?devices=137&eventTypes=DeliveredEvent")
                        .to("csta:snapshotDevice?snapshotObject=138").to("mock:snapshot");
                from("csta:monitor?devices=139&eventTypes=DeliveredEvent")
                        .to("csta:monitorStart?deviceObject=142").to("mock:monitored");
                from("csta:monitor?devices=143&eventTypes=DeliveredEvent")
                        .to("csta:clearConnection").to("mock:cleared");
                // a reply of a call from 144 into a makeCall from 146
                from("direct:afterReply").to("csta:makeCall?callingDevice=144&calledDirectoryNumber=145")
                        .to("csta:makeCall?callingDevice=146&calledDirectoryNumber=147");
            }
        };
    }

    @Test
    void makeCallFromAnEventCallsFromTheUrisDevice() throws Exception {
        ring("130", "mock:called");
        assertTrue(callBetween("140", "141"), simulator.calls()::toString);
        assertFalse(callBetween(CALLER, "141"), "the event's caller placed no call: " + simulator.calls());
    }

    @Test
    void singleStepTransferCallFromAnEventTransfersToTheUrisDevice() throws Exception {
        String caller = answered("131", "mock:transferred");
        assertTrue(callBetween(caller, "132"), simulator.calls()::toString);
        assertFalse(simulator.calls().stream().anyMatch(call -> call.involves("131")), "131 left the call");
    }

    @Test
    void consultationCallFromAnEventConsultsTheUrisDevice() throws Exception {
        String caller = answered("133", "mock:consulted");
        assertTrue(callBetween("133", "134"), simulator.calls()::toString);
        SimulatedCall held = simulator.calls().stream().filter(call -> call.involves(caller)).findFirst().orElseThrow();
        assertEquals(LegState.HELD, held.leg("133").orElseThrow().state(), "the event's leg is held: " + held);
    }

    @Test
    void directedPickupCallFromAnEventPicksUpAtTheUrisDevice() throws Exception {
        ring("135", "mock:pickedUp");
        await().until(() -> simulator.connected(CALLER, "136"));
    }

    @Test
    void snapshotDeviceFromAnEventReadsTheUrisDevice() throws Exception {
        ring("137", "mock:snapshot");
        SnapshotDeviceResponse snapshot = getMockEndpoint("mock:snapshot").getReceivedExchanges().get(0).getIn()
                .getBody(SnapshotDeviceResponse.class);
        assertEquals(List.of(), snapshot.connections(), "138 has no call; the event's device 137 has one");
    }

    @Test
    void monitorStartFromAnEventMonitorsTheUrisDevice() throws Exception {
        ring("139", "mock:monitored");
        await().until(() -> simulator.monitorCount("142") == 1);
    }

    @Test
    void clearConnectionFromAnEventClearsTheEventsLegOnPurpose() throws Exception {
        ring("143", "mock:cleared");
        await().until(() -> simulator.calls().stream().noneMatch(call -> call.involves("143")));
    }

    @Test
    void makeCallFromAReplyCallsFromTheUrisDevice() {
        template.sendBody("direct:afterReply", null);
        assertTrue(callBetween("144", "145"), simulator.calls()::toString);
        assertTrue(callBetween("146", "147"), simulator.calls()::toString);
        assertFalse(callBetween("144", "147"), simulator.calls()::toString);
    }

    /** The caller rings the device; its route has run once. */
    private void ring(String device, String mock) throws InterruptedException {
        await().until(() -> simulator.monitorCount(device) == 1);
        MockEndpoint routed = getMockEndpoint(mock);
        routed.expectedMessageCount(1);
        simulator.incomingCall(CALLER, device);
        routed.assertIsSatisfied();
    }

    /** The caller rings the device, which answers; its route has run once. Returns the caller. */
    private String answered(String device, String mock) throws InterruptedException {
        await().until(() -> simulator.monitorCount(device) == 1);
        MockEndpoint routed = getMockEndpoint(mock);
        routed.expectedMessageCount(1);
        simulator.incomingCall(CALLER, device);
        simulator.answer(device);
        routed.assertIsSatisfied();
        assertEquals(CALLER, routed.getReceivedExchanges().get(0).getIn().getHeader(CstaConstants.EVENT_CALLING_DEVICE));
        return CALLER;
    }

    private boolean callBetween(String a, String b) {
        return simulator.calls().stream().anyMatch(call -> call.involves(a) && call.involves(b));
    }
}
