package org.camelcsta.protocol.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Holds an existing call and calls {@code consultedDevice}; when the middle device hangs up, the other
 * two parties are connected (attended transfer).
 *
 * @param existingCall    the consulting device's leg of the call to hold
 * @param consultedDevice the device consulted
 * @param test            TEST mode, or {@code null}
 * @param privateData     {@code privateData}, or {@code null}
 */
@JsonPropertyOrder({ "consultedDevice", "existingCall" })
public record ConsultationCall(
        ConnectionId existingCall,
        String consultedDevice,
        String test,
        PrivateData privateData) implements CstaRequest {

    public ConsultationCall(ConnectionId existingCall, String consultedDevice) {
        this(existingCall, consultedDevice, null, null);
    }

    @Override
    public void validate() {
        RequiredFields.of(messageName())
                .require("existingCall.callID", existingCall == null ? null : existingCall.callId())
                .require("consultedDevice", consultedDevice)
                .check();
    }
}
