package org.camelcsta.protocol.model;

/**
 * The call is on hold.
 *
 * @param privateData {@code privateData}, or {@code null}
 */
public record HoldCallResponse(PrivateData privateData) implements CstaResponse {
}
