package org.camelcsta.protocol.model;

/**
 * Cancels an attended transfer: clears the consultation and retrieves the held call.
 *
 * @param activeCall  the consultation leg (its callID ends in {@code -att} on the current server)
 * @param heldCall    the held original leg
 * @param test        TEST mode, or {@code null}
 * @param privateData {@code privateData}, or {@code null}
 */
public record ReconnectCall(ConnectionId activeCall, ConnectionId heldCall, String test, PrivateData privateData)
        implements CstaRequest {

    public ReconnectCall(ConnectionId activeCall, ConnectionId heldCall) {
        this(activeCall, heldCall, null, null);
    }

    @Override
    public void validate() {
        RequiredFields.of(messageName())
                .require("activeCall.callID", activeCall == null ? null : activeCall.callId())
                .require("activeCall.deviceID", activeCall == null ? null : activeCall.deviceId())
                .require("heldCall.callID", heldCall == null ? null : heldCall.callId())
                .require("heldCall.deviceID", heldCall == null ? null : heldCall.deviceId())
                .check();
    }
}
