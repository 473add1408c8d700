package org.camelcsta.protocol.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A device's forwarding changed.
 *
 * @param monitorCrossRefId {@code monitorCrossRefID}
 * @param deviceIdentifier  {@code device}: the device
 * @param forwardStatus     whether the rule is on
 * @param forwardingType    {@code forwardImmediate}, {@code forwardNoAns}, ...
 * @param forwardTo         where calls go
 * @param ringDuration      seconds to ring before a no-answer forward
 * @param privateData       {@code privateData}, or {@code null}
 */
public record ForwardingEvent(
        @JsonProperty("monitorCrossRefID") String monitorCrossRefId,
        @JsonProperty("device") DeviceIdentifier deviceIdentifier,
        Boolean forwardStatus,
        String forwardingType,
        String forwardTo,
        Integer ringDuration,
        PrivateData privateData) implements DeviceEvent {

    @Override
    public String device() {
        return deviceIdentifier == null ? null : deviceIdentifier.deviceIdentifier();
    }
}
