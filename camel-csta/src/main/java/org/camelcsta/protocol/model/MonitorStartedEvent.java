package org.camelcsta.protocol.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A monitor now covers one user or queue (after MonitorTrunk, one per user and queue of the trunk).
 *
 * @param monitorCrossRefId   {@code monitorCrossRefID} of the monitor that was started, e.g. {@code t-12345678}
 * @param monitoredConnection the user or queue, and the id its events will carry
 * @param deviceRelationList  empty in every example; kept as read
 * @param numberType          {@code sip} or {@code queue}
 * @param privateData         {@code privateData} (connectionId: the id of this connection), or {@code null}
 */
public record MonitorStartedEvent(
        @JsonProperty("monitorCrossRefID") String monitorCrossRefId,
        MonitoredConnection monitoredConnection,
        JsonNode deviceRelationList,
        String numberType,
        PrivateData privateData) implements DeviceEvent {

    @Override
    public String device() {
        return monitoredConnection == null ? null : monitoredConnection.deviceId();
    }

    /**
     * @param deviceId          {@code deviceID}, e.g. {@code 200}
     * @param monitorCrossRefId {@code monitorCrossRefID} its events carry, e.g. {@code u-12345678-200}
     */
    public record MonitoredConnection(
            @JsonProperty("deviceID") @JsonAlias("deviceId") String deviceId,
            @JsonProperty("monitorCrossRefID") String monitorCrossRefId) {
    }
}
