package org.camelcsta.protocol.model;

/**
 * Reads a device's call profile.
 *
 * @param device      the device, e.g. {@code 200}
 * @param test        TEST mode, or {@code null}
 * @param privateData {@code privateData}, or {@code null}
 */
public record GetCallProfile(String device, String test, PrivateData privateData) implements CstaRequest {

    public GetCallProfile(String device) {
        this(device, null, null);
    }

    @Override
    public void validate() {
        RequiredFields.of(messageName()).require("device", device).check();
    }
}
