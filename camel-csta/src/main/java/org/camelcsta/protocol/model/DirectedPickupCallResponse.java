package org.camelcsta.protocol.model;

/**
 * The call was picked up.
 *
 * @param pickedCall  the picked-up leg
 * @param privateData {@code privateData}, or {@code null}
 */
public record DirectedPickupCallResponse(ConnectionId pickedCall, PrivateData privateData) implements CstaResponse {
}
