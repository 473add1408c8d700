package org.camelcsta.protocol.model;

/**
 * Redirects a call that still rings to another destination.
 *
 * @param callToBeDiverted the ringing leg
 * @param newDestination where the call goes instead
 * @param test        TEST mode, or {@code null}
 * @param privateData {@code privateData}, or {@code null}
 */
public record DeflectCall(
        ConnectionId callToBeDiverted,
        String newDestination,
        String test,
        PrivateData privateData) implements CstaRequest {

    public DeflectCall(ConnectionId callToBeDiverted, String newDestination) {
        this(callToBeDiverted, newDestination, null, null);
    }

    @Override
    public void validate() {
        RequiredFields.of(messageName())
                .require("callToBeDiverted.callID", callToBeDiverted == null ? null : callToBeDiverted.callId())
                .require("callToBeDiverted.deviceID", callToBeDiverted == null ? null : callToBeDiverted.deviceId())
                .require("newDestination", newDestination)
                .check();
    }
}
