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
 * @param requestId           {@code requestID}: echoed by the server from the request
 * @param callerName          {@code callerName}: the calling party's display name
 * @param localStatus         {@code localStatus}: Idle, Alerting, Active, Ringing, Held, Active_AttendedTransfer, ...
 * @param callDirection       {@code callDirection}: Inbound or Outbound, as seen from the event's device
 * @param remoteUser          {@code remoteUser}: the other party
 * @param isCstaOriginated    {@code isCstaOriginated}: whether a CSTA request caused the event
 * @param cstaCallRequestType {@code cstaCallRequestType}: the request that did (MakeCall, HoldCall, ...), or
 *                            {@code null}
 * @param timestamp           {@code timestamp}, e.g. {@code 2025-04-30 13:23:23Z} (EstablishedEvent)
 * @param other               every other entry, as read
 */
public record PrivateData(
        @JsonProperty("requestID") String requestId,
        String callerName,
        String localStatus,
        String callDirection,
        String remoteUser,
        @JsonProperty("isCstaOriginated") Boolean isCstaOriginated,
        String cstaCallRequestType,
        String timestamp,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other) {

    public PrivateData {
        other = other == null || other.isEmpty()
                ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(other));
    }

    /** The private data of the 2020 server's call events. */
    public PrivateData(String requestId, String callerName, String localStatus, String callDirection, String remoteUser,
                       Map<String, JsonNode> other) {
        this(requestId, callerName, localStatus, callDirection, remoteUser, null, null, null, other);
    }

    /** Private data that holds only a request id. */
    public static PrivateData ofRequestId(String requestId) {
        return new PrivateData(requestId, null, null, null, null, null);
    }

    /** The text of another entry (e.g. {@code serviceLevelAgreement}, {@code QueueName}), or {@code null}. */
    public String text(String name) {
        JsonNode value = other.get(name);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }
}
