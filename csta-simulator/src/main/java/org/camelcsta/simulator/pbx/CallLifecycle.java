package org.camelcsta.simulator.pbx;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.camelcsta.simulator.LegState;

/**
 * The life of a basic call, leg by leg:
 * <pre>
 *   placed (doNotPrompt)  caller CONNECTED, called party ALERTING
 *   placed (prompt)       caller ALERTING, alone; when it answers: caller CONNECTED, called party ALERTING
 *   ALERTING  --answer--> CONNECTED --hold--> HELD --retrieve--> CONNECTED
 *   any state --end-----> the call and all its legs are gone
 * </pre>
 * Every step tells the monitors of the parties. Runs on the PBX thread.
 */
final class CallLifecycle {

    private final CallRegistry registry;
    private final CallNotifier notifier;
    private final AutoAnswer autoAnswer;
    private final List<CallObserver> observers = new ArrayList<>();

    CallLifecycle(CallRegistry registry, CallNotifier notifier, AutoAnswer autoAnswer) {
        this.registry = registry;
        this.notifier = notifier;
        this.autoAnswer = autoAnswer;
    }

    /** A feature that reacts to ringing, answers and ends from now on. */
    void observe(CallObserver observer) {
        observers.add(observer);
    }

    /**
     * A call whose caller is connected at once and whose called party rings. Returns the caller's leg.
     *
     * @param requestType the CSTA request that placed it ({@code MakeCall}), {@code null} for a phone
     */
    Leg place(String calling, String called, String callerName, String requestType) {
        return place(registry.newLeg(calling, Leg.Direction.OUTBOUND, LegState.CONNECTED), called, callerName,
                requestType);
    }

    /** {@link #place(String, String, String, String)} with the caller's leg made already (a consultation's). */
    Leg place(Leg caller, String called, String callerName, String requestType) {
        Call call = registry.newCall(caller.party(), called, callerName);
        caller.requestType(requestType);
        call.add(caller);
        registry.add(call);
        ring(call, called, "newCall");
        return caller;
    }

    /**
     * A call placed with {@code autoOriginate=prompt}: the PBX first rings the caller's own phone; the called
     * party rings only once the caller answers ({@link #answer(Leg)}). Returns the caller's leg.
     */
    Leg prompt(String calling, String called, String requestType) {
        Call call = registry.newCall(calling, called, null);
        Leg caller = registry.newLeg(calling, Leg.Direction.OUTBOUND, LegState.ALERTING);
        caller.requestType(requestType);
        call.add(caller);
        registry.add(call);
        notifier.delivered(caller, caller, "newCall");
        autoAnswer.ringing(caller, () -> answerIfRinging(caller));
        return caller;
    }

    /** A new party joins the call and rings; every party hears of it. Returns the new leg. */
    Leg ring(Call call, String party, String cause) {
        Leg alerting = registry.newLeg(party, Leg.Direction.INBOUND, LegState.ALERTING);
        call.add(alerting);
        for (Leg leg : List.copyOf(call.legs())) {
            notifier.delivered(leg, alerting, cause);
        }
        autoAnswer.ringing(alerting, () -> answerIfRinging(alerting));
        for (CallObserver observer : List.copyOf(observers)) {
            if (registry.isActive(alerting) && alerting.state() == LegState.ALERTING) {
                observer.ringing(alerting);
            }
        }
        return alerting;
    }

    /**
     * A ringing leg answers; a caller that answers its prompt gets its call put through to the called party. The
     * legs that rang with it (a queue's other agents, the queue's own leg) leave the call.
     *
     * @param requestType the CSTA request that answered ({@code AnswerCall}), {@code null} for a phone
     */
    void answer(Leg leg, String requestType) {
        if (leg.state() != LegState.ALERTING) {
            throw PbxException.invalidCallState("callID " + leg.callId() + " at " + leg.party() + " is "
                    + leg.state() + "; only a ringing call can be answered");
        }
        if (leg.isQueue()) {
            throw PbxException.invalidCallState("callID " + leg.callId() + " waits in queue " + leg.party()
                    + "; a queue's call is answered by one of its agents");
        }
        boolean prompted = leg.isPromptRinging();
        if (requestType != null) {
            leg.requestType(requestType);
        }
        Call call = leg.call();
        List<Leg> stoppedRinging = call.legs().stream().filter(other -> other != leg
                && (other.isQueue() || other.state() == LegState.ALERTING && !other.isPromptRinging())).toList();
        for (Leg other : stoppedRinging) {
            call.remove(other);
            registry.retire(other);
            notifier.cleared(other, call, leg.party(), call.callingParty(), "answeredElsewhere");
        }
        leg.state(LegState.CONNECTED);
        if (prompted) {
            ring(call, call.calledParty(), "newCall");
        } else {
            notifier.established(leg, "normal");
        }
        for (CallObserver observer : List.copyOf(observers)) {
            observer.answered(leg, stoppedRinging);
        }
    }

    /** HoldCall (or a consultation's hold): a connected leg is held. */
    void hold(Leg leg, String requestType) {
        if (leg.state() != LegState.CONNECTED) {
            throw PbxException.invalidCallState("callID " + leg.callId() + " is " + leg.state()
                    + "; only a connected call can be held");
        }
        leg.requestType(requestType);
        leg.state(LegState.HELD);
        notifier.held(leg, "normal");
    }

    /** RetrieveCall (or a cancelled consultation): a held leg is connected again. */
    void retrieve(Leg leg, String requestType) {
        if (leg.state() != LegState.HELD) {
            throw PbxException.invalidCallState("callID " + leg.callId() + " is " + leg.state()
                    + "; only a held call can be retrieved");
        }
        leg.requestType(requestType);
        leg.state(LegState.CONNECTED);
        notifier.retrieved(leg, "normal");
    }

    /** The call ends for every party; the releasing party hears of it first. */
    void end(Leg releasing, String cause) {
        Call call = releasing.call();
        registry.remove(call);
        List<Leg> legs = new ArrayList<>(call.legs());
        legs.sort(Comparator.comparing(leg -> leg == releasing ? 0 : 1));
        legs.forEach(registry::retire);
        for (Leg leg : legs) {
            String remote = call.otherThan(leg).map(Leg::party).orElse(null);
            notifier.cleared(leg, call, releasing.party(), remote, cause);
        }
        for (CallObserver observer : List.copyOf(observers)) {
            observer.ended(call);
        }
    }

    private void answerIfRinging(Leg leg) {
        if (registry.isActive(leg) && leg.state() == LegState.ALERTING) {
            answer(leg, null);
        }
    }
}
