package org.camelcsta.itests.faults;

import org.camelcsta.simulator.CstaSimulator;

/** What the users of the simulated phones do, beside the component's requests. */
final class Phones {

    private final CstaSimulator simulator;

    Phones(CstaSimulator simulator) {
        this.simulator = simulator;
    }

    /** A call from {@code caller} rings at {@code device}, is answered and hung up. */
    void shortCall(String caller, String device) {
        simulator.incomingCall(caller, device);
        simulator.answer(device);
        simulator.hangup(device);
    }

    void ring(String caller, String device) {
        simulator.incomingCall(caller, device);
    }

    /** The device hangs up until it is in no call, so that calls of failed requests do not pile up. */
    void hangUpAll(String device) {
        while (true) {
            try {
                simulator.hangup(device);
            } catch (IllegalStateException inNoCall) {
                return;
            }
        }
    }
}
