package org.camelcsta.protocol.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One party's leg of a call: {@code {callID, deviceId}}. Read as {@code deviceID} or {@code deviceId};
 * written as {@code deviceId} first, as in the provider's GET examples.
 *
 * @param callId   {@code callID}, e.g. {@code SIP/hpbx-000000bc}
 * @param deviceId {@code deviceId}, e.g. {@code 123}
 */
@JsonPropertyOrder({ "deviceId", "callID" })
public record ConnectionId(
        @JsonProperty("callID") String callId,
        @JsonProperty("deviceId") @JsonAlias("deviceID") String deviceId) {
}
