package org.camelcsta.simulator.pbx;

import org.camelcsta.protocol.model.ConnectionId;
import org.camelcsta.simulator.LegState;
import org.camelcsta.simulator.SimulatedLeg;

/** One party's leg of a call: its own callID, its party, its state, and the call it belongs to now. */
final class Leg {

    /** Whether the party placed the call (outbound) or received it (inbound), as the provider reports it. */
    enum Direction {
        INBOUND, OUTBOUND;

        String wireName() {
            return name().toLowerCase();
        }
    }

    private final String callId;
    private final String party;
    private final PartyKind kind;
    private final Direction direction;
    private LegState state;
    private Call call;
    /** The CSTA request that last acted on this leg ({@code MakeCall}, {@code HoldCall}, ...), if one did. */
    private String requestType;

    /** What the party is: an internal device, a queue, or an external number. */
    enum PartyKind {
        DEVICE, QUEUE, EXTERNAL
    }

    Leg(String callId, String party, PartyKind kind, Direction direction, LegState state) {
        this.callId = callId;
        this.party = party;
        this.kind = kind;
        this.direction = direction;
        this.state = state;
    }

    String callId() {
        return callId;
    }

    String party() {
        return party;
    }

    /** Whether the party is an internal device (which may be monitored) rather than an external number. */
    boolean isDevice() {
        return kind == PartyKind.DEVICE;
    }

    /** Whether the party is a queue of this PBX, where a call waits for an agent. */
    boolean isQueue() {
        return kind == PartyKind.QUEUE;
    }

    Direction direction() {
        return direction;
    }

    LegState state() {
        return state;
    }

    void state(LegState newState) {
        state = newState;
    }

    /** Whether the party has answered: it talks, or holds the call. */
    boolean isAnswered() {
        return state == LegState.CONNECTED || state == LegState.HELD;
    }

    /** Whether this is a caller's own phone ringing for its {@code prompt} MakeCall: the only outbound leg that rings. */
    boolean isPromptRinging() {
        return direction == Direction.OUTBOUND && state == LegState.ALERTING;
    }

    Call call() {
        return call;
    }

    /** The CSTA request that last acted on this leg, or {@code null} where only phones did (current API's privateData). */
    String requestType() {
        return requestType;
    }

    void requestType(String request) {
        requestType = request;
    }

    /** Whether this is the consulting device's leg of an attended transfer: the held leg's callID plus {@code -att}. */
    boolean isConsultation() {
        return callId.endsWith(AttendedTransfer.CONSULTATION_SUFFIX);
    }

    void call(Call newCall) {
        call = newCall;
    }

    ConnectionId connectionId() {
        return new ConnectionId(callId, party);
    }

    SimulatedLeg snapshot() {
        return new SimulatedLeg(callId, party, state);
    }

    /** The provider's {@code localStatus} / {@code local_status} word for this leg's state. */
    String localStatus() {
        return switch (state) {
            case INITIATED -> "Initiated";
            case ALERTING -> "Alerting";
            case CONNECTED -> "Active";
            case HELD -> "Held";
        };
    }

    /** The CSTA {@code localConnectionInfo} for this leg's state. */
    String localConnectionInfo() {
        return switch (state) {
            case INITIATED -> "initiated";
            case ALERTING -> "alerting";
            case CONNECTED -> "connected";
            case HELD -> "hold";
        };
    }

    @Override
    public String toString() {
        return party + "/" + callId + "/" + state;
    }
}
