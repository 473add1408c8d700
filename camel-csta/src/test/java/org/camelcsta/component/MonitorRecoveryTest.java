package org.camelcsta.component;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.camelcsta.client.CstaConnectionException;
import org.camelcsta.client.MonitorSnapshot;
import org.camelcsta.client.ScriptedXmlServer;
import org.camelcsta.protocol.model.CstaErrorCode;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.MonitorStartResponse;
import org.camelcsta.protocol.model.SnapshotConnection;
import org.camelcsta.protocol.model.SnapshotDeviceResponse;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a monitor route learns about what it may have missed: the session's failures (bridgeErrorHandler), a
 * MonitorSnapshot per device (monitorSnapshot); and a device named twice is monitored once.
 */
class MonitorRecoveryTest extends ScriptedServerTestSupport {

    private static final SnapshotConnection CALL = new SnapshotConnection("SIP/7", "124",
            new SnapshotConnection.Status("Active", "55501234"));

    private final AtomicBoolean firstStartOf123 = new AtomicBoolean(true);

    @Override
    protected void answer(GenericMessage request, ScriptedXmlServer.Connection connection) {
        switch (request.name()) {
            case "MonitorStart" -> {
                String device = request.text("monitorObject", "deviceObject");
                if (device.equals("666")) {
                    connection.reply(request, new CstaErrorCode("operation", "invalidDeviceID", "no such device"));
                    return;
                }
                connection.reply(request, new MonitorStartResponse("m-" + device, null));
                if (device.equals("123") && firstStartOf123.getAndSet(false)) {
                    connection.send(delivered("123", "first"));
                    connection.send(delivered("123", "second"));
                }
            }
            case "SnapshotDevice" -> connection.reply(request, new SnapshotDeviceResponse("x-1",
                    new SnapshotDeviceResponse.SnapshotData(new SnapshotDeviceResponse.SnapshotDeviceResponseInfo(List.of(CALL))),
                    null));
            default -> { }
        }
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                onException(Exception.class).handled(true).to("mock:failures");
                from("csta:monitor?devices=123,123").to("mock:twice");
                from("csta:monitor?devices=124&bridgeErrorHandler=true&monitorSnapshot=afterReconnect"
                     + "&eventTypes=EstablishedEvent").routeId("recovering")
                        .to("mock:recovering")
                        .convertBodyTo(String.class).to("mock:json");
                from("csta:monitor?devices=666&bridgeErrorHandler=true").routeId("refused").to("mock:never");
            }
        };
    }

    @Test
    void aDeviceNamedTwiceDeliversEachEventOnce() throws Exception {
        MockEndpoint twice = getMockEndpoint("mock:twice");
        twice.expectedHeaderValuesReceivedInAnyOrder(CstaConstants.CAUSE, "first", "second");
        twice.assertIsSatisfied();
        assertEquals(1, server.received.stream()
                .filter(m -> m.name().equals("MonitorStart") && "123".equals(m.text("monitorObject", "deviceObject"))).count());
    }

    @Test
    void aSessionFailureReachesTheRoutesErrorHandlerWhenBridged() throws Exception {
        MockEndpoint failures = getMockEndpoint("mock:failures");
        failures.expectedMinimumMessageCount(1);
        CstaConnectionException lost = new CstaConnectionException("lost the connection");
        consumer("recovering").onSessionFailure(lost);
        failures.assertIsSatisfied();
        Exchange failure = failures.getReceivedExchanges().stream()
                .filter(e -> e.getProperty(Exchange.EXCEPTION_CAUGHT) == lost).findFirst().orElseThrow();
        assertSame(lost, failure.getProperty(Exchange.EXCEPTION_CAUGHT));
    }

    @Test
    void aSnapshotIsOneExchangeWithItsHeadersAndJson() throws Exception {
        MockEndpoint recovering = getMockEndpoint("mock:recovering");
        recovering.expectedMessageCount(1);
        MonitorSnapshot snapshot = new MonitorSnapshot("124", "m-124b", true, List.of(CALL), null);
        consumer("recovering").onEvent(snapshot);
        recovering.assertIsSatisfied();
        Message message = recovering.getReceivedExchanges().get(0).getIn();
        assertSame(snapshot, message.getBody());
        assertEquals("MonitorSnapshot", message.getHeader(CstaConstants.EVENT_TYPE));
        assertEquals("124", message.getHeader(CstaConstants.MONITORED_DEVICE));
        assertEquals("m-124b", message.getHeader(CstaConstants.MONITOR_CROSS_REF_ID));
        assertEquals(true, message.getHeader(CstaConstants.MONITOR_RESTARTED));
        assertFalse(message.getHeaders().containsKey(CstaConstants.SNAPSHOT_FAILURE));
        assertNull(message.getHeader(CstaConstants.CALL_ID), "a snapshot names no call leg to act on");
        String json = getMockEndpoint("mock:json").getReceivedExchanges().get(0).getIn().getBody(String.class);
        assertEquals("{\"MonitorSnapshot\":{\"device\":\"124\",\"monitorCrossRefId\":\"m-124b\",\"restarted\":true,"
                     + "\"calls\":[{\"callID\":\"SIP/7\",\"deviceId\":\"124\",\"privateData\":{\"local_status\":\"Active\","
                     + "\"remote_user\":\"55501234\"}}]}}", json);
    }

    /** Needs the session's side (helper B): snapshots after a reconnect. */
    @Test
    void afterAReconnectTheRouteGetsASnapshotOfTheDevicesCalls() throws Exception {
        await().until(() -> server.connections().size() == 1 && server.received.stream()
                .anyMatch(m -> m.name().equals("MonitorStart") && "124".equals(m.text("monitorObject", "deviceObject"))));
        MockEndpoint recovering = getMockEndpoint("mock:recovering");
        recovering.expectedMessageCount(1);
        server.connections().get(0).close();
        recovering.assertIsSatisfied(10_000);
        Message message = recovering.getReceivedExchanges().get(0).getIn();
        MonitorSnapshot snapshot = assertInstanceOf(MonitorSnapshot.class, message.getBody());
        assertEquals("124", snapshot.device());
        assertTrue(snapshot.restarted());
        assertEquals(List.of(CALL), snapshot.calls());
        assertEquals(true, message.getHeader(CstaConstants.MONITOR_RESTARTED));
    }

    /** Needs the session's side (helper B): a monitor the server refuses is reported to the subscriber. */
    @Test
    void aRefusedMonitorReachesTheRoutesErrorHandler() throws Exception {
        MockEndpoint failures = getMockEndpoint("mock:failures");
        failures.expectedMinimumMessageCount(1);
        failures.assertIsSatisfied(10_000);
        Throwable failure = failures.getReceivedExchanges().get(0).getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        assertTrue(String.valueOf(failure.getMessage()).contains("666"), String.valueOf(failure));
    }

    private CstaConsumer consumer(String routeId) {
        return (CstaConsumer) context.getRoute(routeId).getConsumer();
    }
}
