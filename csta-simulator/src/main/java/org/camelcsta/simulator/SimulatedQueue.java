package org.camelcsta.simulator;

import java.util.List;
import java.util.Objects;

/**
 * A queue of the simulated PBX with its agents and statistics, a snapshot. The counts are those that
 * {@code QueueStatisticsEvent} reports.
 *
 * @param number              the queue number
 * @param name                its name
 * @param serviceLevelSeconds GetQueue's {@code serviceLevelAgreement}
 * @param agents              its members, in the order they first joined
 * @param waitingCalls        calls ringing in the queue that no agent answered yet
 * @param servicingCalls      calls an agent answered that still go on
 * @param totalCalls          calls that came to the queue
 * @param answeredCalls       calls an agent answered
 * @param missedCalls         calls whose caller hung up while they waited
 */
public record SimulatedQueue(String number, String name, int serviceLevelSeconds, List<Agent> agents,
        int waitingCalls, int servicingCalls, int totalCalls, int answeredCalls, int missedCalls) {

    public SimulatedQueue {
        Objects.requireNonNull(number, "number");
        agents = List.copyOf(agents);
    }

    /**
     * One member of the queue.
     *
     * @param device        the agent's device number
     * @param signedIn      whether the agent is active in the queue ({@code activateAgent})
     * @param sip           signed in with the desk phone, the one channel that rings in the simulator
     * @param mobile        signed in with the mobile
     * @param skype         signed in with Skype/Teams
     * @param totalCalls    queue calls that rang at the agent
     * @param answeredCalls queue calls the agent answered
     * @param missedCalls   queue calls that rang at the agent and that someone else took, or the caller left
     */
    public record Agent(String device, boolean signedIn, boolean sip, boolean mobile, boolean skype,
            int totalCalls, int answeredCalls, int missedCalls) {

        public Agent {
            Objects.requireNonNull(device, "device");
        }
    }
}
