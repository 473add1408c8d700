package org.camelcsta.protocol.model;

/**
 * The call was deflected.
 *
 * @param privateData {@code privateData}, or {@code null}
 */
public record DeflectCallResponse(PrivateData privateData) implements CstaResponse {
}
