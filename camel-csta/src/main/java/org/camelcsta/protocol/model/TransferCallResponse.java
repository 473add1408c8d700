package org.camelcsta.protocol.model;

/**
 * The attended transfer is complete.
 *
 * @param transferredCall the transferred leg, or {@code null}
 * @param privateData {@code privateData}, or {@code null}
 */
public record TransferCallResponse(ConnectionId transferredCall, PrivateData privateData) implements CstaResponse {
}
