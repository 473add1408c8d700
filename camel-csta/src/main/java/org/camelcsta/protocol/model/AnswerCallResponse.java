package org.camelcsta.protocol.model;

/**
 * The call was answered.
 *
 * @param answeredConnection the answered leg, or {@code null}
 * @param privateData {@code privateData}, or {@code null}
 */
public record AnswerCallResponse(ConnectionId answeredConnection, PrivateData privateData) implements CstaResponse {
}
