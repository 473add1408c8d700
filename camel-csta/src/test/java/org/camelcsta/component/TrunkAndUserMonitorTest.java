package org.camelcsta.component;

import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.camelcsta.client.CstaSession;
import org.camelcsta.client.ScriptedXmlServer;
import org.camelcsta.protocol.model.ConnectionId;
import org.camelcsta.protocol.model.DeliveredEvent;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.MonitorStartResponse;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A route monitors the trunk and another a user of it: both routes get each of the user's events once, whether the
 * server sends the event once or once per monitor (as csta-simulator does), and the trunk's route alone gets the
 * events of a user without a monitor of its own.
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
                from("csta:monitor?trunk=true").to("mock:trunk");
                from("csta:monitor?devices=" + USER).to("mock:user");
            }
        };
    }

    @Test
    void aServerThatSendsACopyPerMonitorReachesEachRouteOnce() throws Exception {
        ScriptedXmlServer.Connection connection = bothMonitorsRunning();
        for (DeliveredEvent event : List.of(event(USER, "newCall"), event(USER, "newCall"), event(OTHER_USER, "newCall"),
                event(USER, "normal"), event(USER, "normal"),
                // the same event sent again later is a second event, not a copy
                event(USER, "newCall"), event(USER, "newCall"))) {
            connection.send(event);
        }
        assertRouted("mock:user", List.of(USER + " newCall", USER + " normal", USER + " newCall"));
        assertRouted("mock:trunk", List.of(USER + " newCall", OTHER_USER + " newCall", USER + " normal",
                USER + " newCall"));
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
        DeliveredEvent event = exchange.getIn().getBody(DeliveredEvent.class);
        return event.monitorCrossRefId() + " " + event.cause();
    }

    private static DeliveredEvent event(String crossRef, String cause) {
        return new DeliveredEvent(crossRef, new ConnectionId("SIP/1", crossRef), null, null, null, null, "alerting", cause,
                null, null, null, null, null);
    }
}
