package org.camelcsta.protocol.model;

/**
 * Reads a queue's name and service level.
 *
 * @param device      the queue, e.g. {@code 400}
 * @param test        TEST mode, or {@code null}
 * @param privateData {@code privateData}, or {@code null}
 */
public record GetQueue(String device, String test, PrivateData privateData) implements CstaRequest {

    public GetQueue(String device) {
        this(device, null, null);
    }

    @Override
    public void validate() {
        RequiredFields.of(messageName()).require("device", device).check();
    }
}
