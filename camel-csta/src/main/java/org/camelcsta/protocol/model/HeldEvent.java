package org.camelcsta.protocol.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A call was put on hold (HoldCall, or the hold of a consultation call).
 *
 * @param monitorCrossRefId   {@code monitorCrossRefID}
 * @param heldConnection      the held leg
 * @param holdingDevice       the device that holds
 * @param localConnectionInfo {@code held}
 * @param cause               free text, or {@code null}
 * @param callLinkageData     ties the legs of one call together
 * @param privateData         {@code privateData} (localStatus, cstaCallRequestType HoldCall, ...), or {@code null}
 */
public record HeldEvent(
        @JsonProperty("monitorCrossRefID") String monitorCrossRefId,
        ConnectionId heldConnection,
        DeviceIdentifier holdingDevice,
        String localConnectionInfo,
        String cause,
        CallLinkageData callLinkageData,
        PrivateData privateData) implements CallEvent {

    @Override
    public ConnectionId connection() {
        return heldConnection;
    }
}
