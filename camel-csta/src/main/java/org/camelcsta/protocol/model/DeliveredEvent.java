package org.camelcsta.protocol.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A call is delivered to (rings at) a device.
 *
 * @param monitorCrossRefId       {@code monitorCrossRefID}
 * @param connection              the alerting device's leg
 * @param alertingDevice          the device that rings
 * @param callingDevice           who calls
 * @param calledDevice            who was called
 * @param lastRedirectionDevice   the last device that redirected the call
 * @param localConnectionInfo     {@code alerting}
 * @param cause                   {@code newCall}, or free text
 * @param networkCallingDevice    the calling number as seen by the network
 * @param networkCalledDevice     the called number as seen by the network
 * @param associatedCallingDevice the trunk-side calling number
 * @param callLinkageData         ties the legs of one call together
 * @param privateData             {@code privateData} (callerName, localStatus, ...), or {@code null}
 */
public record DeliveredEvent(
        @JsonProperty("monitorCrossRefID") String monitorCrossRefId,
        ConnectionId connection,
        DeviceIdentifier alertingDevice,
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
}
