package org.camelcsta.protocol.model;

/**
 * Keeps the session alive for another {@code requestedSessionDuration} seconds.
 *
 * @param requestedSessionDuration seconds, or {@code null} for the server's default
 * @param test                     TEST mode, or {@code null}
 * @param privateData              {@code privateData}, or {@code null}
 */
public record ResetApplicationSessionTimer(Integer requestedSessionDuration, String test, PrivateData privateData)
        implements CstaRequest {

    public ResetApplicationSessionTimer(Integer requestedSessionDuration) {
        this(requestedSessionDuration, null, null);
    }

    @Override
    public void validate() {
        // every field is optional
    }
}
