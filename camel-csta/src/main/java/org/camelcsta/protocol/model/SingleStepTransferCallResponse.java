package org.camelcsta.protocol.model;

/**
 * The call was transferred. The current server answers with the placeholder {@link #PLACEHOLDER} for the callID and
 * the target as device: the real callID comes with the target's events.
 *
 * @param transferredCall the leg of the transferred call
 * @param privateData     {@code privateData}, or {@code null}
 */
public record SingleStepTransferCallResponse(ConnectionId transferredCall, PrivateData privateData)
        implements CstaResponse {

    /** The callID of the current server's reply. */
    public static final String PLACEHOLDER = "NotImplemented";
}
