package org.camelcsta.itests;

import java.time.Duration;

import org.apache.camel.builder.RouteBuilder;
import org.camelcsta.protocol.model.ClearConnection;
import org.camelcsta.protocol.model.ClearConnectionResponse;
import org.camelcsta.protocol.model.ConnectionId;
import org.camelcsta.protocol.model.ConsultationCall;
import org.camelcsta.protocol.model.ConsultationCallResponse;
import org.camelcsta.protocol.model.DirectedPickupCall;
import org.camelcsta.protocol.model.DirectedPickupCallResponse;
import org.camelcsta.protocol.model.MakeCall;
import org.camelcsta.protocol.model.MakeCallResponse;
import org.camelcsta.protocol.model.MonitorStart;
import org.camelcsta.protocol.model.MonitorStartResponse;
import org.camelcsta.protocol.model.ResetApplicationSessionTimer;
import org.camelcsta.protocol.model.ResetApplicationSessionTimerPosResponse;
import org.camelcsta.protocol.model.SingleStepTransferCall;
import org.camelcsta.protocol.model.SingleStepTransferCallResponse;
import org.camelcsta.protocol.model.SnapshotDevice;
import org.camelcsta.protocol.model.SnapshotDeviceResponse;
import org.camelcsta.protocol.model.StartApplicationSession;
import org.camelcsta.protocol.model.StartApplicationSessionPosResponse;
import org.camelcsta.simulator.SimulatedCall;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.camelcsta.itests.CommandsTest.legOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** Every command of the seed sent as a typed request body to its endpoint, which has no options of its own. */
class TypedBodiesTest extends SimulatorTestSupport {

    private static final String CALLER = "55501234";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").toD("csta:${header.operation}");
            }
        };
    }

    @Test
    void callCommands() {
        MakeCallResponse made = send("makeCall", new MakeCall("100", "101"), MakeCallResponse.class);
        SnapshotDeviceResponse snapshot = send("snapshotDevice", new SnapshotDevice("101@" + DOMAIN),
                SnapshotDeviceResponse.class);
        assertEquals("Alerting", snapshot.connections().get(0).privateData().localStatus());
        DirectedPickupCallResponse picked = send("directedPickupCall",
                new DirectedPickupCall(snapshot.connections().get(0).connectionId(), "102"), DirectedPickupCallResponse.class);
        assertEquals("102", picked.pickedCall().deviceId());
        await().until(() -> simulator.connected("100", "102"));
        send("clearConnection", new ClearConnection(made.callingDevice()), ClearConnectionResponse.class);
        await().until(() -> simulator.calls().isEmpty());
    }

    @Test
    void transferCommands() {
        SimulatedCall call = simulator.incomingCall(CALLER, "103");
        simulator.answer("103");
        simulator.autoAnswer("104", Duration.ZERO);
        simulator.autoAnswer("105", Duration.ZERO);
        ConnectionId leg = new ConnectionId(legOf(call, "103").callId(), "103");
        send("consultationCall", new ConsultationCall(leg, "104"), ConsultationCallResponse.class);
        await().until(() -> simulator.connected("103", "104"));
        simulator.hangup("103");
        await().until(() -> simulator.connected(CALLER, "104"));
        SimulatedCall transferred = simulator.calls().get(0);
        send("singleStepTransferCall", new SingleStepTransferCall(
                new ConnectionId(legOf(transferred, "104").callId(), "104"), "105"), SingleStepTransferCallResponse.class);
        await().until(() -> simulator.connected(CALLER, "105"));
    }

    @Test
    void sessionAndMonitorCommands() {
        assertEquals(60, send("resetApplicationSessionTimer", new ResetApplicationSessionTimer(60),
                ResetApplicationSessionTimerPosResponse.class).actualSessionDuration());
        send("monitorStart", new MonitorStart("106"), MonitorStartResponse.class);
        assertEquals(1, simulator.monitorCount("106"));
        send("startApplicationSession", new StartApplicationSession(USER, PASSWORD, DOMAIN, 120),
                StartApplicationSessionPosResponse.class);
    }

    private <T> T send(String operation, Object body, Class<T> reply) {
        return assertInstanceOf(reply, template.requestBodyAndHeader("direct:send", body, "operation", operation));
    }
}
