package org.camelcsta.protocol.model;

/**
 * The consultation ended and the held call is back.
 *
 * @param reconnectedConnection the original leg, active again, or {@code null}
 * @param privateData {@code privateData}, or {@code null}
 */
public record ReconnectCallResponse(ConnectionId reconnectedConnection, PrivateData privateData) implements CstaResponse {
}
