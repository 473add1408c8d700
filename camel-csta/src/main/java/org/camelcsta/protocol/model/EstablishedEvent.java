package org.camelcsta.protocol.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A call is answered.
 *
 * @param monitorCrossRefId       {@code monitorCrossRefID}
 * @param establishedConnection   the monitored device's leg
 * @param answeringDevice         the device that answered
 * @param callingDevice           who called
 * @param calledDevice            who was called
 * @param lastRedirectionDevice   the last device that redirected the call
 * @param localConnectionInfo     {@code connected}
 * @param cause                   {@code normal}, or free text
 * @param networkCallingDevice    the calling number as seen by the network
 * @param networkCalledDevice     the called number as seen by the network
 * @param associatedCallingDevice the trunk-side calling number
 * @param callLinkageData         ties the legs of one call together
 * @param privateData             {@code privateData}, or {@code null}
 */
public record EstablishedEvent(
        @JsonProperty("monitorCrossRefID") String monitorCrossRefId,
        ConnectionId establishedConnection,
        DeviceIdentifier answeringDevice,
        DeviceIdentifier callingDevice,
        DeviceIdentifier calledDevice,
        DeviceIdentifier lastRedirectionDevice,
        String localConnectionInfo,
        String cause,
        DeviceIdentifier networkCallingDevice,
        DeviceIdentifier networkCalledDevice,
        DeviceIdentifier associatedCallingDevice,
        CallLinkageData callLinkageData,
        PrivateData privateData) implements CallEvent {

    @Override
    public ConnectionId connection() {
        return establishedConnection;
    }
}
