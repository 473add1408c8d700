package org.camelcsta.protocol.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Sets one forwarding rule of a device; a {@link ForwardingEvent} confirms it.
 *
 * @param device          the device, e.g. {@code 203}
 * @param forwardingType  {@code forwardImmediate} or {@code forwardNoAns} (others are not documented)
 * @param activateForward {@code true} to turn the rule on
 * @param forwardDn       {@code forwardDN}: where calls go
 * @param ringDuration    seconds to ring before a no-answer forward
 * @param test            TEST mode, or {@code null}
 * @param privateData     {@code privateData}, or {@code null}
 */
public record SetForwarding(
        String device,
        String forwardingType,
        Boolean activateForward,
        @JsonProperty("forwardDN") String forwardDn,
        Integer ringDuration,
        String test,
        PrivateData privateData) implements CstaRequest {

    public SetForwarding(String device, String forwardingType, Boolean activateForward, String forwardDn,
                         Integer ringDuration) {
        this(device, forwardingType, activateForward, forwardDn, ringDuration, null, null);
    }

    @Override
    public void validate() {
        RequiredFields.of(messageName())
                .require("device", device)
                .require("forwardingType", forwardingType)
                .require("activateForward", activateForward)
                .check();
    }
}
