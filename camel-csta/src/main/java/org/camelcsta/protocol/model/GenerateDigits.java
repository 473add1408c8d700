package org.camelcsta.protocol.model;

/**
 * Sends DTMF digits on a call.
 *
 * @param connectionToSendDigits the sending device's leg
 * @param charactersToSend the digits, e.g. {@code 123}
 * @param test        TEST mode, or {@code null}
 * @param privateData {@code privateData}, or {@code null}
 */
public record GenerateDigits(
        ConnectionId connectionToSendDigits,
        String charactersToSend,
        String test,
        PrivateData privateData) implements CstaRequest {

    public GenerateDigits(ConnectionId connectionToSendDigits, String charactersToSend) {
        this(connectionToSendDigits, charactersToSend, null, null);
    }

    @Override
    public void validate() {
        RequiredFields.of(messageName())
                .require("connectionToSendDigits.callID", connectionToSendDigits == null ? null : connectionToSendDigits.callId())
                .require("connectionToSendDigits.deviceID", connectionToSendDigits == null ? null : connectionToSendDigits.deviceId())
                .require("charactersToSend", charactersToSend)
                .check();
    }
}
