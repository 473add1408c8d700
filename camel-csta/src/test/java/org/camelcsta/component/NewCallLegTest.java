package org.camelcsta.component;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.camelcsta.client.CstaSession;
import org.camelcsta.client.ScriptedXmlServer;
import org.camelcsta.protocol.CstaValidationException;
import org.camelcsta.protocol.model.CallLinkageData;
import org.camelcsta.protocol.model.ConnectionId;
import org.camelcsta.protocol.model.CstaErrorCode;
import org.camelcsta.protocol.model.DeliveredEvent;
import org.camelcsta.protocol.model.DeviceIdentifier;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.MakeCallResponse;
import org.camelcsta.protocol.model.MonitorStartResponse;
import org.camelcsta.protocol.model.PrivateData;
import org.camelcsta.protocol.model.SingleStepTransferCallResponse;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A current server answers MakeCall with callID {@code N/A} and SingleStepTransferCall with {@code NotImplemented}:
 * the reply that reaches the route names the real leg, taken from the device's first event of the new call (before or
 * after the reply), or no leg at all when that event does not come in time.
 */
class NewCallLegTest extends ScriptedServerTestSupport {

    private static final String LEG = "SIP/hpbx-00000233";
    /** A device whose route takes its first event and holds it, while the server sends it more. */
    private static final String BUSY_DEVICE = "600";
    /** A calling device whose first event comes 200 ms after the reply. */
    private static final String LATE_CALLER = "210";

    @Override
    protected String protocolVersion() {
        return "http://www.ecma.ch/standards/ecma-323/csta/ed6";
    }

    @Override
    protected void answer(GenericMessage request, ScriptedXmlServer.Connection connection) {
        String calling = request.text("callingDevice");
        switch (request.name()) {
            case "MonitorStart" -> {
                String monitored = request.text("monitorObject", "deviceObject");
                connection.reply(request, new MonitorStartResponse(monitored, null));
                if (monitored.endsWith(BUSY_DEVICE)) {
                    for (int i = 0; i < 8; i++) {
                        connection.send(incoming(monitored));
                    }
                }
            }
            case "MakeCall" -> {
                if (calling.equals("201")) {
                    connection.send(outboundDelivered("u-12345678-201", "201")); // the event before the reply
                }
                connection.reply(request, new MakeCallResponse(new ConnectionId("N/A", calling),
                        CallLinkageData.of("N/A"), null));
                if (calling.equals("200") || calling.startsWith("5")) {
                    connection.send(outboundDelivered("u-12345678-" + calling, calling));
                }
                if (calling.equals(LATE_CALLER)) { // in a later read than the reply's
                    CompletableFuture.delayedExecutor(200, TimeUnit.MILLISECONDS)
                            .execute(() -> connection.send(outboundDelivered("u-12345678-" + calling, calling)));
                }
            }
            case "MonitorTrunk" -> connection.reply(request, new CstaErrorCode("operation", "generic", "refused"));
            case "SingleStepTransferCall" -> {
                connection.reply(request, new SingleStepTransferCallResponse(new ConnectionId("NotImplemented",
                        request.text("transferredTo")), null));
                connection.send(outboundDelivered("u-12345678-202", "202"));
            }
            default -> { }
        }
    }

