package org.camelcsta.simulator.pbx;

import org.camelcsta.protocol.model.ConnectionId;
import org.camelcsta.simulator.LegState;

/**
 * A ringing call leaves its device for another destination: by DeflectCall, or by forwarding. The ringing leg
 * ends with a {@code DivertedEvent} to its device (cause {@code Answered elsewhere} as the provider writes it for
 * DeflectCall, else the forwarding type), and the new destination rings in the same call.
 */
final class Diversion {

    private static final String DEFLECT_CAUSE = "Answered elsewhere";

    private final CallRegistry registry;
    private final CallNotifier notifier;
    private final CallLifecycle lifecycle;
    private final Destinations destinations;

    Diversion(CallRegistry registry, CallNotifier notifier, CallLifecycle lifecycle, Destinations destinations) {
        this.registry = registry;
        this.notifier = notifier;
        this.lifecycle = lifecycle;
        this.destinations = destinations;
    }

    /**
     * DeflectCall. Refused: a leg that does not ring (or is a caller's own prompted call), a destination that
     * cannot be dialled, is in DND or is a party of the call already.
     *
     * @return the new destination's ringing leg
     */
    ConnectionId deflect(ConnectionId ringing, String newDestination) {
        Leg leg = registry.resolve(ringing, false);
        if (leg.state() != LegState.ALERTING || leg.isPromptRinging()) {
            throw PbxException.invalidCallState("callID " + leg.callId() + " at " + leg.party() + " is "
                    + leg.state() + "; only a call ringing at its called party can be deflected");
        }
        String target = destinations.numberOf(newDestination);
        leg.call().requireNewParty(target);
        leg.requestType("DeflectCall");
        return divert(leg, target, DEFLECT_CAUSE).connectionId();
    }

    /** Forwarding: diverts where the target accepts the call; else the leg rings on. */
    void divertIfPossible(Leg leg, String target, String cause) {
        try {
            destinations.numberOf(target);
            leg.call().requireNewParty(target);
        } catch (PbxException refused) {
            return;
        }
        divert(leg, target, cause);
    }

    private Leg divert(Leg leg, String target, String cause) {
        Call call = leg.call();
        String original = leg.party();
        call.remove(leg);
        registry.retire(leg);
        call.diverted();
        call.redirected(call.callingParty(), target, original);
        notifier.diverted(leg, call, target, original, cause);
        return lifecycle.ring(call, target, "redirected");
    }
}
