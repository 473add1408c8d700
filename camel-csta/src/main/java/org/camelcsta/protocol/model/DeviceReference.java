package org.camelcsta.protocol.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A device given by number alone, as in {@code requestingDevice: {deviceId}}.
 *
 * @param deviceId the device number
 */
public record DeviceReference(@JsonProperty("deviceId") @JsonAlias("deviceID") String deviceId) {
}
