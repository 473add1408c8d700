package org.camelcsta.component;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.camelcsta.client.ScriptedXmlServer;
import org.camelcsta.protocol.model.CallLinkageData;
import org.camelcsta.protocol.model.ClearConnectionResponse;
import org.camelcsta.protocol.model.ConnectionId;
import org.camelcsta.protocol.model.ConsultationCallResponse;
import org.camelcsta.protocol.model.DeliveredEvent;
import org.camelcsta.protocol.model.DeviceIdentifier;
import org.camelcsta.protocol.model.DirectedPickupCallResponse;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.MakeCallResponse;
import org.camelcsta.protocol.model.MonitorStartResponse;
import org.camelcsta.protocol.model.SingleStepTransferCallResponse;
import org.camelcsta.protocol.model.SnapshotDeviceResponse;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Routes from a monitor event, and from a reply, into every producer operation whose devices are URI options: each
 * request acts on the URI's devices, never on a device the event or the reply reported; only the call leg flows.
 */
class EventToRequestRoutesTest extends ScriptedServerTestSupport {

    private static final String CALLER = "55501234";
    private static final String[] OPERATIONS = {
        "makeCall?callingDevice=140&calledDirectoryNumber=4570203040",
        "singleStepTransferCall?transferredTo=124",
        "consultationCall?consultedDevice=125",
        "snapshotDevice?snapshotObject=141",
        "clearConnection",
        "directedPickupCall?requestingDevice=142",
        "monitorStart?deviceObject=143" };

    @Override
    protected void answer(GenericMessage request, ScriptedXmlServer.Connection connection) {
        switch (request.name()) {
            case "MonitorStart" -> {
                String device = request.text("monitorObject", "deviceObject");
                connection.reply(request, new MonitorStartResponse("m-" + device, null));
                if (device.equals("130")) {
                    DeviceIdentifier caller = new DeviceIdentifier(CALLER);
                    connection.send(new DeliveredEvent("m-130", new ConnectionId("SIP/1", "130"), new DeviceIdentifier("130"),
                            caller, new DeviceIdentifier("130"), caller, "alerting", "newCall", caller, null, caller,
                            CallLinkageData.of("g-1"), null));
                }
            }
            case "MakeCall" -> connection.reply(request, new MakeCallResponse(new ConnectionId("SIP/2", CALLER), null));
            case "SingleStepTransferCall" -> connection.reply(request,
                    new SingleStepTransferCallResponse(new ConnectionId("SIP/3", "124"), null));
            case "ConsultationCall" -> connection.reply(request, new ConsultationCallResponse(new ConnectionId("SIP/4", CALLER), null));
            case "SnapshotDevice" -> connection.reply(request, new SnapshotDeviceResponse("x", null, null));
            case "ClearConnection" -> connection.reply(request, new ClearConnectionResponse(null));
            case "DirectedPickupCall" -> connection.reply(request, new DirectedPickupCallResponse(new ConnectionId("SIP/5", CALLER), null));
            default -> { }
        }
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // the route: the event names its caller, the URI the device that calls
                from("csta:monitor?devices=130&eventTypes=DeliveredEvent").multicast().to(uris()).end().to("mock:done");
                // a reply of a call placed by the caller, into every operation
                from("direct:afterReply").to("csta:makeCall?callingDevice=" + CALLER + "&calledDirectoryNumber=130")
                        .multicast().to(uris());
            }
        };
    }

    private static String[] uris() {
        String[] uris = new String[OPERATIONS.length];
        for (int i = 0; i < OPERATIONS.length; i++) {
            uris[i] = "csta:" + OPERATIONS[i];
        }
        return uris;
    }

    @Test
    void requestsFromAnEventActOnTheUrisDevicesAndTheEventsLeg() throws Exception {
        awaitTheEventRoute();
        assertActOnTheUrisDevices(new ConnectionId("SIP/1", "130"));
    }

    @Test
    void requestsFromAReplyActOnTheUrisDevicesAndTheRepliesLeg() throws Exception {
        awaitTheEventRoute();
        server.received.clear();
        template.sendBody("direct:afterReply", null);
        assertActOnTheUrisDevices(new ConnectionId("SIP/2", CALLER));
    }

    private void awaitTheEventRoute() throws InterruptedException {
        MockEndpoint done = getMockEndpoint("mock:done");
        done.expectedMessageCount(1);
        done.assertIsSatisfied();
    }

    private void assertActOnTheUrisDevices(ConnectionId leg) {
        GenericMessage makeCall = last("MakeCall");
        assertEquals("140", makeCall.text("callingDevice"));
        assertEquals("4570203040", makeCall.text("calledDirectoryNumber"));
        assertEquals("124", last("SingleStepTransferCall").text("transferredTo"));
        assertLeg(leg, last("SingleStepTransferCall"), "activeCall");
        assertEquals("125", last("ConsultationCall").text("consultedDevice"));
        assertLeg(leg, last("ConsultationCall"), "existingCall");
        assertEquals("141", last("SnapshotDevice").text("snapshotObject"));
        assertLeg(leg, last("ClearConnection"), "connectionToBeCleared");
        assertEquals("142", last("DirectedPickupCall").text("requestingDevice", "deviceId"));
        assertLeg(leg, last("DirectedPickupCall"), "callToBePickedUp");
        assertEquals("143", last("MonitorStart").text("monitorObject", "deviceObject"));
    }

    private static void assertLeg(ConnectionId leg, GenericMessage request, String field) {
        assertEquals(leg.callId(), request.text(field, "callID"), request.name());
        assertEquals(leg.deviceId(), request.text(field, "deviceId"), request.name());
    }

    private GenericMessage last(String name) {
        return server.received.stream().filter(m -> m.name().equals(name)).reduce((a, b) -> b).orElseThrow();
    }
}
