package org.camelcsta.component;

import java.util.List;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.camelcsta.client.CstaSession;
import org.camelcsta.client.ScriptedXmlServer;
import org.camelcsta.protocol.model.ConnectionId;
import org.camelcsta.protocol.model.DeliveredEvent;
import org.camelcsta.protocol.model.DeviceIdentifier;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.HeldEvent;
import org.camelcsta.protocol.model.MonitorStartResponse;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * A route monitors the trunk and another a user of it: both routes get each of the user's events once, whether the
 * server sends the event once or once per monitor (as csta-simulator does), and the trunk's route alone gets the
 * events of a user without a monitor of its own. The server here never answers a MonitorStop, as a server that has
 * not handled it yet.
 */
class TrunkAndUserMonitorTest extends ScriptedServerTestSupport {

    private static final String USER = "u-12345678-200";
    private static final String OTHER_USER = "u-12345678-201";

    @Override
    protected String protocolVersion() {
        return "http://www.ecma.ch/standards/ecma-323/csta/ed6";
    }

    @Override
    protected void answer(GenericMessage request, ScriptedXmlServer.Connection connection) {
        switch (request.name()) {
            case "MonitorStart" -> connection.reply(request,
                    new MonitorStartResponse(request.text("monitorObject", "deviceObject"), null));
            case "MonitorTrunk" -> connection.reply(request, new MonitorStartResponse("12345678", null));
            default -> { }
        }
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("csta:monitor?trunk=true&eventId=true").to("mock:trunk");
                from("csta:monitor?devices=" + USER).routeId("user").to("mock:user");
            }
        };
    }

    @Test
    void aServerThatSendsACopyPerMonitorReachesEachRouteOnce() throws Exception {
        ScriptedXmlServer.Connection connection = bothMonitorsRunning();
        for (DeliveredEvent event : List.of(event(USER, "newCall"), event(USER, "newCall"), event(OTHER_USER, "newCall"),
                event(USER, "normal"), event(USER, "normal"),
                // the same event again, with its copy
                event(USER, "normal"), event(USER, "normal"))) {
            connection.send(event);
        }
        assertRouted("mock:user", List.of(USER + " newCall", USER + " normal", USER + " normal"));
        assertRouted("mock:trunk", List.of(USER + " newCall", OTHER_USER + " newCall", USER + " normal",
                USER + " normal"));
    }

    @Test
    void copiesMadeInTwoSecondsAreCopiesStill() throws Exception {
        ScriptedXmlServer.Connection connection = bothMonitorsRunning();
        connection.send(established("2026-11-30 17:26:59Z"));
        connection.send(established("2026-11-30 17:27:00Z"));
        assertRouted("mock:user", List.of(USER + " EstablishedEvent"));
        assertRouted("mock:trunk", List.of(USER + " EstablishedEvent"));
    }

    /** The user's route stops: until the server confirms the MonitorStop, it may still send a copy per monitor. */
    @Test
    void copiesSentBeforeTheServerConfirmsTheStopReachTheTrunkRouteOnce() throws Exception {
        ScriptedXmlServer.Connection connection = bothMonitorsRunning();
        context.getRouteController().stopRoute("user");
        await().until(() -> server.received.stream().anyMatch(m -> m.name().equals("MonitorStop")));
        connection.send(event(USER, "newCall"));
        connection.send(event(USER, "newCall"));
        assertRouted("mock:trunk", List.of(USER + " newCall"));
    }

    @Test
    void aServerThatSendsEachEventOnceReachesBothRoutes() throws Exception {
        ScriptedXmlServer.Connection connection = bothMonitorsRunning();
        for (DeliveredEvent event : List.of(event(USER, "newCall"), event(OTHER_USER, "newCall"), event(USER, "normal"))) {
            connection.send(event);
        }
        assertRouted("mock:user", List.of(USER + " newCall", USER + " normal"));
        assertRouted("mock:trunk", List.of(USER + " newCall", OTHER_USER + " newCall", USER + " normal"));
    }

    /**
     * The current server reports a hold on the monitors of both parties, in two equal events but for their ids: on the
     * trunk's route, as on the parties' own, they are two events for an idempotent consumer.
     */
    @Test
    void theHoldersAndTheHeldPartysEventsHaveEventIdsOfTheirOwnOnTheTrunksRoute() throws Exception {
        ScriptedXmlServer.Connection connection = bothMonitorsRunning();
        for (String party : List.of(USER, OTHER_USER)) {
            connection.send(new HeldEvent(party, new ConnectionId("SIP/1", "200"), new DeviceIdentifier("200"), "hold",
                    null, null, null));
        }
        MockEndpoint trunk = getMockEndpoint("mock:trunk");
        trunk.expectedMessageCount(2);
        trunk.assertIsSatisfied();
        assertNotEquals(trunk.getReceivedExchanges().get(0).getIn().getHeader(CstaConstants.EVENT_ID),
                trunk.getReceivedExchanges().get(1).getIn().getHeader(CstaConstants.EVENT_ID));
    }

    private ScriptedXmlServer.Connection bothMonitorsRunning() {
        CstaSession session = context.getComponent("csta", CstaComponent.class).getSessions().get(0);
        await().until(() -> session.activeMonitors() == 2);
        return server.connections().get(0);
    }

    private void assertRouted(String mock, List<String> expected) throws InterruptedException {
        MockEndpoint endpoint = getMockEndpoint(mock);
        endpoint.expectedMessageCount(expected.size());
        endpoint.setAssertPeriod(200); // and no copy comes after them
        endpoint.assertIsSatisfied();
        assertEquals(expected, endpoint.getReceivedExchanges().stream().map(TrunkAndUserMonitorTest::describe).toList());
    }

    private static String describe(Exchange exchange) {
        Object body = exchange.getIn().getBody();
        return body instanceof DeliveredEvent event ? event.monitorCrossRefId() + " " + event.cause()
                : exchange.getIn().getHeader(CstaConstants.MONITOR_CROSS_REF_ID) + " "
                  + exchange.getIn().getHeader(CstaConstants.EVENT_TYPE);
    }

    /** An EstablishedEvent as csta-simulator makes it for each monitor: stamped with the second it is sent in. */
    private static GenericMessage established(String timestamp) {
        ObjectNode fields = JsonNodeFactory.instance.objectNode().put("monitorCrossRefID", USER);
        fields.putObject("establishedConnection").put("callID", "SIP/1").put("deviceID", "200");
        fields.put("cause", "newCall");
        fields.putObject("privateData").put("timestamp", timestamp);
        return new GenericMessage("EstablishedEvent", fields);
    }

    private static DeliveredEvent event(String crossRef, String cause) {
        return new DeliveredEvent(crossRef, new ConnectionId("SIP/1", crossRef), null, null, null, null, "alerting", cause,
                null, null, null, null, null);
    }
}
