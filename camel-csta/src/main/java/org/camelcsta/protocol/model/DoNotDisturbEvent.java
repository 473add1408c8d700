package org.camelcsta.protocol.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A device's do-not-disturb changed, through the API or elsewhere.
 *
 * @param monitorCrossRefId {@code monitorCrossRefID}
 * @param deviceIdentifier  {@code device}: the device
 * @param doNotDisturbOn    the new state
 * @param privateData       {@code privateData}, or {@code null}
 */
public record DoNotDisturbEvent(
        @JsonProperty("monitorCrossRefID") String monitorCrossRefId,
        @JsonProperty("device") DeviceIdentifier deviceIdentifier,
        Boolean doNotDisturbOn,
        PrivateData privateData) implements DeviceEvent {

    @Override
    public String device() {
        return deviceIdentifier == null ? null : deviceIdentifier.deviceIdentifier();
    }
}
