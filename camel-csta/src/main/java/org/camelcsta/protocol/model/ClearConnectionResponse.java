package org.camelcsta.protocol.model;

/**
 * The connection was cleared.
 *
 * @param privateData {@code privateData}, or {@code null}
 */
public record ClearConnectionResponse(PrivateData privateData) implements CstaResponse {
}
