package org.camelcsta.protocol.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A ringing call was deflected (DeflectCall) or forwarded.
 *
 * @param monitorCrossRefId    {@code monitorCrossRefID}
 * @param connection           the diverting device's leg
 * @param divertingDevice      the device the call left
 * @param callingDevice        who calls
 * @param calledDevice         the new target
 * @param localConnectionInfo  {@code null} as text, as the provider sends it
 * @param cause                free text, e.g. {@code Answered elsewhere}
 * @param networkCallingDevice the calling number as seen by the network
 * @param networkCalledDevice  the original target
 * @param callLinkageData      ties the legs of one call together
 * @param privateData          {@code privateData}, or {@code null}
 */
public record DivertedEvent(
        @JsonProperty("monitorCrossRefID") String monitorCrossRefId,
        ConnectionId connection,
        DeviceIdentifier divertingDevice,
        DeviceIdentifier callingDevice,
        DeviceIdentifier calledDevice,
        String localConnectionInfo,
        String cause,
        DeviceIdentifier networkCallingDevice,
        DeviceIdentifier networkCalledDevice,
        CallLinkageData callLinkageData,
        PrivateData privateData) implements CallEvent {
}
