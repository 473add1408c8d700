package org.camelcsta.itests;

import java.time.Duration;

import org.apache.camel.builder.RouteBuilder;
import org.camelcsta.component.CstaConstants;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The provider's three scenarios as routes; the simulator's call state confirms each outcome. */
class SeedScenariosTest extends SimulatorTestSupport {

    private static final String CALLER = "55501234";
    private static final String EXTERNAL = "4570203040";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // the example client: monitor 120, call out, transfer the call to 121 once it is answered
                from("csta:monitor?devices=120")
                        .filter(header(CstaConstants.EVENT_TYPE).isEqualTo("EstablishedEvent"))
                        .to("csta:singleStepTransferCall?transferredTo=121");
                from("direct:call").to("csta:makeCall?callingDevice=120&calledDirectoryNumber=" + EXTERNAL);

                // unattended transfer: snapshot, then transfer the first call found
                from("direct:unattended")
                        .to("csta:snapshotDevice?snapshotObject=122@" + DOMAIN)
                        .to("csta:singleStepTransferCall?transferredTo=123");

                // attended transfer: snapshot, then consult 125; 124 hangs up later to complete it
                from("direct:attended")
                        .to("csta:snapshotDevice?snapshotObject=124@" + DOMAIN)
                        .to("csta:consultationCall?consultedDevice=125");
            }
        };
    }

    @Test
    void exampleFlowTransfersTheCallWhenItIsAnswered() {
        simulator.autoAnswer("121", Duration.ZERO);
        await().until(() -> simulator.monitorCount("120") == 1);
        template.sendBody("direct:call", null);
        await().until(() -> simulator.connected(EXTERNAL, "121"));
        assertFalse(simulator.connected(EXTERNAL, "120"));
    }

    @Test
    void unattendedTransfer() {
        simulator.incomingCall(CALLER, "122");
        simulator.answer("122");
        simulator.autoAnswer("123", Duration.ZERO);
        template.sendBody("direct:unattended", null);
        await().until(() -> simulator.connected(CALLER, "123"));
    }

    @Test
    void attendedTransfer() {
        simulator.incomingCall(CALLER, "124");
        simulator.answer("124");
        simulator.autoAnswer("125", Duration.ZERO);
        template.sendBody("direct:attended", null);
        await().until(() -> simulator.connected("124", "125"));
        simulator.hangup("124");
        await().until(() -> simulator.connected(CALLER, "125"));
    }
}
