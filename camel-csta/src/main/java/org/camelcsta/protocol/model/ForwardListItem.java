package org.camelcsta.protocol.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One forwarding rule of a device.
 *
 * @param forwardingType {@code forwardImmediate}, {@code forwardNoAns}, ...
 * @param forwardStatus  whether the rule is on
 * @param forwardDn      {@code forwardDN}: where calls go
 * @param ringDuration   seconds to ring before a no-answer forward
 */
public record ForwardListItem(
        String forwardingType,
        Boolean forwardStatus,
        @JsonProperty("forwardDN") String forwardDn,
        Integer ringDuration) {
}
