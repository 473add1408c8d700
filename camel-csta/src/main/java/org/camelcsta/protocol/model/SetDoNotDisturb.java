package org.camelcsta.protocol.model;

/**
 * Turns do-not-disturb on or off for a device; a {@link DoNotDisturbEvent} confirms it.
 *
 * @param device         the device, e.g. {@code 200}
 * @param doNotDisturbOn {@code true} to turn it on
 * @param test           TEST mode, or {@code null}
 * @param privateData    {@code privateData}, or {@code null}
 */
public record SetDoNotDisturb(String device, Boolean doNotDisturbOn, String test, PrivateData privateData)
        implements CstaRequest {

    public SetDoNotDisturb(String device, Boolean doNotDisturbOn) {
        this(device, doNotDisturbOn, null, null);
    }

    @Override
    public void validate() {
        RequiredFields.of(messageName()).require("device", device).require("doNotDisturbOn", doNotDisturbOn).check();
    }
}
