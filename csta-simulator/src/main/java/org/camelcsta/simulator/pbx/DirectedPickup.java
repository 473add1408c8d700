package org.camelcsta.simulator.pbx;

import org.camelcsta.protocol.model.ConnectionId;
import org.camelcsta.simulator.LegState;

/**
 * DirectedPickupCall: a device takes a call that rings at another internal device. The ringing leg ends
 * ({@code ConnectionClearedEvent}, cause {@code pickup}) and the requesting device joins the call, connected.
 * <p>
 * Refused: a leg that does not ring; a call ringing at an external number (the PBX has no phone there to take
 * it from: {@code operation: requestIncompatibleWithObject}); a caller's own phone ringing for its prompted call;
 * and a requesting device that is already a party of the call.
 */
final class DirectedPickup {

    private final CallRegistry registry;
    private final CallNotifier notifier;
    private final DeviceDirectory devices;

    DirectedPickup(CallRegistry registry, CallNotifier notifier, DeviceDirectory devices) {
        this.registry = registry;
        this.notifier = notifier;
        this.devices = devices;
    }

    /** Returns the requesting device's new, connected leg. */
    ConnectionId pickup(ConnectionId callToBePickedUp, String requestingDevice) {
        Leg ringing = registry.resolve(callToBePickedUp, false);
        String requesting = devices.require(requestingDevice);
        if (ringing.state() != LegState.ALERTING) {
            throw PbxException.invalidCallState("callID " + ringing.callId() + " at " + ringing.party()
                    + " is not ringing (" + ringing.state() + "); only a ringing call can be picked up");
        }
        if (!ringing.isDevice()) {
            throw new PbxException("operation", "requestIncompatibleWithObject", "callID " + ringing.callId()
                    + " rings at the external number " + ringing.party()
                    + "; only a call ringing at an internal device can be picked up");
        }
        if (ringing.isPromptRinging()) {
            throw PbxException.invalidCallState("callID " + ringing.callId() + " is " + ringing.party()
                    + "'s own prompted call, not yet placed; only a call ringing for its called party can be"
                    + " picked up");
        }
        if (requesting.equals(ringing.party())) {
            throw PbxException.invalidCallState("the call rings at " + requesting + " itself: answer it instead");
        }
        Call call = ringing.call();
        if (call.legOf(requesting).isPresent()) {
            throw PbxException.invalidCallState(requesting + " is already a party of the call ringing at "
                    + ringing.party());
        }

        String other = call.otherThan(ringing).map(Leg::party).orElse(null);
        call.remove(ringing);
        registry.retire(ringing);
        notifier.cleared(ringing, call, ringing.party(), other, "pickup");
        call.redirected(call.callingParty(), call.calledParty(), ringing.party());
        Leg picked = registry.newLeg(requesting, Leg.Direction.INBOUND, LegState.CONNECTED);
        call.add(picked);
        picked.requestType("DirectedPickupCall");
        notifier.established(picked, "pickup");
        return picked.connectionId();
    }
}
