package org.camelcsta.protocol.model;

/**
 * Reads a queue's members and their channels.
 *
 * @param device      the queue, e.g. {@code 400}
 * @param test        TEST mode, or {@code null}
 * @param privateData {@code privateData}, or {@code null}
 */
public record GetQueueMember(String device, String test, PrivateData privateData) implements CstaRequest {

    public GetQueueMember(String device) {
        this(device, null, null);
    }

    @Override
    public void validate() {
        RequiredFields.of(messageName()).require("device", device).check();
    }
}
