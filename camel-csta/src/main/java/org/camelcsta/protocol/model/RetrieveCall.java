package org.camelcsta.protocol.model;

/**
 * Takes a held call off hold.
 *
 * @param callToBeRetrieved the held leg
 * @param test        TEST mode, or {@code null}
 * @param privateData {@code privateData}, or {@code null}
 */
public record RetrieveCall(
        ConnectionId callToBeRetrieved,
        String test,
        PrivateData privateData) implements CstaRequest {

    public RetrieveCall(ConnectionId callToBeRetrieved) {
        this(callToBeRetrieved, null, null);
    }

    @Override
    public void validate() {
        RequiredFields.of(messageName())
                .require("callToBeRetrieved.callID", callToBeRetrieved == null ? null : callToBeRetrieved.callId())
                .require("callToBeRetrieved.deviceID", callToBeRetrieved == null ? null : callToBeRetrieved.deviceId())
                .check();
    }
}
