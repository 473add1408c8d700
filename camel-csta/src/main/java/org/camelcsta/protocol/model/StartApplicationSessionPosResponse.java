package org.camelcsta.protocol.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A successful login.
 *
 * @param sessionId             {@code sessionID}
 * @param actualProtocolVersion the CSTA edition the server speaks
 * @param actualSessionDuration seconds until the session expires without a keep-alive
 * @param privateData           {@code privateData}, or {@code null}
 */
public record StartApplicationSessionPosResponse(
        @JsonProperty("sessionID") String sessionId,
        String actualProtocolVersion,
        Integer actualSessionDuration,
        PrivateData privateData) implements CstaResponse {
}
