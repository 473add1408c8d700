package org.camelcsta.simulator.pbx;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camelcsta.simulator.SimulatedCall;

/**
 * A call: its legs (two parties; the simulator has no conferences) and what its events report about it: who
 * called whom, who redirected it last, and the caller's display name.
 */
final class Call {

    private final String globalCallLinkageId;
    private final List<Leg> legs = new ArrayList<>(2);
    private final String callerName;
    private String callingParty;
    private String calledParty;
    private String lastRedirection;
    /** On a consultation call: the consulting device's held leg of the call it consults about. */
    private Leg consultationHeldLeg;
    private int diversions;
    /** The queue the call was made to, or {@code null}. */
    private Queue queue;

    Call(String globalCallLinkageId, String callingParty, String calledParty, String callerName) {
        this.globalCallLinkageId = globalCallLinkageId;
        this.callingParty = callingParty;
        this.calledParty = calledParty;
        this.callerName = callerName;
    }

    String globalCallLinkageId() {
        return globalCallLinkageId;
    }

    List<Leg> legs() {
        return legs;
    }

    void add(Leg leg) {
        legs.add(leg);
        leg.call(this);
    }

    void remove(Leg leg) {
        legs.remove(leg);
    }

    /** The other party's leg, in a two-party call. */
    Optional<Leg> otherThan(Leg leg) {
        return legs.stream().filter(other -> other != leg).findFirst();
    }

    Optional<Leg> legOf(String party) {
        return legs.stream().filter(leg -> leg.party().equals(party)).findFirst();
    }

    /**
     * @throws PbxException {@code operation: invalidDestination} where the party is in this call already
     */
    void requireNewParty(String party) {
        if (legOf(party).isPresent()) {
            throw new PbxException("operation", "invalidDestination", "'" + party + "' is already a party of the call");
        }
    }

    String callerName() {
        return callerName;
    }

    String callingParty() {
        return callingParty;
    }

    String calledParty() {
        return calledParty;
    }

    String lastRedirection() {
        return lastRedirection;
    }

    /** After a transfer the call is between new parties; events report them from then on. */
    void redirected(String newCallingParty, String newCalledParty, String redirectingDevice) {
        callingParty = newCallingParty;
        calledParty = newCalledParty;
        lastRedirection = redirectingDevice;
    }

    Leg consultationHeldLeg() {
        return consultationHeldLeg;
    }

    void consultationHeldLeg(Leg heldLeg) {
        consultationHeldLeg = heldLeg;
    }

    int diversions() {
        return diversions;
    }

    void diverted() {
        diversions++;
    }

    Queue queue() {
        return queue;
    }

    void queue(Queue newQueue) {
        queue = newQueue;
    }

    SimulatedCall snapshot() {
        return new SimulatedCall(globalCallLinkageId, legs.stream().map(Leg::snapshot).toList());
    }
}
