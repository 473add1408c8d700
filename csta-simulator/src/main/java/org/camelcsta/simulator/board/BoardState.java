package org.camelcsta.simulator.board;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camelcsta.simulator.LegState;
import org.camelcsta.simulator.SimulatedCall;
import org.camelcsta.simulator.SimulatedLeg;

/**
 * What the board shows of the PBX at one moment: every device as a phone, the external parties in calls apart.
 *
 * @param devices          the devices, in directory order
 * @param externals        the other parties in calls now: external numbers (and devices beyond those shown)
 * @param calls            how many calls there are
 * @param sessions         how many client sessions are logged in
 * @param devicesTruncated whether there are more devices than the board shows
 */
public record BoardState(List<Phone> devices, List<Phone> externals, int calls, int sessions,
        boolean devicesTruncated) {

    /**
     * One party.
     *
     * @param number its number
     * @param state  idle, or the state of its most active leg: talking, calling, ringing, held, dialling
     * @param legs   its legs
     */
    public record Phone(String number, String state, List<Leg> legs) {
    }

    /**
     * One leg of a party.
     *
     * @param callId the leg's callID
     * @param state  talking, calling (its call rings elsewhere), ringing, held or dialling
     * @param peers  the other parties of the call
     */
    public record Leg(String callId, String state, List<String> peers) {
    }

    /** The states from the most active down: a party shows the first one any of its legs is in. */
    private static final List<String> ACTIVITY = List.of("talking", "calling", "ringing", "held", "dialling");

    /**
     * @param devices   the device numbers to show
     * @param truncated whether the PBX has more devices than these
     */
    static BoardState of(List<String> devices, boolean truncated, List<SimulatedCall> calls, int sessions) {
        Map<String, List<Leg>> legsByParty = new LinkedHashMap<>();
        for (SimulatedCall call : calls) {
            for (SimulatedLeg leg : call.legs()) {
                List<String> peers = call.parties().stream().filter(party -> !party.equals(leg.device())).toList();
                legsByParty.computeIfAbsent(leg.device(), party -> new ArrayList<>())
                        .add(new Leg(leg.callId(), legState(call, leg), peers));
            }
        }
        List<Phone> phones = devices.stream().map(number -> phone(number, legsByParty.remove(number))).toList();
        List<Phone> externals = new ArrayList<>();
        legsByParty.forEach((number, legs) -> externals.add(phone(number, legs)));
        return new BoardState(phones, externals, calls.size(), sessions, truncated);
    }

    private static Phone phone(String number, List<Leg> legs) {
        if (legs == null) {
            return new Phone(number, "idle", List.of());
        }
        String state = ACTIVITY.stream().filter(s -> legs.stream().anyMatch(leg -> leg.state().equals(s)))
                .findFirst().orElse("idle");
        return new Phone(number, state, legs);
    }

    private static String legState(SimulatedCall call, SimulatedLeg leg) {
        return switch (leg.state()) {
            case ALERTING -> "ringing";
            case HELD -> "held";
            case INITIATED -> "dialling";
            case CONNECTED -> call.legs().stream().anyMatch(other -> other.state() == LegState.ALERTING)
                    ? "calling" : "talking";
        };
    }
}
