package org.camelcsta.protocol.model;

/**
 * Answers a call ringing at a device that supports auto-answer.
 *
 * @param callToBeAnswered the ringing leg
 * @param test        TEST mode, or {@code null}
 * @param privateData {@code privateData}, or {@code null}
 */
public record AnswerCall(
        ConnectionId callToBeAnswered,
        String test,
        PrivateData privateData) implements CstaRequest {

    public AnswerCall(ConnectionId callToBeAnswered) {
        this(callToBeAnswered, null, null);
    }

    @Override
    public void validate() {
        RequiredFields.of(messageName())
                .require("callToBeAnswered.callID", callToBeAnswered == null ? null : callToBeAnswered.callId())
                .require("callToBeAnswered.deviceID", callToBeAnswered == null ? null : callToBeAnswered.deviceId())
                .check();
    }
}
