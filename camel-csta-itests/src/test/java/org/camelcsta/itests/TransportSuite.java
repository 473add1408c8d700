package org.camelcsta.itests;

import java.time.Duration;
import java.util.Map;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.camelcsta.client.CstaErrorException;
import org.camelcsta.component.CstaConfiguration;
import org.camelcsta.component.CstaConstants;
import org.camelcsta.protocol.model.ClearConnectionResponse;
import org.camelcsta.protocol.model.DeliveredEvent;
import org.camelcsta.protocol.model.DirectedPickupCallResponse;
import org.camelcsta.protocol.model.MakeCallResponse;
import org.camelcsta.protocol.model.MonitorStartResponse;
import org.camelcsta.protocol.model.ResetApplicationSessionTimerPosResponse;
import org.camelcsta.protocol.model.SnapshotDeviceResponse;
import org.camelcsta.protocol.model.StartApplicationSessionPosResponse;
import org.camelcsta.simulator.CstaSimulator;
import org.camelcsta.simulator.SimulatedCall;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.camelcsta.itests.CommandsTest.legOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every seed command and scenario with the same routes on each transport; a subclass names the transport.
 * Steps that need events run where the transport has them, and elsewhere the monitor is refused clearly.
 */
abstract class TransportSuite extends SimulatorTestSupport {

    private static final String CALLER = "55501234";
    private static final String NAME = "Søren Ærø";

    protected abstract String transport();

    private boolean hasEvents() {
        return transport().equals("xml") || transport().equals("socketio");
    }

    @Override
    protected CstaSimulator.Builder simulatorBuilder() {
        return super.simulatorBuilder().httpsPort(transport().equals("https") ? 0 : CstaSimulator.DISABLED);
    }

