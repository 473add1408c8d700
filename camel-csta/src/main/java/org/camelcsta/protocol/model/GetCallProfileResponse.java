package org.camelcsta.protocol.model;

/**
 * The device's call profile.
 *
 * @param callProfile the profile
 * @param privateData {@code privateData}, or {@code null}
 */
public record GetCallProfileResponse(CallProfile callProfile, PrivateData privateData) implements CstaResponse {
}
