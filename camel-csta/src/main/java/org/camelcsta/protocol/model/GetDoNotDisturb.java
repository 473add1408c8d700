package org.camelcsta.protocol.model;

/**
 * Reads whether a device has do-not-disturb on.
 *
 * @param device      the device, e.g. {@code 200}
 * @param test        TEST mode, or {@code null}
 * @param privateData {@code privateData}, or {@code null}
 */
public record GetDoNotDisturb(String device, String test, PrivateData privateData) implements CstaRequest {

    public GetDoNotDisturb(String device) {
        this(device, null, null);
    }

    @Override
    public void validate() {
        RequiredFields.of(messageName()).require("device", device).check();
    }
}
