package org.camelcsta.protocol.model;

/**
 * Reads a device's forwarding rules.
 *
 * @param device      the device, e.g. {@code 200}
 * @param test        TEST mode, or {@code null}
 * @param privateData {@code privateData}, or {@code null}
 */
public record GetForwarding(String device, String test, PrivateData privateData) implements CstaRequest {

    public GetForwarding(String device) {
        this(device, null, null);
    }

    @Override
    public void validate() {
        RequiredFields.of(messageName()).require("device", device).check();
    }
}
