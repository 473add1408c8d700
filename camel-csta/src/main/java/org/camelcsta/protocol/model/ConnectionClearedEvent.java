package org.camelcsta.protocol.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A party hung up.
 *
 * @param monitorCrossRefId   {@code monitorCrossRefID}
 * @param droppedConnection   the leg that ended
 * @param releasingDevice     the device that hung up
 * @param localConnectionInfo the monitored device's state afterwards ({@code null} as text, in the seed)
 * @param cause               {@code normalClearing}, or free text
 * @param callLinkageData     ties the legs of one call together
 * @param privateData         {@code privateData}, or {@code null}
 */
public record ConnectionClearedEvent(
        @JsonProperty("monitorCrossRefID") String monitorCrossRefId,
        ConnectionId droppedConnection,
        DeviceIdentifier releasingDevice,
        String localConnectionInfo,
        String cause,
        CallLinkageData callLinkageData,
        PrivateData privateData) implements CallEvent {

    @Override
    public ConnectionId connection() {
        return droppedConnection;
    }
}
