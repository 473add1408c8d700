package org.camelcsta.simulator.pbx;

import java.util.List;

import org.camelcsta.protocol.model.ConnectionId;
import org.camelcsta.simulator.LegState;

/**
 * The attended transfer, in two steps:
 * <ol>
 * <li>ConsultationCall: the consulting device holds its connected call and calls the consulted party (a new
 * call that remembers the held leg); the consulting leg's callID is the held leg's plus {@code -att};</li>
 * <li>TransferCall of the two legs, or the consulting device hanging up the consultation call while the other
 * call is still held: both its legs end, and the consulted party joins the held party's call;</li>
 * <li>or ReconnectCall of the two legs: the consultation call ends and the held call is retrieved.</li>
 * </ol>
 * Only an answered call (both parties) can be held for a consultation. Retrieving the held call, or ending either
 * call, leaves a plain call behind. Runs on the PBX thread.
 */
final class AttendedTransfer {

    /** What the current API appends to the held leg's callID to name the consulting leg. */
    static final String CONSULTATION_SUFFIX = "-att";

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
        String target = destinations.reachable(consultedDevice);
        existing.call().requireNewParty(target);
        String consultingId = existing.callId() + CONSULTATION_SUFFIX;
        if (registry.isInUse(consultingId)) {
            throw PbxException.invalidCallState("callID " + existing.callId() + " is in a consultation already");
        }

        lifecycle.hold(existing, "ConsultationCall");
        Leg consulting = registry.newLeg(consultingId, existing.party(), Leg.Direction.OUTBOUND,
                LegState.CONNECTED);
        lifecycle.place(consulting, target, null, "ConsultationCall");
        consulting.call().consultationHeldLeg(existing);
        return consulting.connectionId();
    }

    /**
     * TransferCall: the consulting device's two legs, its consultation ({@code activeCall}) and its held call
     * ({@code heldCall}), are joined: the consulted party talks to the held party. Returns the consulting leg.
     */
    ConnectionId transfer(ConnectionId activeCall, ConnectionId heldCall) {
        Leg consulting = consultingLeg(activeCall, heldCall, "transferred");
        ConnectionId transferred = consulting.connectionId();
        Call consultationCall = consulting.call();
        if (consultationCall.otherThan(consulting).isEmpty()) {
            throw PbxException.invalidCallState("the consultation call has no consulted party to transfer to");
        }
        join(consulting);
        return transferred;
    }

    /**
     * ReconnectCall: the consultation call ends and the held call is connected again. Returns the held leg.
     */
    ConnectionId reconnect(ConnectionId activeCall, ConnectionId heldCall) {
        Leg consulting = consultingLeg(activeCall, heldCall, "reconnected");
        Leg held = consulting.call().consultationHeldLeg();
        consulting.call().consultationHeldLeg(null);
        lifecycle.end(consulting, "normalClearing");
        lifecycle.retrieve(held, "ReconnectCall");
        return held.connectionId();
    }

    /** The consulting leg of a TransferCall or ReconnectCall, checked against its held leg. */
    private Leg consultingLeg(ConnectionId activeCall, ConnectionId heldCall, String what) {
        Leg consulting = registry.resolve(activeCall, false);
        Leg held = registry.resolve(heldCall, false);
        Leg remembered = consulting.call().consultationHeldLeg();
        if (remembered == null || !remembered.party().equals(consulting.party())) {
            throw PbxException.invalidCallState("callID " + consulting.callId() + " at " + consulting.party()
                    + " is no consultation call; only a ConsultationCall's legs can be " + what);
        }
        if (remembered != held) {
            throw new PbxException("operation", "invalidConnectionID", "heldCall " + held.callId() + " at "
                    + held.party() + " is not the call held for the consultation " + consulting.callId()
                    + " (that is " + remembered.callId() + ")");
        }
        if (held.state() != LegState.HELD) {
            throw PbxException.invalidCallState("callID " + held.callId() + " is " + held.state()
                    + ", no longer held for the consultation");
        }
        return consulting;
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
        join(releasing);
        return true;
    }

    /** Joins the consulted party into the held call; the consulting device's two legs end. */
    private void join(Leg releasing) {
        Call consultationCall = releasing.call();
        Leg held = consultationCall.consultationHeldLeg();
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
        notifier.leftByTransfer(releasing, consultationCall, consulted.party(), middle, consulted.party(),
                "transferred", "transfer");
        notifier.leftByTransfer(held, original, heldParty.party(), middle, consulted.party(), "transferred",
                "transfer");
        for (Leg remaining : List.of(heldParty, consulted)) {
            notifier.transferred(remaining, middle, consulted.party());
        }
        if (consulted.isAnswered()) {
            notifier.rejoined(consulted);
        }
    }
}
