package org.camelcsta.protocol.model;

/**
 * The session timer was reset.
 *
 * @param actualSessionDuration seconds granted
 * @param privateData           {@code privateData}, or {@code null}
 */
public record ResetApplicationSessionTimerPosResponse(Integer actualSessionDuration, PrivateData privateData)
        implements CstaResponse {
}
