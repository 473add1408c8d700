package org.camelcsta.simulator.pbx;

import java.util.List;

import org.camelcsta.protocol.model.ConnectionId;
import org.camelcsta.simulator.LegState;

/**
 * The attended transfer, in two steps:
 * <ol>
 * <li>ConsultationCall: the consulting device holds its connected call and calls the consulted party (a new
 * call that remembers the held leg);</li>
 * <li>the consulting device hangs up the consultation call while the other call is still held: both its legs
 * end, and the consulted party joins the held party's call ({@code TransferedEvent} to both).</li>
 * </ol>
 * Only an answered call (both parties) can be held for a consultation. Retrieving the held call, or ending either
 * call, leaves a plain call behind. Runs on the PBX thread.
 */
final class AttendedTransfer {

    private final CallRegistry registry;
    private final CallNotifier notifier;
    private final CallLifecycle lifecycle;
    private final Destinations destinations;

    AttendedTransfer(CallRegistry registry, CallNotifier notifier, CallLifecycle lifecycle,
            Destinations destinations) {
        this.registry = registry;
        this.notifier = notifier;
        this.lifecycle = lifecycle;
        this.destinations = destinations;
    }

    /** Step 1: holds {@code existingCall}'s leg and calls the consulted party. Returns the consulting leg. */
    ConnectionId consult(ConnectionId existingCall, String consultedDevice) {
        Leg existing = registry.resolve(existingCall, false);
        if (!existing.isDevice()) {
            throw PbxException.invalidDeviceId(existing.party());
        }
        if (existing.state() != LegState.CONNECTED) {
            throw PbxException.invalidCallState("callID " + existing.callId() + " at " + existing.party() + " is "
                    + existing.state() + "; only a connected call can be held for a consultation");
        }
        Leg other = existing.call().otherThan(existing)
                .orElseThrow(() -> PbxException.invalidCallState("the call has no other party"));
        if (!other.isAnswered()) {
            // completing the transfer would leave the consulted party with a party that still rings
            throw PbxException.invalidCallState("the far end " + other.party() + " has not answered yet ("
                    + other.state() + "); only an answered call can be held for a consultation");
        }
        String target = destinations.numberOf(consultedDevice);
        existing.call().requireNewParty(target);

        lifecycle.hold(existing);
        Leg consulting = lifecycle.place(existing.party(), target, null);
        consulting.call().consultationHeldLeg(existing);
        return consulting.connectionId();
    }

    /**
     * Step 2, when a party hangs up: completes the transfer where {@code releasing} is the consulting device's
     * leg of a consultation call whose held call is still on hold.
     *
     * @return whether it did; if not, the hang-up is an ordinary one
     */
    boolean completeOnHangup(Leg releasing) {
        Call consultationCall = releasing.call();
        Leg held = consultationCall.consultationHeldLeg();
        if (held == null || !held.party().equals(releasing.party()) || held.state() != LegState.HELD
                || !registry.isActive(held) || held.call().otherThan(held).isEmpty()
                || consultationCall.otherThan(releasing).isEmpty()) {
            return false;
        }
        Call original = held.call();
        Leg consulted = consultationCall.otherThan(releasing).orElseThrow();
        Leg heldParty = original.otherThan(held).orElseThrow();
        registry.remove(consultationCall);
        consultationCall.remove(releasing);
        consultationCall.remove(consulted);
        original.remove(held);
        registry.retire(releasing);
        registry.retire(held);
        original.add(consulted);
        original.redirected(heldParty.party(), consulted.party(), releasing.party());
        String middle = releasing.party();
        notifier.cleared(releasing, consultationCall, middle, consulted.party(), "transferred");
        notifier.cleared(held, original, middle, heldParty.party(), "transferred");
        for (Leg remaining : List.of(heldParty, consulted)) {
            notifier.transferred(remaining, middle, consulted.party());
        }
        return true;
    }
}
