package org.camelcsta.protocol.model;

/**
 * Puts a call on hold.
 *
 * @param callToBeHeld the holding device's leg
 * @param test        TEST mode, or {@code null}
 * @param privateData {@code privateData}, or {@code null}
 */
public record HoldCall(
        ConnectionId callToBeHeld,
        String test,
        PrivateData privateData) implements CstaRequest {

    public HoldCall(ConnectionId callToBeHeld) {
        this(callToBeHeld, null, null);
    }

    @Override
    public void validate() {
        RequiredFields.of(messageName())
                .require("callToBeHeld.callID", callToBeHeld == null ? null : callToBeHeld.callId())
                .require("callToBeHeld.deviceID", callToBeHeld == null ? null : callToBeHeld.deviceId())
                .check();
    }
}
