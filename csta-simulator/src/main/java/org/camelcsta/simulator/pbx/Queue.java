package org.camelcsta.simulator.pbx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camelcsta.simulator.SimulatedQueue;

/**
 * A queue of the PBX: its number, name and service level, its members (agents, each signed in per channel), and
 * the statistics of the calls it took. Changed by {@link QueueCalls} and {@link QueueMembership} only.
 */
final class Queue {

    /** One agent of the queue: signed in ({@code active}) and on which channels. */
    static final class Member {
        final String agent;
        boolean active;
        boolean sip;
        boolean mobile;
        boolean skype;
        int position;
        int totalCalls;
        int answeredCalls;
        int missedCalls;

        Member(String agent) {
            this.agent = agent;
        }

        /** Whether a queue call rings here: signed in with the desk phone (the simulator's only channel). */
        boolean takesCalls() {
            return active && sip;
        }
    }

    private final String number;
    private final String name;
    private final int serviceLevelSeconds;
    private final Map<String, Member> members = new LinkedHashMap<>();
    /** The calls waiting (ringing) in the queue now. */
    private final List<Call> waiting = new ArrayList<>();
    private int servicing;
    private int totalCalls;
    private int answeredCalls;
    private int missedCalls;

    Queue(String number, String name, int serviceLevelSeconds) {
        this.number = number;
        this.name = name;
        this.serviceLevelSeconds = serviceLevelSeconds;
    }

    String number() {
        return number;
    }

    String name() {
        return name;
    }

    int serviceLevelSeconds() {
        return serviceLevelSeconds;
    }

    Map<String, Member> members() {
        return members;
    }

    Member member(String agent) {
        return members.computeIfAbsent(agent, Member::new);
    }

    List<Member> takingCalls() {
        return members.values().stream().filter(Member::takesCalls).toList();
    }

    List<Call> waiting() {
        return waiting;
    }

    void arrived(Call call) {
        waiting.add(call);
        totalCalls++;
    }

    void answered(Call call, String agent) {
        waiting.remove(call);
        servicing++;
        answeredCalls++;
        for (Member member : members.values()) {
            if (member.agent.equals(agent)) {
                member.totalCalls++;
                member.answeredCalls++;
            }
        }
    }

    /** A call of the queue ended; {@code whileWaiting}: nobody had answered it (a missed call). */
    void ended(Call call, boolean whileWaiting) {
        if (whileWaiting) {
            waiting.remove(call);
            missedCalls++;
        } else {
            servicing--;
        }
    }

    /** An agent's phone rang for a queue call that someone else answered or the caller gave up on. */
    void missedBy(String agent) {
        Member member = members.get(agent);
        if (member != null) {
            member.totalCalls++;
            member.missedCalls++;
        }
    }

    int servicingCalls() {
        return servicing;
    }

    int totalCalls() {
        return totalCalls;
    }

    int answeredCalls() {
        return answeredCalls;
    }

    int missedCalls() {
        return missedCalls;
    }

    /** A snapshot of the queue, its agents and its counts. */
    SimulatedQueue snapshot() {
        List<SimulatedQueue.Agent> agents = members.values().stream()
                .map(member -> new SimulatedQueue.Agent(member.agent, member.active, member.sip, member.mobile,
                        member.skype, member.totalCalls, member.answeredCalls, member.missedCalls))
                .toList();
        return new SimulatedQueue(number, name, serviceLevelSeconds, agents, waiting.size(), servicing, totalCalls,
                answeredCalls, missedCalls);
    }
}
