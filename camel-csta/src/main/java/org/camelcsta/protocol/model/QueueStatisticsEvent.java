package org.camelcsta.protocol.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A queue's statistics changed. The provider gives no units for the times (seconds, by the examples).
 *
 * @param monitorCrossRefId  {@code monitorCrossRefID}, e.g. {@code q-12345678-400}
 * @param localNumber        the queue's number
 * @param currentCalls       calls in the queue now
 * @param servicingCalls     calls being answered now
 * @param waitingCalls       calls waiting now
 * @param maxCurrentWait     the longest wait of the calls waiting now
 * @param totalNoOfCalls     calls so far
 * @param totalAnsweredCalls answered calls so far
 * @param totalMissedCalls   missed calls so far
 * @param averageWaitTime    the average wait
 * @param averageTalkTime    the average talk time
 * @param maxWaitTime        the longest wait so far
 * @param agentList          per agent
 * @param privateData        {@code privateData}, or {@code null}
 */
public record QueueStatisticsEvent(
        @JsonProperty("monitorCrossRefID") String monitorCrossRefId,
        String localNumber,
        Integer currentCalls,
        Integer servicingCalls,
        Integer waitingCalls,
        Double maxCurrentWait,
        Integer totalNoOfCalls,
        Integer totalAnsweredCalls,
        Integer totalMissedCalls,
        Double averageWaitTime,
        Double averageTalkTime,
        Double maxWaitTime,
        AgentList agentList,
        PrivateData privateData) implements DeviceEvent {

    @Override
    public String device() {
        return localNumber;
    }

    /** @param agentListItem one per agent, never {@code null} */
    public record AgentList(List<AgentListItem> agentListItem) {

        public AgentList {
            agentListItem = agentListItem == null ? List.of() : List.copyOf(agentListItem);
        }
    }

    /**
     * @param device             the agent
     * @param totalNoOfCalls     calls so far
     * @param totalAnsweredCalls answered calls so far
     * @param totalMissedCalls   missed calls so far
     * @param averageTalkTime    the average talk time
     */
    public record AgentListItem(
            DeviceIdentifier device,
            Integer totalNoOfCalls,
            Integer totalAnsweredCalls,
            Integer totalMissedCalls,
            Double averageTalkTime) {
    }
}
