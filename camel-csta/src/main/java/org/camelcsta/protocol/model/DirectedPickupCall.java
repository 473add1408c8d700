package org.camelcsta.protocol.model;

/**
 * Picks up a call that rings at another device.
 *
 * @param callToBePickedUp the ringing leg
 * @param requestingDevice the device that picks the call up
 * @param test             TEST mode, or {@code null}
 * @param privateData      {@code privateData}, or {@code null}
 */
public record DirectedPickupCall(
        ConnectionId callToBePickedUp,
        DeviceReference requestingDevice,
        String test,
        PrivateData privateData) implements CstaRequest {

    public DirectedPickupCall(ConnectionId callToBePickedUp, String requestingDevice) {
        this(callToBePickedUp, new DeviceReference(requestingDevice), null, null);
    }

    @Override
    public void validate() {
        RequiredFields.of(messageName())
                .require("callToBePickedUp.callID", callToBePickedUp == null ? null : callToBePickedUp.callId())
                .require("requestingDevice.deviceId", requestingDevice == null ? null : requestingDevice.deviceId())
                .check();
    }
}
