package org.camelcsta.protocol.model;

/**
 * Changes a device's call profile (the fields given; the provider's example sets only a {@code numberType}).
 *
 * @param device      the device, e.g. {@code 200}
 * @param callProfile the profile, as {@link GetCallProfileResponse} reads it
 * @param test        TEST mode, or {@code null}
 * @param privateData {@code privateData}, or {@code null}
 */
public record SetCallProfile(String device, CallProfile callProfile, String test, PrivateData privateData)
        implements CstaRequest {

    public SetCallProfile(String device, CallProfile callProfile) {
        this(device, callProfile, null, null);
    }

    @Override
    public void validate() {
        RequiredFields.of(messageName()).require("device", device).require("callProfile", callProfile).check();
    }
}
