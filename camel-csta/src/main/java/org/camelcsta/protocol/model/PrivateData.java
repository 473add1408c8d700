package org.camelcsta.protocol.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The provider's {@code privateData} block of a message: the correlation id of the current server,
 * and what its events add about the call. Unknown entries are kept in {@link #other()}.
 *
 * @param requestId     {@code requestID}: echoed by the server from the request
 * @param callerName    {@code callerName}: the calling party's display name
 * @param localStatus   {@code localStatus}: Idle, Alerting, Active, Ringing, Held, ...
 * @param callDirection {@code callDirection}: inbound or outbound
 * @param remoteUser    {@code remoteUser}: the other party
 * @param other         every other entry, as read
 */
public record PrivateData(
        @JsonProperty("requestID") String requestId,
        String callerName,
        String localStatus,
        String callDirection,
        String remoteUser,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other) {

    public PrivateData {
        other = other == null || other.isEmpty()
                ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(other));
    }

    /** Private data that holds only a request id. */
    public static PrivateData ofRequestId(String requestId) {
        return new PrivateData(requestId, null, null, null, null, null);
    }
}
