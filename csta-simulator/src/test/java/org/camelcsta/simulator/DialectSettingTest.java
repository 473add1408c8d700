package org.camelcsta.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.MonitorStart;
import org.camelcsta.simulator.client.XmlSocketClient;
import org.junit.jupiter.api.Test;

/** The fixed dialects and the command-line options of the current API's presets. */
class DialectSettingTest {

    @Test
    void aSimulatorFixedToTheCurrentApiAnswersTheLoginAndABareMonitorStartInIt() {
        try (CstaSimulator sim = SimulatorOptions.parse("--xml-port", "0", "--socketio-port", "-1", "--http-port",
                "-1", "--https-port", "-1", "--control-port", "-1", "--dialect", "current").toBuilder().build()) {
            sim.start();
            try (XmlSocketClient client = new XmlSocketClient(sim.xmlPort())) {
                GenericMessage login = client.login(60);
                assertEquals("http://www.ecma.ch/standards/ecma-323/csta/ed6", login.text("actualProtocolVersion"));
                assertTrue(client.frames.peek().contains("xmlns=\"http://www.ecma.ch/standards/ecma-323/csta/ed6\""),
                        client.frames.peek());
                GenericMessage started = client.request(new MonitorStart("120"));
                assertEquals("u-12345678-120", started.text("monitorCrossRefID"), started.toString());
            }
        }
    }

    @Test
    void presetsFromTheCommandLine() {
        try (CstaSimulator sim = SimulatorOptions.parse("--xml-port", "0", "--socketio-port", "-1", "--http-port",
                "-1", "--https-port", "-1", "--control-port", "-1", "--queue", "400:Sales", "--dnd", "121",
                "--forward", "122:forwardImmediate:123").toBuilder().build()) {
            sim.start();
            sim.queueMember("400", "124", true, true, false, false);
            assertEquals(List.of("124"), sim.queueAgentsTakingCalls("400"));
            assertTrue(sim.doNotDisturb("121"));
            sim.incomingCall("5566", "122");
            assertTrue(sim.calls().stream().anyMatch(call -> call.involves("123") && !call.involves("122")));
        }
    }

    @Test
    void badDialectsAndPresetsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> SimulatorOptions.parse("--dialect", "2025"));
        assertThrows(IllegalArgumentException.class, () -> SimulatorOptions.parse("--queue", "400"));
        assertThrows(IllegalArgumentException.class, () -> SimulatorOptions.parse("--forward", "122:forwardNoAns"));
        assertThrows(IllegalArgumentException.class,
                () -> CstaSimulator.builder().queue("150", "a device number", 10).build());
    }
}
