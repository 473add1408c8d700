package org.camelcsta.protocol.model;

/**
 * A receipt: the call profile was updated.
 *
 * @param privateData {@code privateData}, or {@code null}
 */
public record SetCallProfileResponse(PrivateData privateData) implements CstaResponse {
}
