package org.camelcsta.protocol.model;

/**
 * Why the server ended a session.
 *
 * @param definedTermReason e.g. {@code sessionTimerExpired}
 */
public record SessionTermReason(String definedTermReason) {
}
