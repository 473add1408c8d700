package org.camelcsta.simulator;

import java.util.Objects;

/**
 * One party's leg of a simulated call, as it was when the snapshot was taken.
 *
 * @param callId the leg's own {@code callID}, e.g. {@code SIP/hpbx-0000002a}
 * @param device the party: an internal device number or an external number
 * @param state  the leg's state
 */
public record SimulatedLeg(String callId, String device, LegState state) {

    public SimulatedLeg {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(state, "state");
    }
}