    @Override
    protected void configure(CstaConfiguration configuration) {
        super.configure(configuration);
        configuration.setTransport(transport());
        switch (transport()) {
            case "socketio" -> configuration.setPort(simulator.socketIoPort());
            case "http" -> configuration.setPort(simulator.httpPort());
            case "https" -> {
                configuration.setHost("localhost"); // the name in the simulator's certificate
                configuration.setPort(simulator.httpsPort());
                try {
                    configuration.setSslContextParameters(SimulatorTrustStore.trusting(simulator));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            default -> configuration.setPort(simulator.xmlPort());
        }
    }

    /** The same routes on every transport. */
    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:makeCall").to("csta:makeCall?callingDevice=180");
                from("direct:snapshot").to("csta:snapshotDevice");
                from("direct:clear").to("csta:clearConnection");
                from("direct:pickup").to("csta:directedPickupCall?requestingDevice=182");
                from("direct:monitorStart").to("csta:monitorStart?deviceObject=183");
                from("direct:reset").to("csta:resetApplicationSessionTimer");
                from("direct:login").to("csta:startApplicationSession");
                from("direct:testOk").to("csta:makeCall?test=ok&callingDevice=180&calledDirectoryNumber=181");
                from("direct:unattended")
                        .to("csta:snapshotDevice?snapshotObject=184@" + DOMAIN)
                        .to("csta:singleStepTransferCall?transferredTo=185");
                from("direct:attended")
                        .to("csta:snapshotDevice?snapshotObject=186@" + DOMAIN)
                        .to("csta:consultationCall?consultedDevice=187");
            }
        };
    }

    /** The example flow's monitor route, added by the test so that a refusal can be seen. */
    private RouteBuilder exampleFlow() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("csta:monitor?devices=188").to("mock:events")
                        .filter(header(CstaConstants.EVENT_TYPE).isEqualTo("EstablishedEvent"))
                        .to("csta:singleStepTransferCall?transferredTo=189");
                from("direct:exampleCall").to("csta:makeCall?callingDevice=188&calledDirectoryNumber=4570203040");
            }
        };
    }

    @Test
    void callCommands() {
        Exchange made = template.request("direct:makeCall",
                e -> e.getIn().setHeader(CstaConstants.CALLED_DIRECTORY_NUMBER, "181"));
        assertInstanceOf(MakeCallResponse.class, made.getMessage().getBody());
        SnapshotDeviceResponse snapshot = template.requestBodyAndHeader("direct:snapshot", null,
                CstaConstants.SNAPSHOT_OBJECT, "180@" + DOMAIN, SnapshotDeviceResponse.class);
        assertEquals("181", snapshot.connections().get(0).privateData().remoteUser());
        assertInstanceOf(ClearConnectionResponse.class, template.request("direct:clear",
                e -> e.getIn().setHeaders(made.getMessage().getHeaders())).getMessage().getBody());
        await().until(() -> simulator.calls().isEmpty());

        SimulatedCall ringing = simulator.incomingCall(CALLER, "181");
        DirectedPickupCallResponse picked = template.requestBodyAndHeaders("direct:pickup", null, Map.of(
                CstaConstants.CALL_ID, legOf(ringing, "181").callId(), CstaConstants.DEVICE_ID, "181"),
                DirectedPickupCallResponse.class);
        assertEquals("182", picked.pickedCall().deviceId());
        await().until(() -> simulator.connected(CALLER, "182"));
    }

    @Test
    void sessionAndMonitorCommandsWhereTheTransportHasASession() {
        if (hasEvents()) {
            assertInstanceOf(MonitorStartResponse.class, template.requestBody("direct:monitorStart", (Object) null));
            assertInstanceOf(ResetApplicationSessionTimerPosResponse.class, template.requestBody("direct:reset", (Object) null));
            assertInstanceOf(StartApplicationSessionPosResponse.class, template.requestBody("direct:login", (Object) null));
        } else {
            for (String route : new String[] { "direct:monitorStart", "direct:reset", "direct:login" }) {
                CamelExecutionException e = assertThrows(CamelExecutionException.class,
                        () -> template.requestBody(route, (Object) null));
                assertEquals("operation", assertInstanceOf(CstaErrorException.class, e.getCause()).getCategory());
            }
        }
    }

    @Test
    void unattendedTransfer() {
        simulator.incomingCall(CALLER, "184");
        simulator.answer("184");
        simulator.autoAnswer("185", Duration.ZERO);
        template.sendBody("direct:unattended", null);
        await().until(() -> simulator.connected(CALLER, "185"));
    }

    @Test
    void attendedTransfer() {
        simulator.incomingCall(CALLER, "186");
        simulator.answer("186");
        simulator.autoAnswer("187", Duration.ZERO);
        template.sendBody("direct:attended", null);
        await().until(() -> simulator.connected("186", "187"));
        simulator.hangup("186");
        await().until(() -> simulator.connected(CALLER, "187"));
    }

    @Test
    void exampleFlowWhereThereAreEvents() throws Exception {
        if (!hasEvents()) {
            Exception refused = assertThrows(Exception.class, () -> context.addRoutes(exampleFlow()));
            assertTrue(rootMessage(refused).contains("xml and socketio"), rootMessage(refused));
            return;
        }
        context.addRoutes(exampleFlow());
        simulator.autoAnswer("189", Duration.ZERO);
        await().until(() -> simulator.monitorCount("188") == 1);
        template.sendBody("direct:exampleCall", null);
        await().until(() -> simulator.connected("4570203040", "189"));
    }

    @Test
    void nonAsciiTextArrivesIntact() throws Exception {
        // a name is no destination: the refusal quotes it, so it went out and came back intact
        CamelExecutionException refused = assertThrows(CamelExecutionException.class,
                () -> template.requestBodyAndHeader("direct:makeCall", null, CstaConstants.CALLED_DIRECTORY_NUMBER, NAME));
        CstaErrorException error = assertInstanceOf(CstaErrorException.class, refused.getCause());
        assertEquals("invalidDestination", error.getErrorValue());
        assertTrue(error.getDetails().contains(NAME), error.getDetails());
        if (hasEvents()) {
            context.addRoutes(exampleFlow());
            await().until(() -> simulator.monitorCount("188") == 1);
            MockEndpoint events = getMockEndpoint("mock:events");
            events.expectedMinimumMessageCount(1);
            simulator.incomingCall(CALLER, "188", NAME);
            events.assertIsSatisfied();
            DeliveredEvent delivered = events.getReceivedExchanges().get(0).getIn().getBody(DeliveredEvent.class);
            assertEquals(NAME, delivered.privateData().callerName());
        }
    }

    @Test
    void testModeAnswersWithoutCarryingOutTheCommand() {
        assertInstanceOf(MakeCallResponse.class, template.requestBody("direct:testOk", (Object) null));
        assertTrue(simulator.calls().isEmpty());
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
