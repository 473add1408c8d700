package org.camelcsta.protocol.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One member of a queue.
 *
 * @param active       whether the agent is signed in
 * @param activeSip    the SIP phone channel
 * @param activeMobile the mobile channel
 * @param activeSkype  the Skype channel
 * @param agentDn      {@code agentDN}: the agent's device
 */
public record MemberListItem(
        Boolean active,
        Boolean activeSip,
        Boolean activeMobile,
        Boolean activeSkype,
        @JsonProperty("agentDN") String agentDn) {
}
