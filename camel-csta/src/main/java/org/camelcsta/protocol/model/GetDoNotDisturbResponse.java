package org.camelcsta.protocol.model;

/**
 * Whether the device has do-not-disturb on.
 *
 * @param doNotDisturbOn the state
 * @param privateData    {@code privateData}, or {@code null}
 */
public record GetDoNotDisturbResponse(Boolean doNotDisturbOn, PrivateData privateData) implements CstaResponse {
}
