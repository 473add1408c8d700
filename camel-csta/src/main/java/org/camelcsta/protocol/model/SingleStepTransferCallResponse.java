package org.camelcsta.protocol.model;

/**
 * The call was transferred.
 *
 * @param transferredCall the leg of the transferred call
 * @param privateData     {@code privateData}, or {@code null}
 */
public record SingleStepTransferCallResponse(ConnectionId transferredCall, PrivateData privateData)
        implements CstaResponse {
}
