package org.camelcsta.simulator;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable snapshot of one simulated call.
 *
 * @param globalCallLinkageId shared by every leg of the call (sent in events as
 *                            {@code callLinkageData.globalCallData.globalCallLinkageId})
 * @param legs                one leg per party, the calling party first
 */
public record SimulatedCall(String globalCallLinkageId, List<SimulatedLeg> legs) {

    public SimulatedCall {
        Objects.requireNonNull(globalCallLinkageId, "globalCallLinkageId");
        legs = List.copyOf(legs);
    }

    /** The leg of a party, if the party is in this call. */
    public Optional<SimulatedLeg> leg(String device) {
        return legs.stream().filter(leg -> leg.device().equals(device)).findFirst();
    }

    /** The {@code callID} of a party's leg. */
    public String callId(String device) {
        return leg(device).map(SimulatedLeg::callId)
                .orElseThrow(() -> new IllegalArgumentException(device + " is not a party of " + this));
    }

    /** Whether the party is in this call. */
    public boolean involves(String device) {
        return leg(device).isPresent();
    }

    /** The parties, the calling party first. */
    public List<String> parties() {
        return legs.stream().map(SimulatedLeg::device).toList();
    }
}
