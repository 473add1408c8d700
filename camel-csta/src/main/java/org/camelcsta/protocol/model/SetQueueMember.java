package org.camelcsta.protocol.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Signs an agent into or out of a queue, channel by channel; a {@link QueueMemberEvent} confirms it. To sign out,
 * set the channel flags to {@code false} and keep {@code activateAgent} {@code true}.
 *
 * @param device         the queue, e.g. {@code 400}
 * @param activateAgent  whether the agent is a signed-in member
 * @param activateMobile the mobile channel
 * @param activateSip    the SIP phone channel
 * @param activateSkype  the Skype channel
 * @param agentDn        {@code agentDN}: the agent's device, e.g. {@code 200}
 * @param agentPosition  the agent's position in the queue
 * @param test           TEST mode, or {@code null}
 * @param privateData    {@code privateData}, or {@code null}
 */
@JsonPropertyOrder({ "device", "activateAgent", "activateMobile", "activateSip", "activateSkype", "agentDN", "agentPosition" })
public record SetQueueMember(
        String device,
        Boolean activateAgent,
        Boolean activateMobile,
        Boolean activateSip,
        Boolean activateSkype,
        @JsonProperty("agentDN") String agentDn,
        Integer agentPosition,
        String test,
        PrivateData privateData) implements CstaRequest {

    @Override
    public void validate() {
        RequiredFields.of(messageName())
                .require("device", device)
                .require("agentDN", agentDn)
                .require("activateAgent", activateAgent)
                .check();
    }
}
