package org.camelcsta.protocol.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One connection in a snapshot.
 *
 * @param callId      {@code callID}
 * @param deviceId    {@code deviceId}
 * @param privateData the connection's state and the other party
 */
@JsonPropertyOrder({ "callID", "deviceId", "privateData" })
public record SnapshotConnection(
        @JsonProperty("callID") String callId,
        @JsonProperty("deviceId") @JsonAlias("deviceID") String deviceId,
        Status privateData) {

    /** This connection as a {@link ConnectionId}, e.g. for a transfer request. */
    public ConnectionId connectionId() {
        return new ConnectionId(callId, deviceId);
    }

    /**
     * @param localStatus {@code local_status}: Active, Alerting, Held, ...
     * @param remoteUser  {@code remote_user}: the other party
     */
    public record Status(
            @JsonProperty("local_status") String localStatus,
            @JsonProperty("remote_user") String remoteUser) {
    }
}
