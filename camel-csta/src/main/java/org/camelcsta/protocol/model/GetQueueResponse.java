package org.camelcsta.protocol.model;

/**
 * A queue's name and number; its service level is in {@code privateData}.
 *
 * @param queueDevice the queue
 * @param privateData {@code privateData} with {@code serviceLevelAgreement} (the longest wait, in seconds)
 */
public record GetQueueResponse(QueueDevice queueDevice, PrivateData privateData) implements CstaResponse {

    /** The queue's name, or {@code null}. */
    public String queueName() {
        return queueDevice == null ? null : queueDevice.deviceDescription();
    }

    /** The service level agreement in seconds, or {@code null}. */
    public String serviceLevelAgreement() {
        return privateData == null ? null : privateData.text("serviceLevelAgreement");
    }

    /**
     * @param deviceDescription the queue's name, e.g. {@code Customer Service}
     * @param deviceIdentifier  the queue's number, e.g. {@code 400}
     */
    public record QueueDevice(String deviceDescription, String deviceIdentifier) {
    }
}
