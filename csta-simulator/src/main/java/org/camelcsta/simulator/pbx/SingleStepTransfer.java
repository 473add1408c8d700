package org.camelcsta.simulator.pbx;

import org.camelcsta.protocol.model.ConnectionId;

/**
 * SingleStepTransferCall (blind transfer): the transferring party leaves an answered call, and the party it was
 * talking to is put through to the destination, which rings.
 * <p>
 * Only a call whose both parties have answered can be transferred so. While the far end still rings there is
 * nobody to put through: the PBX (an Asterisk, by the provider's {@code SIP/hpbx-...} callIDs) can only transfer a
 * bridged call, so the request is refused with {@code stateIncompatibility: invalidCallState} and the call goes on
 * ringing. Handing a ringing call on is DeflectCall's job, at the ringing device.
 */
final class SingleStepTransfer {

    private final CallRegistry registry;
    private final CallNotifier notifier;
    private final CallLifecycle lifecycle;
    private final Destinations destinations;

    SingleStepTransfer(CallRegistry registry, CallNotifier notifier, CallLifecycle lifecycle,
            Destinations destinations) {
        this.registry = registry;
        this.notifier = notifier;
        this.lifecycle = lifecycle;
        this.destinations = destinations;
    }

    /** Transfers the call of {@code activeCall}'s leg; returns the destination's new, ringing leg. */
    ConnectionId transfer(ConnectionId activeCall, String transferredTo) {
        Leg leg = registry.resolve(activeCall, false);
        if (!leg.isAnswered()) {
            throw PbxException.invalidCallState("callID " + leg.callId() + " at " + leg.party() + " is "
                    + leg.state() + "; only an answered call can be transferred");
        }
        Call call = leg.call();
        Leg remaining = call.otherThan(leg)
                .orElseThrow(() -> PbxException.invalidCallState("the call has no other party to transfer"));
        if (!remaining.isAnswered()) {
            throw PbxException.invalidCallState("the far end " + remaining.party() + " has not answered yet ("
                    + remaining.state() + "); only an answered call can be transferred");
        }
        String target = destinations.reachable(transferredTo);
        call.requireNewParty(target);

        if (call.consultationHeldLeg() != null && call.consultationHeldLeg().party().equals(leg.party())) {
            call.consultationHeldLeg(null); // the consulting device left: no attended transfer any more
        }
        call.remove(leg);
        registry.retire(leg);
        notifier.leftByTransfer(leg, call, remaining.party(), leg.party(), target, "singleStepTransfer",
                "singleStepTransfer");
        call.redirected(remaining.party(), target, leg.party());
        return lifecycle.ring(call, target, "singleStepTransfer").connectionId();
    }
}
