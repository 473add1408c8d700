package org.camelcsta.protocol.model;

/**
 * The consultation call was placed. The current server may send it empty.
 *
 * @param callingDevice the consulting device's leg of the consultation call, or {@code null}
 * @param privateData   {@code privateData}, or {@code null}
 */
public record ConsultationCallResponse(ConnectionId callingDevice, PrivateData privateData) implements CstaResponse {
}
