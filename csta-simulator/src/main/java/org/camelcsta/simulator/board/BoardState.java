package org.camelcsta.simulator.board;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camelcsta.simulator.DeviceSettings;
import org.camelcsta.simulator.DeviceSettings.ForwardingRule;
import org.camelcsta.simulator.LegState;
import org.camelcsta.simulator.SimulatedCall;
import org.camelcsta.simulator.SimulatedLeg;
import org.camelcsta.simulator.SimulatedQueue;

/**
 * What the board shows of the PBX at one moment: every device as a phone, the queues, and the external parties in
 * calls apart.
 *
 * @param devices          the devices, in directory order
 * @param queues           the queues, in the order they were added
 * @param externals        the other parties in calls now: external numbers (and devices beyond those shown)
 * @param calls            how many calls there are
 * @param sessions         how many client sessions are logged in
 * @param devicesTruncated whether there are more devices than the board shows
 * @param queuesTruncated  whether there are more queues than the board shows
 */
public record BoardState(List<Phone> devices, List<Queue> queues, List<Phone> externals, int calls, int sessions,
        boolean devicesTruncated, boolean queuesTruncated) {

    /**
     * One party.
     *
     * @param number       its number
     * @param state        idle, or the state of its most active leg: talking, calling, ringing, held, dialling
     * @param legs         its legs
     * @param doNotDisturb whether the device refuses calls (always false for external parties)
     * @param forwarding   the device's forwarding rules that act now
     */
    public record Phone(String number, String state, List<Leg> legs, boolean doNotDisturb,
            List<ForwardingRule> forwarding) {
    }

    /**
     * One queue with its agents and live statistics (as {@code QueueStatisticsEvent} counts them).
     *
     * @param number       its number
     * @param name         its name
     * @param state        idle, or ringing while calls wait in it
     * @param legs         the queue's legs: the calls waiting in it
     * @param agents       its members, at most {@link BoardFeed#MAX_AGENTS}
     * @param agentsHidden how many members are not shown
     *                     (the counts are those of {@link SimulatedQueue})
     */
    public record Queue(String number, String name, String state, List<Leg> legs, List<SimulatedQueue.Agent> agents,
            int agentsHidden, int waitingCalls, int servicingCalls, int totalCalls, int answeredCalls,
            int missedCalls) {
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
     * @param devices   the settings of the devices to show
     * @param queues    the queues to show
     * @param truncated whether the PBX has more devices, or queues, than these
     */
    static BoardState of(List<DeviceSettings> devices, List<SimulatedQueue> queues, Truncated truncated,
            List<SimulatedCall> calls, int sessions) {
        Map<String, List<Leg>> legsByParty = new LinkedHashMap<>();
        for (SimulatedCall call : calls) {
            for (SimulatedLeg leg : call.legs()) {
                List<String> peers = call.parties().stream().filter(party -> !party.equals(leg.device())).toList();
                legsByParty.computeIfAbsent(leg.device(), party -> new ArrayList<>())
                        .add(new Leg(leg.callId(), legState(call, leg), peers));
            }
        }
        List<Phone> phones = devices.stream().map(device -> phone(device.device(), legsByParty.remove(device.device()),
                device.doNotDisturb(), device.forwardingOn())).toList();
        List<Queue> queueTiles = queues.stream().map(queue -> queue(queue, legsByParty.remove(queue.number())))
                .toList();
        List<Phone> externals = new ArrayList<>();
        legsByParty.forEach((number, legs) -> externals.add(phone(number, legs, false, List.of())));
        return new BoardState(phones, queueTiles, externals, calls.size(), sessions, truncated.devices(),
                truncated.queues());
    }

    /** Whether the PBX has more devices or queues than the board shows. */
    record Truncated(boolean devices, boolean queues) {
    }

    private static Phone phone(String number, List<Leg> legs, boolean doNotDisturb, List<ForwardingRule> forwarding) {
        List<Leg> own = legs == null ? List.of() : legs;
        return new Phone(number, state(own), own, doNotDisturb, forwarding);
    }

    private static Queue queue(SimulatedQueue queue, List<Leg> legs) {
        List<Leg> own = legs == null ? List.of() : legs;
        List<SimulatedQueue.Agent> agents = queue.agents();
        int shown = Math.min(agents.size(), BoardFeed.MAX_AGENTS);
        return new Queue(queue.number(), queue.name(), state(own), own, agents.subList(0, shown),
                agents.size() - shown, queue.waitingCalls(), queue.servicingCalls(), queue.totalCalls(),
                queue.answeredCalls(), queue.missedCalls());
    }

    private static String state(List<Leg> legs) {
        return ACTIVITY.stream().filter(s -> legs.stream().anyMatch(leg -> leg.state().equals(s)))
                .findFirst().orElse("idle");
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
