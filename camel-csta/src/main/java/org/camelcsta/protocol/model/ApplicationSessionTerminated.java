package org.camelcsta.protocol.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The server ended the session (e.g. its timer expired); the connection closes after it.
 *
 * @param sessionId         {@code sessionID}
 * @param sessionTermReason why
 * @param privateData       {@code privateData}, or {@code null}
 */
public record ApplicationSessionTerminated(
        @JsonProperty("sessionID") String sessionId,
        SessionTermReason sessionTermReason,
        PrivateData privateData) implements CstaEvent {
}