    private static DeliveredEvent outboundDelivered(String crossRef, String device) {
        return new DeliveredEvent(crossRef, new ConnectionId(LEG, device), new DeviceIdentifier(device),
                new DeviceIdentifier(device), new DeviceIdentifier("22334455"), null, "connected", "newCall", null, null,
                null, CallLinkageData.of("0_79521151@10.253.254.171"),
                new PrivateData(null, null, "Ringing", "Outbound", "22334455", true, "MakeCall", null, null));
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:call").to("csta:makeCall?calledDirectoryNumber=22334455");
                from("direct:silent").to("csta:makeCall?calledDirectoryNumber=22334455&requestTimeout=1500");
                from("direct:transfer").to("csta:singleStepTransferCall?callId=SIP/1&deviceId=200&transferredTo=202");
                from("direct:bare").to("csta:makeCall?callingDevice=200");
                from("direct:testMode").to("csta:makeCall?calledDirectoryNumber=22334455&test=ok");
            }
        };
    }

    @Test
    void theMakeCallReplyNamesTheCallingDevicesLegFromItsEventAfterTheReply() {
        Exchange exchange = template.request("direct:call", e -> e.getIn().setHeader(CstaConstants.CALLING_DEVICE, "200"));
        assertEquals(LEG, exchange.getMessage().getHeader(CstaConstants.CALL_ID));
        assertEquals("200", exchange.getMessage().getHeader(CstaConstants.DEVICE_ID));
        MakeCallResponse response = assertInstanceOf(MakeCallResponse.class, exchange.getMessage().getBody());
        assertEquals("0_79521151@10.253.254.171", response.callLinkageData().globalCallData().globalCallLinkageId());
        assertEquals("u-12345678-200", lastReceived("MonitorStart").text("monitorObject", "deviceObject"));
    }

    @Test
    void orFromItsEventBeforeTheReply() {
        Exchange exchange = template.request("direct:call", e -> e.getIn().setHeader(CstaConstants.CALLING_DEVICE, "201"));
        assertEquals(LEG, exchange.getMessage().getHeader(CstaConstants.CALL_ID));
    }

    @Test
    void aMakeCallWithoutItsCalledNumberIsRefusedBeforeAnythingIsSent() {
        CamelExecutionException e = assertThrows(CamelExecutionException.class,
                () -> template.requestBody("direct:bare", (Object) null));
        assertEquals(List.of("calledDirectoryNumber"),
                assertInstanceOf(CstaValidationException.class, e.getCause()).getMissingFields());
        assertEquals(List.of(), server.received, "no login, no monitor of the calling device");
    }

    /** TEST mode carries nothing out, so no event names a new leg: the device is not monitored for one. */
    @Test
    void aMakeCallInTestModeStartsNoMonitor() {
        Exchange exchange = template.request("direct:testMode", e -> e.getIn().setHeader(CstaConstants.CALLING_DEVICE, "200"));
        assertNull(exchange.getException());
        assertEquals("ok", lastReceived("MakeCall").text("test"));
        assertTrue(server.received.stream().noneMatch(m -> m.name().equals("MonitorStart")), server.received.toString());
    }

    @Test
    void theSingleStepTransferReplyNamesTheTargetsLeg() {
        Exchange exchange = template.request("direct:transfer", e -> { });
        assertEquals(LEG, exchange.getMessage().getHeader(CstaConstants.CALL_ID));
        assertEquals("202", exchange.getMessage().getHeader(CstaConstants.DEVICE_ID));
    }

    @Test
    void withoutAnEventInTimeTheReplyNamesNoLeg() {
        Exchange exchange = template.request("direct:silent", e -> {
            e.getIn().setHeader(CstaConstants.CALLING_DEVICE, "203");
            e.getIn().setHeader(CstaConstants.CALL_ID, "SIP/old");
        });
        assertNull(exchange.getException());
        assertNull(exchange.getMessage().getHeader(CstaConstants.CALL_ID), "no placeholder and no leg of the input");
        assertEquals("N/A", assertInstanceOf(MakeCallResponse.class, exchange.getMessage().getBody()).callingDevice()
                .callId());
    }

    /**
     * Routes on every event thread each wait for a call made with synchronous=true: the event that names its leg is
     * not one those threads must deliver, so each reply names its leg (before, the watches' events waited for the
     * threads the routes held, until the request's time ran out).
     */
    @Test
    void synchronousCallsFromEveryEventThreadAtOnceLearnTheirLegs() throws Exception {
        int eventThreads = CstaComponent.eventThreads();
        MockEndpoint legs = getMockEndpoint("mock:legs");
        legs.expectedMessageCount(eventThreads);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                for (int i = 0; i < eventThreads; i++) {
                    from("csta:monitor?devices=" + (400 + i))
                            .setHeader(CstaConstants.CALLING_DEVICE, constant(String.valueOf(500 + i)))
                            .to("csta:makeCall?calledDirectoryNumber=22334455&requestTimeout=2000&synchronous=true")
                            .to("mock:legs");
                }
            }
        });
        List<String> monitored = await().atMost(5, TimeUnit.SECONDS).until(() -> server.received.stream()
                .filter(m -> m.name().equals("MonitorStart")).map(m -> m.text("monitorObject", "deviceObject"))
                .toList(), started -> started.size() == eventThreads);
        ScriptedXmlServer.Connection connection = server.connections().get(0);
        for (String crossRef : monitored) {
            connection.send(incoming(crossRef));
        }
        MockEndpoint.assertIsSatisfied(context, 10, TimeUnit.SECONDS);
        for (Exchange exchange : legs.getReceivedExchanges()) {
            assertEquals(LEG, exchange.getMessage().getHeader(CstaConstants.CALL_ID));
        }
    }

    /**
     * While another route's queue is full, reading pauses once no reply is awaited; a call's reply does not end the
     * wait for the event that names its leg, so that event is still read (before, the reading paused after the reply,
     * and the call named no leg).
     */
    @Test
    void theNewLegsEventIsReadWhileAnotherRoutesQueueIsFull() throws Exception {
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("csta:monitor?eventQueueCapacity=2&devices=" + BUSY_DEVICE).process(exchange -> {
                    busy.countDown();
                    release.await(20, TimeUnit.SECONDS);
                });
            }
        });
        try {
            assertTrue(busy.await(5, TimeUnit.SECONDS));
            CstaSession session = context.getComponent("csta", CstaComponent.class).getSessions().get(0);
            await().atMost(5, TimeUnit.SECONDS).until(session::isReadingPaused);
            Exchange exchange = template.request("direct:silent",
                    e -> e.getIn().setHeader(CstaConstants.CALLING_DEVICE, LATE_CALLER));
            assertEquals(LEG, exchange.getMessage().getHeader(CstaConstants.CALL_ID));
        } finally {
            release.countDown();
        }
    }

    /**
     * A route monitors the trunk, whose monitor the server refuses: a call's watch monitors its caller itself and
     * learns the leg, as it does without a trunk route, instead of waiting out the request's time for the trunk.
     */
    @Test
    void whileTheTrunksMonitorFailsACallMonitorsItsCallerForTheLeg() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("csta:monitor?trunk=true").to("mock:trunk");
            }
        });
        await().atMost(5, TimeUnit.SECONDS).until(() -> server.received.stream()
                .anyMatch(m -> m.name().equals("MonitorTrunk")));
        Exchange exchange = template.request("direct:silent", e -> e.getIn().setHeader(CstaConstants.CALLING_DEVICE, "200"));
        assertEquals(LEG, exchange.getMessage().getHeader(CstaConstants.CALL_ID));
        assertEquals("u-12345678-200", lastReceived("MonitorStart").text("monitorObject", "deviceObject"));
    }

    private static DeliveredEvent incoming(String crossRef) {
        return new DeliveredEvent(crossRef, new ConnectionId("SIP/incoming", "4"), null, null, null, null, "alerting",
                "newCall", null, null, null, null, null);
    }
}
