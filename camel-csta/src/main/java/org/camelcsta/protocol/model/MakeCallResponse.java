package org.camelcsta.protocol.model;

/**
 * The call was placed.
 *
 * @param callingDevice the calling device's leg of the new call
 * @param privateData   {@code privateData}, or {@code null}
 */
public record MakeCallResponse(ConnectionId callingDevice, PrivateData privateData) implements CstaResponse {
}
