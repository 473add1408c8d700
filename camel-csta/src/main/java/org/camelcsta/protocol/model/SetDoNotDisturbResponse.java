package org.camelcsta.protocol.model;

/**
 * A receipt: the DoNotDisturbEvent confirms the change.
 *
 * @param privateData {@code privateData}, or {@code null}
 */
public record SetDoNotDisturbResponse(PrivateData privateData) implements CstaResponse {
}
