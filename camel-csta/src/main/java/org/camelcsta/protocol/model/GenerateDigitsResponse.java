package org.camelcsta.protocol.model;

/**
 * The digits were sent.
 *
 * @param privateData {@code privateData}, or {@code null}
 */
public record GenerateDigitsResponse(PrivateData privateData) implements CstaResponse {
}
